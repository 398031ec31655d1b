import Testing

@testable import ThiduaCore

typealias Location = ThiduaCore.SourceLocation

/// A location in the file `file`.
func at(_ file: String, _ line: Int, _ column: Int) -> Location {
  Location(file: file, line: line, column: column)
}

@Suite struct PanelReaderTests {
  static let header = "unit_code,year,total_households,poor_households,near_poor_households\n"

  func read(_ rows: String, units: [String: Unit]? = nil) throws(ThiduaError) -> DataSet {
    try PanelReader(units: units).read(.text(PanelReaderTests.header + rows, name: "p.csv"))
  }

  /// Expects the single row `row` to be rejected with exactly `message` at line 2, `column`.
  func expectRejected(
    _ row: String, _ message: String, column: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let data = try read(row + "\n")
    let expected = Diagnostic.error(at: at("p.csv", 2, column), message)
    #expect(data.diagnostics == [expected], sourceLocation: sourceLocation)
    #expect(data.counts.isEmpty, sourceLocation: sourceLocation)
    #expect(
      data.accounting == RowAccounting(read: 1, used: 0, rejected: 1),
      sourceLocation: sourceLocation)
  }

  @Test func readsRows() throws {
    let data = try read("90101,2023,1000,50,40\n90101,2024,1010,40,\n")
    #expect(data.counts["90101"]?[2023] == HouseholdCounts(total: 1000, poor: 50, nearPoor: 40))
    #expect(data.counts["90101"]?[2024] == HouseholdCounts(total: 1010, poor: 40, nearPoor: nil))
    #expect(data.diagnostics.isEmpty)
    #expect(data.accounting == RowAccounting(read: 2, used: 2, rejected: 0))
    #expect(data.hasUnitsFile == false)
  }

  static let badRows: [(String, String, Int)] = [
    (
      "90101,2023,abc,50,40",
      "column `total_households`: `abc` is not a number; expected a whole number of households", 12
    ),
    (
      "90101,2023,1000,-5,40",
      "column `poor_households`: `-5` is negative; expected 0 or more households", 17
    ),
    (
      "90101,2023,1.000,50,40",
      "column `total_households`: `1.000` has a thousands separator; expected 1000, written "
        + "without separators", 12
    ),
    (
      "90101,2023,\"1,000\",50,40",
      "column `total_households`: `1,000` has a thousands separator; expected 1000, written "
        + "without separators", 12
    ),
    (
      "90101,2023,1 000,50,40",
      "column `total_households`: `1 000` has a thousands separator; expected 1000, written "
        + "without separators", 12
    ),
    (
      "90101,2023,=A1+B1,50,40",
      "column `total_households`: `=A1+B1` is a formula, not a value; expected the number itself "
        + "(in Excel, paste the cells as values before saving)", 12
    ),
    (
      "90101,2023,1000,12.5,40",
      "column `poor_households`: `12.5` is not a whole number; expected a whole number of households",
      17
    ),
    (
      "90101,2023,1000,,40",
      "column `poor_households`: empty; expected a whole number of households", 17
    ),
    (
      "90101,2023,99999999999,50,40",
      "column `total_households`: `99999999999` is too large; expected at most 1000000000 households",
      12
    ),
    (
      "90101,2023,100,120,0",
      "column `poor_households`: 120 is more than `total_households` 100; expected at most 100", 16
    ),
    (
      "90101,2023,100,80,30",
      "column `near_poor_households`: 30 near-poor and 80 poor households are more than "
        + "`total_households` 100; expected at most 20", 19
    ),
    (
      "90101,2023,0,0,0",
      "column `total_households`: 0; expected at least 1 household (a unit without households has "
        + "no poverty rate)", 12
    ),
    (
      "90101,20x3,1000,50,40",
      "column `year`: `20x3` is not a year; expected a year from 1990 to 2100, such as 2023", 7
    ),
    (
      "90101,1989,1000,50,40",
      "column `year`: 1989 is out of range; expected a year from 1990 to 2100, such as 2023", 7
    ),
    (
      "90101,,1000,50,40", "column `year`: empty; expected a year from 1990 to 2100, such as 2023",
      7
    ),
    (
      ",2023,1000,50,40",
      "column `unit_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)",
      1
    ),
    (
      "  ,2023,1000,50,40",
      "column `unit_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)",
      1
    ),
  ]

  @Test(arguments: badRows)
  func rejectsBadRows(row: String, message: String, column: Int) throws {
    try expectRejected(row, message, column: column)
  }

  @Test func acceptsNumbersWithSpacesAround() throws {
    let data = try read("90101 , 2023 ,\" 1000 \", 50 ,\t40\n")
    #expect(data.diagnostics.isEmpty)
    #expect(data.counts["90101"]?[2023] == HouseholdCounts(total: 1000, poor: 50, nearPoor: 40))
  }

  @Test func reportsEveryProblemOfEveryRow() throws {
    let data = try read("90101,2023,1,000,50,40\nok,2023,10,1,1\n,x,-1,y,\n")
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 2, 18),
          "column `near_poor_households`: 50 near-poor and 0 poor households are more than "
            + "`total_households` 1; expected at most 1"),
        .error(
          at: at("p.csv", 2, 21),
          "the row has 6 values but the header has 5 columns; expected at most 5 values (a value "
            + "holding a comma must be quoted)"),
        .error(
          at: at("p.csv", 4, 1),
          "column `unit_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
        ),
        .error(
          at: at("p.csv", 4, 2),
          "column `year`: `x` is not a year; expected a year from 1990 to 2100, such as 2023"),
        .error(
          at: at("p.csv", 4, 4),
          "column `total_households`: `-1` is negative; expected 0 or more households"),
        .error(
          at: at("p.csv", 4, 7),
          "column `poor_households`: `y` is not a number; expected a whole number of households"),
      ])
    #expect(data.accounting == RowAccounting(read: 3, used: 1, rejected: 2))
    #expect(data.invalidRows.keys.sorted() == ["90101"])
  }

  @Test func namesBothLinesOfADuplicateUnitYear() throws {
    let data = try read("90101,2023,1000,50,40\n90102,2023,10,1,1\n90101,2023,1000,40,30\n")
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 4, 7),
          "column `year`: unit `90101` has two rows for 2023 (lines 2 and 4); expected one row per "
            + "unit and year")
      ])
    #expect(data.invalidRows["90101"]?.count == 1)
    #expect(data.accounting == RowAccounting(read: 3, used: 2, rejected: 1))
  }

  @Test func findsColumnsInAnyOrderAndIgnoresUnknownOnes() throws {
    let text = "note,poor_households,year,extra,total_households,unit_code\nhi,5,2023,,100,A\n"
    let data = try PanelReader().read(.text(text, name: "p.csv"))
    #expect(data.counts == ["A": [2023: HouseholdCounts(total: 100, poor: 5)]])
    #expect(data.diagnostics.isEmpty)
  }

  @Test func tellsAUnitCodeNotInTheUnitsFile() throws {
    let units = ["90101": Unit(code: "90101", name: "Xã Mẫu A1", level: .commune)]
    let data = try read(
      "90101,2023,1000,50,40\n90109,2023,1000,50,40\n99999,2023,1,0,0\n", units: units)
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 3, 1),
          "column `unit_code`: unit `90109` is not in the units file; expected a code listed there "
            + "(did you mean `90101`?)"),
        .error(
          at: at("p.csv", 4, 1),
          "column `unit_code`: unit `99999` is not in the units file; expected a code listed there"),
      ])
    #expect(data.hasUnitsFile)
    #expect(data.units.keys.sorted() == ["90101"])
  }

  @Test func keepsTheStandardOfEachYear() throws {
    let text =
      "unit_code,year,total_households,poor_households,standard\nA,2021,10,1,2021-2025\nA,2022,10,1,\n"
    let data = try PanelReader().read(.text(text, name: "p.csv"))
    #expect(data.standards == ["A": [2021: "2021-2025"]])
  }

  static let describedHeader =
    "unit_code,unit_name,level,parent_code,flags,year,total_households,poor_households\n"

  @Test func describesUnitsWhenItIsTheOnlyFile() throws {
    let text =
      PanelReaderTests.describedHeader
      + "90100,Huyện Mẫu A,district,,,2023,10,1\n90101,Xã Mẫu A1,commune,90100, island ; ,2023,5,1\n"
      + "90101,Xã Mẫu A1,commune,90100,island,2024,5,0\n"
    let data = try PanelReader().read(.text(text, name: "p.csv"))
    #expect(data.diagnostics.isEmpty)
    #expect(
      data.units["90101"]
        == Unit(
          code: "90101", name: "Xã Mẫu A1", level: .commune, parentCode: "90100", flags: ["island"])
    )
    #expect(data.units["90100"]?.level == .district)
  }

  @Test func warnsWhenRowsDescribeAUnitDifferently() throws {
    let text =
      PanelReaderTests.describedHeader
      + "90101,Xã Mẫu A1,commune,,,2023,5,1\n90101,Xã Mẫu A9,commune,,ward,2024,5,0\n"
    let data = try PanelReader().read(.text(text, name: "p.csv"))
    #expect(
      data.diagnostics == [
        .warning(
          at: at("p.csv", 3, 17),
          "unit `90101` is described differently on lines 2 and 3 (name `Xã Mẫu A1` and `Xã Mẫu "
            + "A9`, flags `` and `ward`); expected the same description on every row (line 2 is used)"
        )
      ])
    #expect(data.units["90101"]?.name == "Xã Mẫu A1")
    #expect(data.accounting.used == 2)
  }

  @Test func keepsTheUnitsFileWhenThePanelDisagrees() throws {
    let units = ["90101": Unit(code: "90101", name: "Xã Mẫu A1", level: .commune)]
    let text =
      PanelReaderTests.describedHeader + "90101,Xã Mẫu A1,district,,,2023,5,1\n"
    let data = try PanelReader(units: units).read(.text(text, name: "p.csv"))
    #expect(
      data.diagnostics == [
        .warning(
          at: at("p.csv", 2, 17),
          "unit `90101` is described differently here and in the units file (level `district` and "
            + "`commune`); expected the same description (the units file is used)")
      ])
    #expect(data.units["90101"]?.level == .commune)
  }

  @Test func rejectsAnUnknownLevelInTheUnitColumns() throws {
    let text = PanelReaderTests.describedHeader + "90101,Xã,xa,,,2023,5,1\n"
    let data = try PanelReader().read(.text(text, name: "p.csv"))
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 2, 10),
          "column `level`: `xa` is not a level; expected `province`, `district` or `commune`")
      ])
  }
}

