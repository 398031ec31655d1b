import Foundation
import Testing

@testable import ThiduaCore

@Suite struct UnitsReaderTests {
  static let header = "unit_code,unit_name,level,parent_code,flags\n"

  func read(_ rows: String) throws(ThiduaError) -> UnitsTable {
    try UnitsReader().read(.text(UnitsReaderTests.header + rows, name: "u.csv"))
  }

  /// Expects `rows` to be refused with exactly `diagnostics`.
  func expectRefused(
    _ rows: String, _ diagnostics: [Diagnostic],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: diagnostics), sourceLocation: sourceLocation
    ) {
      try read(rows)
    }
  }

  @Test func readsUnitsWithTrimmedFlags() throws {
    let table = try read(
      "90000,Tỉnh Mẫu,province,,\n90100,Huyện Mẫu A,district,90000,\n"
        + "90101,Xã Mẫu A1,commune,90100, coastal-extremely-difficult ;island;; \n")
    #expect(table.warnings.isEmpty)
    #expect(table.units.count == 3)
    #expect(
      table.units["90101"]
        == Unit(
          code: "90101", name: "Xã Mẫu A1", level: .commune, parentCode: "90100",
          flags: ["coastal-extremely-difficult", "island"]))
    #expect(table.units["90000"]?.parentCode == nil)
    #expect(table.units["90000"]?.flags == [])
  }

  @Test func needsOnlyCodeNameAndLevel() throws {
    let table = try UnitsReader().read(
      .text("level,unit_code,unit_name\ncommune,A,Xã A\n", name: "u.csv"))
    #expect(table.units["A"] == Unit(code: "A", name: "Xã A", level: .commune))
  }

  @Test(arguments: [
    (
      "90101,Xã A,commune,,\n90101,Xã B,commune,,\n",
      Diagnostic.error(
        at: at("u.csv", 3, 1),
        "column `unit_code`: `90101` is listed twice (lines 2 and 3); expected each unit once")
    ),
    (
      "90101,Xã A,huyen,,\n",
      .error(
        at: at("u.csv", 2, 12),
        "column `level`: `huyen` is not a level; expected `province`, `district` or `commune`")
    ),
    (
      "90101,Xã A,,,\n",
      .error(
        at: at("u.csv", 2, 12),
        "column `level`: empty; expected `province`, `district` or `commune` (merged cells in "
          + "Excel leave all but the first row empty)")
    ),
    (
      ",Xã A,commune,,\n",
      .error(
        at: at("u.csv", 2, 1),
        "column `unit_code`: empty; expected a unit code (merged cells in Excel leave all but the first row empty)"
      )
    ),
    (
      "90101,,commune,,\n",
      .error(at: at("u.csv", 2, 7), "column `unit_name`: empty; expected the unit's name")
    ),
  ])
  func refusesBadRows(rows: String, expected: Diagnostic) {
    expectRefused(rows, [expected])
  }

  @Test func reportsEveryBadRowTogetherWithTheWarnings() {
    expectRefused(
      ",,,,\n90101,Xã A,xa,,\n90102,Xã B,commune,90999,\n\n90103,Xã C,commune,,\n",
      [
        .error(
          at: at("u.csv", 2, 1),
          "empty row; expected a data row (remove empty rows between data rows)"),
        .error(
          at: at("u.csv", 3, 12),
          "column `level`: `xa` is not a level; expected `province`, `district` or `commune`"),
        .warning(
          at: at("u.csv", 4, 20),
          "column `parent_code`: unit `90102` names parent `90999`, which is not in this file; "
            + "expected the code of a unit listed there"),
        .error(
          at: at("u.csv", 5, 1),
          "empty row; expected a data row (remove empty rows between data rows)"),
      ])
  }

  @Test func warnsOfAParentNotInTheFile() throws {
    let table = try read("90101,Xã A,commune,90100,\n")
    #expect(
      table.warnings == [
        .warning(
          at: at("u.csv", 2, 20),
          "column `parent_code`: unit `90101` names parent `90100`, which is not in this file; "
            + "expected the code of a unit listed there")
      ])
    #expect(table.units["90101"]?.parentCode == "90100")
  }

  /// Flags are trimmed as Foundation's `CharacterSet.whitespaces` trims them (Unicode space
  /// separators and tabs, not line breaks).
  @Test(arguments: [
    "ward", " ward ", "\tisland\t", "\u{00A0}coastal\u{2003}", "\u{3000}x\u{3000}", " ", "",
    "\nward\n", " a b ", "\u{200B}z", "đảo ", "\u{1680}y\u{202F}",
  ])
  func trimsFlagsAsFoundationDoes(_ text: String) {
    #expect(
      UnitColumns.trimmedSpaces(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
  }

  @Test func trimsEveryScalarFoundationCountsAsASpace() {
    for value in 0..<0x3_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar) + "x" + String(scalar)
      #expect(
        UnitColumns.trimmedSpaces(Substring(text)) == text.trimmingCharacters(in: .whitespaces),
        "U+\(String(value, radix: 16, uppercase: true))")
    }
  }
}
