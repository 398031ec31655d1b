import Foundation
import Testing

@Suite struct CheckDataTests {
  @Test func theSampleFilesAreValidTogether() throws {
    let result = try Thidua.run([
      "check-data", "--units", sampleUnits, "--mergers", "campaigns/sample/mergers.csv",
      "--data", samplePanel,
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        campaigns/sample/units.csv: ok (21 units)
        campaigns/sample/mergers.csv: ok (3 mergers)
        campaigns/sample/panel.csv: ok (72 rows, 16 units, years 2021–2025)

        """)
  }

  @Test func everyMergerErrorIsReported() throws {
    try withTemporaryDirectory { dir in
      let mergers = try write(
        """
        old_code,new_code,effective
        90401,90410,2025-07-01
        90401,90402,2025-07-01
        90410,90401,2025-07-01
        90999,90410,2025-07-01
        90402,90410,1/7/2025

        """, "mergers.csv", in: dir)
      let result = try Thidua.run(["check-data", "--units", sampleUnits, "--mergers", mergers])
      #expect(result.status == 65)
      #expect(result.stdout == "")
      #expect(
        result.stderr == """
          \(mergers):3:1: error: column `old_code`: `90401` is listed twice (lines 2 and 3); expected each old unit once (it became part of one new unit)
          \(mergers):4:7: error: column `new_code`: the mergers form a cycle (`90401` → `90410` → `90401`); expected each unit to become part of a unit that does not become part of it in turn
          \(mergers):5:1: error: column `old_code`: unit `90999` is not in the units file; expected a code listed there
          \(mergers):6:13: error: column `effective`: `1/7/2025` is not a date; expected a date written YYYY-MM-DD, such as 2025-07-01

          """)
    }
  }

  @Test func aMergerOutsideTheDataYearsIsAWarning() throws {
    try withTemporaryDirectory { dir in
      let mergers = try write(
        "old_code,new_code,effective\n90401,90410,2027-07-01\n", "mergers.csv", in: dir)
      let result = try Thidua.run([
        "check-data", "--units", sampleUnits, "--mergers", mergers, "--data", samplePanel,
      ])
      #expect(result.status == 0)
      #expect(
        result.stderr
          == "\(mergers): warning: 90401 → 90410 on 2027-07-01 takes effect after the data's last "
          + "year 2025: it changes nothing yet\n")
      #expect(result.stdout.contains("\(mergers): ok (1 merger)\n"))
    }
  }

  @Test func nothingToCheckIsAUsageError() throws {
    let result = try Thidua.run(["check-data"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("error: give at least one of --units, --mergers, --data\n"))
  }
}
