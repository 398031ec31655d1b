import Foundation
import Testing

let benTre = "campaigns/ben-tre-2021-2025.json"
let sampleUnits = "campaigns/sample/units.csv"
let samplePanel = "campaigns/sample/panel.csv"
let sampleRoster = "campaigns/sample/roster.csv"

/// Calls `body` with a fresh directory in the temporary directory, and removes the directory and
/// everything in it when `body` returns or throws; returns what `body` returns.
func withTemporaryDirectory<Value>(_ body: (URL) throws -> Value) throws -> Value {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("thidua-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  return try body(directory)
}

/// Writes `text` to `name` in `directory` and returns its path.
func write(_ text: String, _ name: String, in directory: URL) throws -> String {
  let url = directory.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

@Suite struct EvaluateTests {
  @Test(arguments: ["table", "csv", "tsv", "json", "ndjson"])
  func theSampleInEveryFormat(format: String) throws {
    let result = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", format,
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try Golden.check(result.stdout, against: "evaluate-sample.\(format)")
  }

  @Test func theSampleGivesEveryStatusItShouldOncePerUnit() throws {
    let result = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", "csv",
    ])
    let rows = result.stdout.split(separator: "\n").dropFirst().map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let status = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[4]) })
    #expect(rows.count == 21)
    #expect(status["90100"] == "eligible")
    #expect(status["90101"] == "eligible")  // exactly 2 points where Double says 1.999…
    #expect(status["90102"] == "eligible")  // 10 → 8 is exactly 20%
    #expect(status["90103"] == "not-eligible")
    #expect(status["90104"] == "review")
    #expect(status["90203"] == "no-criterion")
    #expect(status["90301"] == "insufficient-data")
    #expect(status["90300"] == "insufficient-data")
    #expect(rows.map { $0[0] } == rows.map { $0[0] }.sorted())
  }

  @Test func theRosterGivesTheSameResultAsThePanel() throws {
    let args = ["--units", sampleUnits, "--format", "csv"]
    let panel = try Thidua.run(["evaluate", benTre, "--data", samplePanel] + args)
    let roster = try Thidua.run(["evaluate", benTre, "--data", sampleRoster] + args)
    #expect(roster.status == 0)
    // The roster covers the communes of district 90100 only.
    func districtA(_ text: String) -> [Substring] {
      text.split(separator: "\n").filter { $0.hasPrefix("9010") }
    }
    #expect(districtA(roster.stdout).count == 5)
    #expect(districtA(roster.stdout) == districtA(panel.stdout))
  }

  @Test func theEligibilityListHasOnlyEligibleUnitsWithTheirAward() throws {
    let result = try Thidua.run([
      "eligible", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", "csv",
    ])
    #expect(result.status == 0)
    try Golden.check(result.stdout, against: "eligible-sample.csv")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasSuffix(",award,award_title") == true)
    #expect(lines.dropFirst().allSatisfy { $0.contains(",eligible,") })
    let withReview = try Thidua.run([
      "eligible", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", "csv",
      "--include-review",
    ])
    #expect(withReview.stdout.contains("90104,") && withReview.stdout.contains(",review,"))
  }

  @Test func outputIsWrittenToAFileAndIsDeterministic() throws {
    try withTemporaryDirectory { dir in
      let out = dir.appendingPathComponent("result.json").path
      let args = [
        "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", "json",
      ]
      let first = try Thidua.run(args + ["--output", out])
      #expect(first.status == 0)
      #expect(first.stdout == "")
      let written = try String(contentsOfFile: out, encoding: .utf8)
      let second = try Thidua.run(args)
      #expect(written == second.stdout)
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["result.json"])
    }
  }

  @Test func aYearBeforeTheLatestCanBeAsked() throws {
    let result = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--year", "2024",
      "--format", "json",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"year\": 2024"))
  }
}