/// What spreadsheets leave in a panel: no-break spaces, error values, unnamed columns.
extension PanelReaderTests {
  @Test func noBreakSpacesAroundANumberAreIgnored() throws {
    let data = try read("90101,2023,1000\u{00A0},\u{202F}50,40\u{00A0}\u{00A0}\n")
    #expect(data.diagnostics.isEmpty)
    #expect(data.counts["90101"]?[2023] == HouseholdCounts(total: 1000, poor: 50, nearPoor: 40))
  }

  @Test func separatorsThatLookLikeSpacesAreNamed() throws {
    try expectRejected(
      "90101,2023,\"1\u{00A0}000\",50,40",
      "column `total_households`: `1\u{00A0}000` has a thousands separator (a no-break space, "
        + "U+00A0); expected 1000, written without separators", column: 12)
    try expectRejected(
      "90101,2023,\"1\u{202F}000\",50,40",
      "column `total_households`: `1\u{202F}000` has a thousands separator (a narrow no-break "
        + "space, U+202F); expected 1000, written without separators", column: 12)
  }

  @Test(arguments: ["#DIV/0!", "#N/A", "#VALUE!", "#ref!", "Err:502"])
  func spreadsheetErrorValuesAreNamed(value: String) throws {
    try expectRejected(
      "90101,2023,\(value),50,40",
      "column `total_households`: `\(value)` is a spreadsheet error, not a number; expected the "
        + "number itself (fix the formula in Excel, then paste the cells as values before saving)",
      column: 12)
  }

