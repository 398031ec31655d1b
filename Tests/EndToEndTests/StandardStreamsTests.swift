import Foundation
import Testing

/// `-` for standard input wherever a file is read, and `--output -` for standard output.
@Suite struct StandardStreamsTests {
  /// The contents of a file of the package, as text.
  static func contents(_ path: String) throws -> String {
    try String(
      contentsOf: Thidua.packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  static let csvByFile = ["--units", sampleUnits, "--format", "csv"]

  @Test(arguments: [samplePanel, sampleRoster])
  func dataFromStandardInputGivesWhatTheFileGives(data: String) throws {
    let byName = try Thidua.run(["evaluate", benTre, "--data", data] + Self.csvByFile)
    let piped = try Thidua.run(
      ["evaluate", benTre, "--data", "-"] + Self.csvByFile, stdin: try Self.contents(data))
    #expect(byName.status == 0)
    #expect(piped.status == 0)
    #expect(piped.stderr == "")
    #expect(piped.stdout == byName.stdout)
    #expect(piped.stdout.split(separator: "\n").count > 1)
  }

  @Test func unitsAndMergersFromStandardInput() throws {
    let args = [
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers",
      "campaigns/sample/mergers.csv", "--format", "csv",
    ]
    let byName = try Thidua.run(args)
    var unitsPiped = args
    unitsPiped[5] = "-"
    var mergersPiped = args
    mergersPiped[7] = "-"
    let units = try Thidua.run(unitsPiped, stdin: try Self.contents(sampleUnits))
    let mergers = try Thidua.run(
      mergersPiped, stdin: try Self.contents("campaigns/sample/mergers.csv"))
    #expect(byName.status == 0)
    #expect(units.stdout == byName.stdout)
    #expect(mergers.stdout == byName.stdout)
    #expect(units.status == 0 && mergers.status == 0)
  }

  @Test func thePlanFromStandardInput() throws {
    let plan = try Self.contents(benTre)
    let byName = try Thidua.run(["evaluate", benTre, "--data", samplePanel] + Self.csvByFile)
    let piped = try Thidua.run(
      ["evaluate", "-", "--data", samplePanel] + Self.csvByFile, stdin: plan)
    #expect(piped.status == 0)
    #expect(piped.stdout == byName.stdout)

    let show = try Thidua.run(["show", "-"], stdin: plan)
    #expect(show.stdout == (try Thidua.run(["show", benTre])).stdout)
    let check = try Thidua.run(["check", "-", benTre], stdin: plan)
    #expect(check.status == 0)
    #expect(check.stdout == "<stdin>: ok\n\(benTre): ok\n")
  }

  @Test func badRowsOnStandardInputAreNamedWithLineAndColumn() throws {
    let data = "unit_code,year,total_households,poor_households\n90101,2024,abc,3\n"
    let result = try Thidua.run(
      ["evaluate", benTre, "--data", "-", "--units", sampleUnits], stdin: data)
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "<stdin>:2:12: error: column `total_households`: `abc` is not a number; expected a "
        + "whole number of households\n")
  }

  @Test func aBadPlanOnStandardInputIsNamedWithLineAndColumn() throws {
    let result = try Thidua.run(["check", "-"], stdin: "{\n  \"schema\": 1,\n}")
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("<stdin>:3:1: error: "))
  }

  @Test func anOversizedPlanOnStandardInputIsRefused() throws {
    try withTemporaryDirectory { directory in
      let huge = "{\"note\": \"" + String(repeating: "a", count: 9 * 1024 * 1024) + "\"}"
      let path = try write(huge, "huge.json", in: directory)
      let result = try Thidua.run(["check", "-"], stdinPath: path)
      #expect(result.status == 65)
      #expect(
        result.stderr
          == "<stdin>:1:1: error: $: the file is larger than the 8 MiB a plan may have\n")
    }
  }

  @Test func checkDataNamesStandardInput() throws {
    let result = try Thidua.run(
      ["check-data", "--units", "-", "--data", samplePanel],
      stdin: try Self.contents(sampleUnits))
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "<stdin>: ok (21 units)\n\(samplePanel): ok (72 rows, 16 units, years 2021–2025)\n")
  }

  @Test func holidaysFromStandardInput() throws {
    let result = try Thidua.run(
      ["deadlines", "campaigns/", "--today", "2025-01-01", "--holidays", "-", "--format", "csv"],
      stdin: "2025-13-01,bad\n")
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("<stdin>:1:1: error: "))
  }

  @Test func emptyStandardInputIsAnEmptyFile() throws {
    let result = try Thidua.run(["evaluate", benTre, "--data", "-"], stdin: "")
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("<stdin>:"))
  }

  @Test func outputDashWritesStandardOutputAndNoFile() throws {
    try withTemporaryDirectory { directory in
      func path(_ file: String) -> String { Thidua.packageRoot.appendingPathComponent(file).path }
      let args = [
        "evaluate", path(benTre), "--data", path(samplePanel), "--units", path(sampleUnits),
        "--format", "csv",
      ]
      let plain = try Thidua.run(args, in: directory)
      let dashed = try Thidua.run(args + ["--output", "-"], in: directory)
      let excel = try Thidua.run(args + ["--excel", "-o", "-"], in: directory)
      #expect(dashed.status == 0)
      #expect(dashed.stdout == plain.stdout)
      #expect(plain.stdout.hasPrefix("unit_code,"))
      #expect(excel.stdout.hasPrefix("\u{FEFF}unit_code,"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
  }
}
