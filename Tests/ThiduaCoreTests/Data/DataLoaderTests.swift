import Foundation
import Testing

@testable import ThiduaCore

@Suite struct DataLoaderTests {
  static let units = """
    unit_code,unit_name,level,parent_code,flags
    90100,Huyện Mẫu A,district,,
    90101,Xã Mẫu A1,commune,90100,
    90102,Xã Mẫu A2,commune,90100,island

    """

  func load(
    _ data: String, units: String? = nil, skipInvalid: Bool = false
  ) throws(ThiduaError) -> DataSet {
    try DataLoader(skipInvalid: skipInvalid).load(
      data: .text(data, name: "d.csv"), units: units.map { .text($0, name: "u.csv") })
  }

  /// Expects loading `data` to fail with exactly one error, `message` at `line`:`column`.
  func expectError(
    _ data: String, _ message: String, line: Int, column: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [.error(at: at("d.csv", line, column), message)]
      ),
      sourceLocation: sourceLocation
    ) { try load(data) }
  }

  @Test func reportsAMissingFileAsCannotRead() {
    #expect(
      throws: ThiduaError.cannotRead(file: "missing.csv", reason: "no such file or directory")
    ) {
      try DataLoader(skipInvalid: false).load(dataFile: "missing.csv", unitsFile: nil)
    }
    #expect(throws: ThiduaError.cannotRead(file: "nu.csv", reason: "no such file or directory")) {
      try DataLoader(skipInvalid: true).load(dataFile: "missing.csv", unitsFile: "nu.csv")
    }
  }

  @Test(arguments: [
    ("", "the file is empty; expected a header row naming the columns", 1, 1),
    ("\n\n", "the file is empty; expected a header row naming the columns", 1, 1),
    (
      "unit_code,year,total_households,poor_households\n",
      "no data rows; expected at least one row under the header", 1, 1
    ),
    (
      "household_id,unit_code,year,status\r\n\r\n,,,\r\n",
      "no data rows; expected at least one row under the header", 1, 1
    ),
    (
      "unit_code,year,total_households,poor_household\nA,2023,10,1\n",
      "missing column `poor_households`; the header has `unit_code`, `year`, `total_households`, "
        + "`poor_household`; rename `poor_household` to `poor_households`", 1, 33
    ),
    (
      "unit_code,year,total_households\nA,2023,10\n",
      "missing column `poor_households`; the header has `unit_code`, `year`, `total_households`; "
        + "expected the columns `unit_code`, `year`, `total_households`, `poor_households`", 1, 1
    ),
    (
      "code,name\nA,B\n",
      "cannot tell the kind of data file: the header has `code`, `name`; expected a unit-year panel "
        + "(`unit_code`, `year`, `total_households`, `poor_households`) or a household roster "
        + "(`household_id`, `unit_code`, `year`, `status`)", 1, 1
    ),
    (
      "unit_code,year,total_household,poor_households\nA,2023,10,1\n",
      "cannot tell the kind of data file: the header has `unit_code`, `year`, `total_household`, "
        + "`poor_households`; expected a unit-year panel (`unit_code`, `year`, `total_households`, "
        + "`poor_households`) or a household roster (`household_id`, `unit_code`, `year`, `status`); "
        + "rename `total_household` to `total_households`", 1, 1
    ),
    (
      "unit_code;year;total_households;poor_households\nA;2023;10;1\n",
      "the header is separated by `;`, as Excel writes CSV under Vietnamese regional settings; "
        + "expected commas: save the file from Excel as \"CSV UTF-8 (Comma delimited)\" with `,` as "
        + "the list separator", 1, 1
    ),
    (
      "household_id,unit_code,year,status,year\n1,A,2023,poor,2023\n",
      "column `year` appears twice (columns 24 and 36); expected each column once", 1, 36
    ),
  ])
  func refusesFilesWithoutUsableHeaderOrRows(data: String, message: String, line: Int, column: Int)
  {
    expectError(data, message, line: line, column: column)
  }

  static let mixedPanel = """
    unit_code,year,total_households,poor_households
    90101,2023,1000,50
    90101,2024,1000,1.000
    90102,2023,500,10
    90102,2024,500,8
    90109,2024,500,8
    90102,2024,500,7

    """

  @Test func rejectsBadRowsAndCountsThemWhenSkippingInvalidRows() throws {
    let data = try load(DataLoaderTests.mixedPanel, units: DataLoaderTests.units, skipInvalid: true)
    #expect(data.accounting == RowAccounting(read: 6, used: 3, rejected: 3))
    #expect(data.accounting.read == data.accounting.used + data.accounting.rejected)
    #expect(data.invalidRows.keys.sorted() == ["90101", "90102", "90109"])
    #expect(data.diagnostics.map(\.location.line) == [3, 6, 7])
    #expect(data.counts["90101"] == [2023: HouseholdCounts(total: 1000, poor: 50)])
    #expect(data.counts["90102"]?[2024] == HouseholdCounts(total: 500, poor: 8))
    #expect(data.units.count == 3)
    #expect(data.hasUnitsFile)
  }

  @Test func stopsWithEveryFindingWithoutSkippingInvalidRows() {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(
          at: at("d.csv", 3, 17),
          "column `poor_households`: `1.000` has a thousands separator; expected 1000, written "
            + "without separators"),
        .error(
          at: at("d.csv", 6, 1),
          "column `unit_code`: unit `90109` is not in the units file; expected a code listed there "
            + "(did you mean `90100`?)"),
        .error(
          at: at("d.csv", 7, 7),
          "column `year`: unit `90102` has two rows for 2024 (lines 5 and 7); expected one row per "
            + "unit and year"),
      ])
    ) { try load(DataLoaderTests.mixedPanel, units: DataLoaderTests.units) }
  }

  @Test func reportsBadRowsTogetherWithAFatalProblemAfterThem() {
    let data = "unit_code,year,total_households,poor_households\nA,2023,x,1\nA,2024,10,\"1\n"
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(
          at: at("d.csv", 2, 8),
          "column `total_households`: `x` is not a number; expected a whole number of households"),
        .error(
          at: at("d.csv", 3, 11),
          "the quote opened here is never closed; expected a closing `\"` before the end of the "
            + "file"),
      ])
    ) { try load(data, skipInvalid: true) }
  }

  @Test func refusesABadUnitsFileEvenWhenSkippingInvalidRows() {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(
          at: at("u.csv", 2, 8),
          "column `level`: `xa` is not a level; expected `province`, `district` or `commune`")
      ])
    ) {
      try load(
        "unit_code,year,total_households,poor_households\nA,2023,10,1\n",
        units: "unit_code,unit_name,level\nA,Xã A,xa\n", skipInvalid: true)
    }
  }

  @Test func keepsWarningsOfTheUnitsFile() throws {
    let data = try load(
      "unit_code,year,total_households,poor_households\nA,2023,10,1\n",
      units: "unit_code,unit_name,level,parent_code\nA,Xã A,commune,Z\n")
    #expect(data.diagnostics.map(\.severity) == [.warning])
    #expect(data.counts["A"]?[2023]?.poor == 1)
  }

  @Test func tellsARosterFromAPanel() throws {
    let data = try load(
      "year,status,household_id,unit_code\n2023,nghèo,1,90101\n2023,không nghèo,2,90101\n",
      units: DataLoaderTests.units)
    #expect(data.counts["90101"]?[2023] == HouseholdCounts(total: 2, poor: 1, nearPoor: 0))
    #expect(
      try DataForm.detect(.text("household_id,unit_code,year,status\n", name: "x")) == .roster)
    #expect(try DataForm.detect(.text("unit_code,total_households\n", name: "x")) == .panel)
  }

  /// The form is told from the header alone, read a chunk at a time: a header longer than a
  /// chunk is read whole, from a file as from memory.
  @Test func tellsTheFormFromAHeaderLongerThanAChunk() throws {
    let extra = (0..<1200).map { ",extra_column_\($0)_of_a_wide_export" }.joined()
    #expect(extra.utf8.count > 2 * DataForm.headerChunkSize)
    for (first, form) in [
      ("unit_code,year,poor_households", DataForm.panel),
      ("household_id,unit_code,year", DataForm.roster),
    ] {
      // The column that decides comes last, after two chunks.
      let decisive = form == .panel ? ",total_households" : ",status"
      let text = first + extra + decisive + "\n90101,2023,10,1\n"
      #expect(try DataForm.detect(.text(text, name: "x", chunkSize: 1000)) == form)
      let path = try TemporaryFile.write(Array(text.utf8), prefix: "thidua-wide-header")
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(try DataForm.detect(.file(path)) == form)
    }
  }

  @Test func readsFilesWithAByteOrderMarkAndCRLF() throws {
    let text = "\u{FEFF}unit_code,year,total_households,poor_households\r\n90101,2023,10,1\r\n\r\n"
    let data = try load(text, units: DataLoaderTests.units)
    #expect(data.counts["90101"]?[2023]?.total == 10)
  }

  @Test func comparesNamesAfterNormalisation() throws {
    // The header and a unit name written decomposed match their composed forms.
    let units = "unit_code,unit_name,level\nX,Xa\u{0303} Mâ\u{0303}u,commune\n"
    let table = try UnitsReader().read(.text(units, name: "u.csv"))
    #expect(Array(table.units["X"]?.name.utf8 ?? "".utf8) == Array("Xã Mẫu".utf8))
  }
}

