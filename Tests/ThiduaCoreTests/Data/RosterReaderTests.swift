import Testing

@testable import ThiduaCore

@Suite struct RosterReaderTests {
  static let header = "household_id,unit_code,year,status\n"

  func read(_ rows: String, units: [String: Unit]? = nil) throws(ThiduaError) -> DataSet {
    try RosterReader(units: units).read(.text(RosterReaderTests.header + rows, name: "r.csv"))
  }

  @Test func aggregatesHouseholdsByUnitAndYear() throws {
    let data = try read(
      "1,A,2023,poor\n2,A,2023,near-poor\n3,A,2023,non-poor\n4,A,2023,non-poor\n"
        + "1,A,2024,near-poor\n2,A,2024,non-poor\n3,B,2024,poor\n")
    #expect(
      data.counts == [
        "A": [
          2023: HouseholdCounts(total: 4, poor: 1, nearPoor: 1),
          2024: HouseholdCounts(total: 2, poor: 0, nearPoor: 1),
        ],
        "B": [2024: HouseholdCounts(total: 1, poor: 1, nearPoor: 0)],
      ])
    #expect(data.diagnostics.isEmpty)
    #expect(data.accounting == RowAccounting(read: 7, used: 7, rejected: 0))
  }

  @Test(arguments: [
    ("nghèo", HouseholdStatus.poor), ("cận nghèo", .nearPoor), ("không nghèo", .nonPoor),
    ("Nghèo", .poor), ("NGHÈO", .poor), ("CẬN NGHÈO", .nearPoor), ("nghe\u{0300}o", .poor),
    ("ca\u{0323}\u{0302}n nghe\u{0300}o", .nearPoor), ("Poor", .poor), (" non-poor ", .nonPoor),
  ])
  func acceptsVietnameseAndAnyCase(status: String, expected: HouseholdStatus) throws {
    let data = try read("1,A,2023,\"\(status)\"\n")
    #expect(data.diagnostics.isEmpty)
    let counts = try #require(data.counts["A"]?[2023])
    #expect(counts.poor == (expected == .poor ? 1 : 0))
    #expect(counts.nearPoor == (expected == .nearPoor ? 1 : 0))
    #expect(counts.total == 1)
  }

  @Test(arguments: [
    (
      "1,A,2023,rich",
      Diagnostic.error(
        at: at("r.csv", 2, 10),
        "column `status`: `rich` is not a status; expected `poor`, `near-poor` or `non-poor` (or "
          + "`nghèo`, `cận nghèo`, `không nghèo`)")
    ),
    (
      "1,A,2023,",
      .error(
        at: at("r.csv", 2, 10),
        "column `status`: empty; expected `poor`, `near-poor` or `non-poor` (or `nghèo`, `cận "
          + "nghèo`, `không nghèo`)")
    ),
    (
      ",A,2023,poor",
      .error(
        at: at("r.csv", 2, 1),
        "column `household_id`: empty; expected a household id (merged cells in Excel leave all but the first row empty)"
      )
    ),
    (
      "1,,2023,poor",
      .error(
        at: at("r.csv", 2, 3),
        "column `unit_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
      )
    ),
    (
      "1,A,23,poor",
      .error(
        at: at("r.csv", 2, 5),
        "column `year`: 23 is out of range; expected a year from 1990 to 2100, such as 2023")
    ),
  ])
  func rejectsBadRows(row: String, expected: Diagnostic) throws {
    let data = try read(row + "\n2,A,2023,poor\n")
    #expect(data.diagnostics == [expected])
    #expect(data.accounting == RowAccounting(read: 2, used: 1, rejected: 1))
    #expect(data.counts["A"]?[2023] == HouseholdCounts(total: 1, poor: 1, nearPoor: 0))
  }

  @Test func namesBothLinesOfAHouseholdListedTwiceInAYear() throws {
    let data = try read(
      "7,A,2023,poor\nH-1,A,2023,poor\n8,A,2023,poor\n7,A,2024,poor\n7,B,2023,non-poor\n"
        + "H-1,A,2023,poor\n007,A,2023,poor\n7,A,2023,poor\n")
    #expect(
      data.diagnostics == [
        .error(
          at: at("r.csv", 6, 1),
          "column `household_id`: household `7` is listed twice for 2023 (lines 2 and 6); expected "
            + "one row per household and year"),
        .error(
          at: at("r.csv", 7, 1),
          "column `household_id`: household `H-1` is listed twice for 2023 (lines 3 and 7); "
            + "expected one row per household and year"),
        .error(
          at: at("r.csv", 9, 1),
          "column `household_id`: household `7` is listed twice for 2023 (lines 2 and 9); expected "
            + "one row per household and year"),
      ])
    #expect(data.accounting == RowAccounting(read: 8, used: 5, rejected: 3))
    // `007` is not `7`; household 7 may move to another unit in another year.
    #expect(data.counts["A"]?[2023] == HouseholdCounts(total: 4, poor: 4, nearPoor: 0))
    #expect(data.counts["A"]?[2024]?.total == 1)
    #expect(data.invalidRows.keys.sorted() == ["A", "B"])
  }

  @Test func findsTheFirstLineOfADuplicateAfterBadRows() throws {
    let data = try read("5,A,2023,bad\n5,A,2023,poor\n5,A,2023,poor\n")
    #expect(
      data.diagnostics.map(\.message.english).last
        == "column `household_id`: household `5` is listed twice for 2023 (lines 3 and 4); "
        + "expected one row per household and year")
  }

  @Test func tellsAUnitCodeNotInTheUnitsFile() throws {
    let units = ["90101": Unit(code: "90101", name: "Xã A1", level: .commune)]
    let data = try read("1,90101,2023,poor\n2,90110,2023,poor\n3,90110,2023,poor\n", units: units)
    let message =
      "column `unit_code`: unit `90110` is not in the units file; expected a code listed there"
    #expect(
      data.diagnostics == [
        .error(at: at("r.csv", 3, 3), message), .error(at: at("r.csv", 4, 3), message),
      ])
    #expect(data.invalidRows["90110"]?.count == 2)
    #expect(data.counts.keys.sorted() == ["90101"])
  }

  @Test func readsRowsOfManyUnitsInAnyOrder() throws {
    var rows = "status,year,unit_code,household_id,comment\n"
    for id in 0..<300 { rows += "\(id % 3 == 0 ? "poor" : "non-poor"),2024,U\(id % 7),\(id),x\n" }
    let data = try RosterReader().read(.text(rows, name: "r.csv"))
    #expect(data.counts.count == 7)
    #expect(data.counts.values.map { $0[2024]?.total ?? 0 }.reduce(0, +) == 300)
    #expect(data.counts.values.map { $0[2024]?.poor ?? 0 }.reduce(0, +) == 100)
  }
}
