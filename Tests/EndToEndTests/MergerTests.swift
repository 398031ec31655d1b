import Foundation
import Testing

let sampleMergers = "campaigns/sample/mergers.csv"

/// The 2025 reform in the sample: communes 90401–90403 of Huyện Mẫu D became 90410 on 2025-07-01.
@Suite struct MergerTests {
  func status(of csv: String) -> [String: (status: String, reason: String)] {
    var rows: [String: (String, String)] = [:]
    for line in csv.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
      guard cells.count == 6 else { continue }
      rows[String(cells[0])] = (String(cells[4]), String(cells[5]))
    }
    return rows
  }

  @Test func theSampleComparesTheOldCommunesWithTheMergedOne() throws {
    let result = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", sampleMergers,
      "--format", "csv",
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try Golden.check(result.stdout, against: "evaluate-mergers.csv")
    let rows = status(of: result.stdout)
    #expect(rows["90410"]?.status == "eligible")
    #expect(
      rows["90410"]?.reason.contains(
        "baseline 2021 from 90401 + 90402 + 90403; 2023 and 2024 figures are the sums of "
          + "90401 + 90402 + 90403") == true)
    for code in ["90401", "90402", "90403"] {
      #expect(rows[code]?.status == "merged")
      #expect(
        rows[code]?.reason == "merged into 90410 on 2025-07-01; no longer evaluated on its own")
    }
    #expect(rows["90400"]?.status == "insufficient-data")
    #expect(rows["90400"]?.reason.contains("the district no longer exists in 2025") == true)
  }

  @Test func theUnitsOutsideTheMergerKeepTheirStatus() throws {
    let args = ["--data", samplePanel, "--units", sampleUnits, "--format", "csv"]
    let without = try Thidua.run(["evaluate", benTre] + args)
    let with = try Thidua.run(["evaluate", benTre, "--mergers", sampleMergers] + args)
    func untouched(_ text: String) -> [Substring] {
      text.split(separator: "\n").filter { !$0.hasPrefix("904") }
    }
    #expect(untouched(with.stdout) == untouched(without.stdout))
  }

  @Test func theMergedCommuneIsOnTheEligibilityList() throws {
    let result = try Thidua.run([
      "eligible", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", sampleMergers,
      "--format", "csv",
    ])
    #expect(result.status == 0)
    let codes = result.stdout.split(separator: "\n").dropFirst().map { $0.prefix(5) }
    #expect(codes.contains("90410"))
    #expect(!codes.contains("90401"))
  }

  @Test func aMissingMergersFileCannotBeRead() throws {
    let result = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--mergers", "nope.csv",
    ])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "nope.csv: error: cannot read: no such file or directory\n")
  }

  @Test func everyBadMergerRowIsReportedAndNothingIsWritten() throws {
    try withTemporaryDirectory { directory in
      let mergers = try write(
        "old_code,new_code,effective\n90401,90410,1/7/2025\n90402,90411,2025-07-01\n", "m.csv",
        in: directory)
      let output = directory.appendingPathComponent("out.csv").path
      let result = try Thidua.run([
        "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", mergers,
        "--output", output,
      ])
      #expect(result.status == 65)
      #expect(result.stdout == "")
      #expect(
        result.stderr
          == "\(mergers):2:13: error: column `effective`: `1/7/2025` is not a date; expected a date "
          + "written YYYY-MM-DD, such as 2025-07-01\n"
          + "\(mergers):3:7: error: column `new_code`: unit `90411` is not in the units file; "
          + "expected a code listed there (did you mean `90401`?)\n")
      #expect(!FileManager.default.fileExists(atPath: output))
    }
  }
}