extension DataLoaderTests {
  @Test func rejectsARowThatIsNotUTF8() throws {
    let bytes =
      Array("unit_code,year,total_households,poor_households\nX".utf8) + [0xE3]
      + Array(",2023,10,1\nY,2023,10,1\n".utf8)
    let data = try DataLoader(skipInvalid: true).load(
      data: .bytes(bytes, name: "d.csv"), units: nil)
    #expect(
      data.diagnostics == [
        .error(
          at: at("d.csv", 2, 2),
          "the file is not UTF-8 (byte 0xE3 here); expected UTF-8 text: save the file from Excel "
            + "as \"CSV UTF-8 (Comma delimited)\"")
      ])
    #expect(data.accounting == RowAccounting(read: 2, used: 1, rejected: 1))
  }

  @Test func reportsProgressOnLongRosters() throws {
    final class Calls: @unchecked Sendable {
      var rows: [Int] = []
    }
    let calls = Calls()
    var text = "household_id,unit_code,year,status\n"
    for id in 0..<(RosterReader.progressInterval * 2 + 5) { text += "\(id),A,2024,poor\n" }
    var loader = DataLoader(skipInvalid: false)
    loader.progress = { _, rows in calls.rows.append(rows) }
    let data = try loader.load(data: .text(text, name: "r.csv"), units: nil)
    #expect(data.counts["A"]?[2024]?.total == RosterReader.progressInterval * 2 + 5)
    #expect(calls.rows == [RosterReader.progressInterval, RosterReader.progressInterval * 2])
  }
}
