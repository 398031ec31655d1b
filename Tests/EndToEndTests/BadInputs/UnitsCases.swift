import Testing

/// The header of a units file.
let unitsHeader = "unit_code,unit_name,level,parent_code,flags\n"

extension BadInput {
  /// `bytes` as `units.csv`, checked with `thidua check-data --units`.
  static func units(_ name: String, bytes: [UInt8], status: Int32 = 65, stderr: String)
    -> BadInput
  {
    BadInput(
      name, files: ["units.csv": bytes], ["check-data", "--units", "units.csv"], status: status,
      stderr: stderr)
  }

  /// `text` as `units.csv`, checked with `thidua check-data --units`.
  static func units(_ name: String, _ text: String, status: Int32 = 65, stderr: String)
    -> BadInput
  {
    units(name, bytes: utf8(text), status: status, stderr: stderr)
  }

  /// `text` as `units.csv`, given to `thidua evaluate` with the sample panel, into `out.csv`.
  static func unitsForEvaluate(_ name: String, _ text: String, stderr: String) -> BadInput {
    BadInput(
      name, files: ["units.csv": utf8(text)],
      [
        "evaluate", "plan.json", "--data", "panel.csv", "--units", "units.csv", "--output",
        "out.csv",
      ], stderr: stderr)
  }
}

/// Units files that must be refused, and what each says.
let unitsCases: [BadInput] = [
  .units(
    "empty file", "",
    stderr: "units.csv:1:1: error: the file is empty; expected a header row naming the columns\n"),
  .units(
    "header only", unitsHeader,
    stderr: "units.csv:1:1: error: no data rows; expected at least one row under the header\n"),
  .units(
    "missing column with a near name", "unit_code,unit_name,levl\n90000,Tỉnh Mẫu,province\n",
    stderr:
      "units.csv:1:21: error: missing column `level`; the header has `unit_code`, `unit_name`, `levl`; rename `levl` to `level`\n"
  ),
  .units(
    "separated by semicolons", "unit_code;unit_name;level\n90000;Tỉnh Mẫu;province\n",
    stderr: "units.csv:1:1: error: \(semicolonHeader)\n"),
  .units(
    "UTF-16 (Excel \"Unicode Text\")",
    bytes: [0xFF, 0xFE] + Array("unit_code".utf16).flatMap { [UInt8($0 & 0xFF), 0] },
    stderr: "units.csv:1:1: error: \(utf16File)\n"),
  .units(
    "Windows-1258",
    // "Tỉnh Mẫu" and "Huyện Mẫu A": the tone marks follow their vowels as separate bytes.
    bytes: legacyBytes(
      unitsHeader + "90000,Ti\u{D2}nh M\u{E2}\u{DE}u,province,,\n"
        + "90100,Huy\u{EA}\u{F2}n M\u{E2}\u{DE}u A,district,90000,\n"),
    stderr: """
      units.csv:2:9: error: \(windows1258("D2"))
      units.csv:3:10: error: \(windows1258("EA"))

      """),
  .units(
    "TCVN3",
    bytes: legacyBytes(
      unitsHeader + "90000,T\u{D8}nh M\u{C9}u,province,,\n"
        + "90100,Huy\u{D6}n M\u{C9}u A,district,90000,\n"),
    stderr: """
      units.csv:2:8: error: \(tcvn3("D8"))
      units.csv:3:10: error: \(tcvn3("D6"))

      """),
  .units(
    "merged-cell leftovers: empty codes",
    unitsHeader
      + "90100,Huyện Mẫu A,district,,\n,Xã Mẫu A1,commune,90100,\n,Xã Mẫu A2,commune,90100,\n",
    stderr: """
      units.csv:3:1: error: column `unit_code`: empty; expected a unit code \(mergedCells)
      units.csv:4:1: error: column `unit_code`: empty; expected a unit code \(mergedCells)

      """),
  .units(
    "merged-cell leftovers: empty levels",
    unitsHeader + "90101,Xã Mẫu A1,commune,,\n90102,Xã Mẫu A2,,,\n",
    stderr:
      "units.csv:3:17: error: column `level`: empty; expected `province`, `district` or `commune` \(mergedCells)\n"
  ),
  .units(
    "a level in Vietnamese", unitsHeader + "90101,Xã Mẫu A1,xã,,\n",
    stderr:
      "units.csv:2:17: error: column `level`: `xã` is not a level; expected `province`, `district` or `commune`\n"
  ),
  .units(
    "empty name", unitsHeader + "90101,,commune,,\n",
    stderr: "units.csv:2:7: error: column `unit_name`: empty; expected the unit's name\n"),
  .units(
    "code listed twice", unitsHeader + "90101,Xã Mẫu A1,commune,,\n90101,Xã Mẫu A2,commune,,\n",
    stderr:
      "units.csv:3:1: error: column `unit_code`: `90101` is listed twice (lines 2 and 3); expected each unit once\n"
  ),
  .units(
    "a name holding a comma, not quoted", unitsHeader + "90101,Xã A, B,commune,,ward\n",
    stderr: """
      units.csv:2:12: error: column `level`: `B` is not a level; expected `province`, `district` or `commune`
      units.csv:2:24: error: the row has 6 values but the header has 5 columns; expected at most 5 values (a value holding a comma must be quoted)

      """),
  .units(
    "a value in a column the header leaves unnamed",
    "unit_code,unit_name,level,\n90101,Xã Mẫu A1,commune,ghi chú\n",
    stderr:
      "units.csv:2:25: error: column 4 (D in a spreadsheet) has a value here but no name in the header; expected a name for it in the header, or the column deleted\n"
  ),
  .units(
    "empty row between units",
    unitsHeader + "90101,Xã Mẫu A1,commune,,\n\n90102,Xã Mẫu A2,commune,,\n",
    stderr:
      "units.csv:3:1: error: empty row; expected a data row (remove empty rows between data rows)\n"
  ),
  .units(
    "column twice", "unit_code,unit_name,level,level\n90101,Xã Mẫu A1,commune,commune\n",
    stderr:
      "units.csv:1:27: error: column `level` appears twice (columns 21 and 27); expected each column once\n"
  ),
  .unitsForEvaluate(
    "a bad units file stops an evaluation",
    unitsHeader + "90101,Xã Mẫu A1,commune,,\n,Xã Mẫu A2,commune,,\n",
    stderr: "units.csv:3:1: error: column `unit_code`: empty; expected a unit code \(mergedCells)\n"
  ),
  BadInput(
    "missing units file", ["check-data", "--units", "nope.csv"], status: 66,
    stderr: "nope.csv: error: cannot read: no such file or directory\n"),
]

@Suite struct UnitsBadInputTests {
  @Test(arguments: unitsCases)
  func isRefusedWithItsMessage(_ bad: BadInput) throws {
    try bad.check()
  }
}