  @Test func aValueInAnUnnamedColumnIsAnErrorAndAnEmptyOneIsNot() throws {
    let header = "unit_code,year,,total_households,poor_households,,\n"
    let data = try PanelReader().read(
      .text(header + "90101,2023,,100,5,,\n90102,2023,x,100,5,,\n", name: "p.csv"))
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 3, 12),
          "column 3 (C in a spreadsheet) has a value here but no name in the header; expected a "
            + "name for it in the header, or the column deleted")
      ])
    #expect(data.accounting == RowAccounting(read: 2, used: 1, rejected: 1))
  }

  @Test func spreadsheetColumnNames() {
    #expect(
      [0, 25, 26, 27, 51, 52, 701, 702].map(RowLog.spreadsheetColumn) == [
        "A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
      ])
  }

  @Test func aBadByteInANumberIsReportedOnceAtTheByte() throws {
    let bytes =
      Array((PanelReaderTests.header + "90101,2023,1").utf8) + [0xA0]
      + Array("000,50,40\n".utf8)
    let data = try PanelReader().read(.bytes(bytes, name: "p.csv"))
    #expect(
      data.diagnostics == [
        .error(
          at: at("p.csv", 2, 13),
          "the file is not UTF-8 (byte 0xA0 here); expected UTF-8 text: save the file from Excel "
            + "as \"CSV UTF-8 (Comma delimited)\"")
      ])
  }
}
