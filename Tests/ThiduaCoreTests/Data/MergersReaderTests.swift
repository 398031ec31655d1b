import Testing

@testable import ThiduaCore

@Suite struct MergersReaderTests {
  static let header = "old_code,new_code,effective\n"

  static let units: [String: Unit] = Dictionary(
    uniqueKeysWithValues: ["90401", "90402", "90403", "90410"].map {
      ($0, Unit(code: $0, name: "Xã \($0)", level: .commune))
    })

  func read(_ rows: String, units: [String: Unit]? = MergersReaderTests.units)
    throws(ThiduaError) -> MergerTable
  {
    try MergersReader(units: units).read(.text(MergersReaderTests.header + rows, name: "m.csv"))
  }

  /// Expects `rows` to be refused with exactly `diagnostics`.
  func expectRefused(
    _ rows: String, _ diagnostics: [Diagnostic], units: [String: Unit]? = MergersReaderTests.units,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: diagnostics), sourceLocation: sourceLocation
    ) {
      try read(rows, units: units)
    }
  }

  @Test func readsMergersBothWays() throws {
    let table = try read(
      "90402,90410,2025-07-01\n 90401 ,90410, 2025-07-01 \n90403,90410,2025-07-01\n")
    let date = try #require(CalendarDate(iso: "2025-07-01"))
    #expect(
      table.successors["90401"] == Merger(oldCode: "90401", newCode: "90410", effective: date))
    #expect(table.predecessors["90410"]?.map(\.oldCode) == ["90401", "90402", "90403"])
    #expect(table.merger(ending: "90401", by: 2024) == nil)
    #expect(table.merger(ending: "90401", by: 2025)?.newCode == "90410")
    #expect(table.predecessors(of: "90410", before: 2024).count == 3)
    #expect(table.predecessors(of: "90410", before: 2025).isEmpty)
  }

  @Test func withoutAUnitsFileAnyCodeIsAccepted() throws {
    let table = try read("A,B,2019-01-01\nB,C,2025-07-01\n", units: nil)
    #expect(table.latestSuccessor(of: "A") == "C")
    #expect(table.codes == ["A", "B", "C"])
  }

  static let badRows: [(rows: String, diagnostic: Diagnostic)] = [
    bad(
      "90401,90410,2025-7-1\n", 2, 13,
      "column `effective`: `2025-7-1` is not a date; expected a date written YYYY-MM-DD, such "
        + "as 2025-07-01"),
    bad(
      "90401,90410,2025-02-30\n", 2, 13,
      "column `effective`: `2025-02-30` is not a date; expected a date written YYYY-MM-DD, "
        + "such as 2025-07-01"),
    bad(
      "90401,90410,\n", 2, 13,
      "column `effective`: empty; expected a date written YYYY-MM-DD, such as 2025-07-01"),
    bad(
      ",90410,2025-07-01\n", 2, 1,
      "column `old_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
    ),
    bad(
      "90401,,2025-07-01\n", 2, 7,
      "column `new_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
    ),
    bad(
      "90401,90401,2025-07-01\n", 2, 7,
      "column `new_code`: `90401` is the same as `old_code`; expected the code of the unit "
        + "`90401` became part of"),
    bad(
      "90401,90411,2025-07-01\n", 2, 7,
      "column `new_code`: unit `90411` is not in the units file; expected a code listed there "
        + "(did you mean `90401`?)"),
    bad(
      "90499,90410,2025-07-01\n", 2, 1,
      "column `old_code`: unit `90499` is not in the units file; expected a code listed there"),
    bad(
      "90401,90410,2025-07-01\n90401,90403,2025-07-01\n", 3, 1,
      "column `old_code`: `90401` is listed twice (lines 2 and 3); expected each old unit "
        + "once (it became part of one new unit)"),
    bad(
      "90401,90410,2025-07-01\n\n90402,90410,2025-07-01\n", 3, 1,
      "empty row; expected a data row (remove empty rows between data rows)"),
    bad(
      "90401,90402,2025-07-01\n90402,90403,2025-07-01\n90403,90401,2025-07-01\n", 4, 7,
      "column `new_code`: the mergers form a cycle (`90401` → `90402` → `90403` → `90401`); "
        + "expected each unit to become part of a unit that does not become part of it in turn"),
  ]

  static func bad(_ rows: String, _ line: Int, _ column: Int, _ message: String) -> (
    rows: String, diagnostic: Diagnostic
  ) {
    (rows, .error(at: at("m.csv", line, column), message))
  }

  @Test(arguments: MergersReaderTests.badRows)
  func refusesABadRow(rows: String, diagnostic: Diagnostic) {
    expectRefused(rows, [diagnostic])
  }

  @Test func reportsEveryBadRowTogether() {
    expectRefused(
      "90401,90410,2025-13-01\n90402,,2025-07-01\n90403,90410,2025-07-01\n",
      [
        .error(
          at: at("m.csv", 2, 13),
          "column `effective`: `2025-13-01` is not a date; expected a date written YYYY-MM-DD, "
            + "such as 2025-07-01"),
        .error(
          at: at("m.csv", 3, 7),
          "column `new_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
        ),
      ])
  }

  @Test func refusesAHeaderWithoutTheColumns() {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(
          at: at("m.csv", 1, 1),
          "missing column `effective`; the header has `old_code`, `new_code`, `date`; expected "
            + "the columns `old_code`, `new_code`, `effective`")
      ])
    ) {
      try MergersReader().read(.text("old_code,new_code,date\nA,B,2025-07-01\n", name: "m.csv"))
    }
  }

  @Test func aBadMergersFileStopsTheRunEvenWhenSkippingInvalidRows() {
    #expect(throws: ThiduaError.self) {
      try DataLoader(skipInvalid: true).load(
        data: .text("unit_code,year,total_households,poor_households\nA,2024,10,1\n", name: "p"),
        units: nil, mergers: .text("old_code,new_code,effective\nA,B,soon\n", name: "m.csv"))
    }
  }
}
