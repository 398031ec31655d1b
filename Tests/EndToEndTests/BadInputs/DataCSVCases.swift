import Testing

/// The header of a unit-year panel with the required columns only.
let panelHeader = "unit_code,year,total_households,poor_households\n"
/// The header of a household roster.
let rosterHeader = "household_id,unit_code,year,status\n"

/// The message for a file that is not UTF-8, at a byte with hexadecimal value `hex`.
func notUTF8(_ hex: String) -> String {
  "the file is not UTF-8 (byte 0x\(hex) here); expected UTF-8 text: save the file from Excel as "
    + "\"CSV UTF-8 (Comma delimited)\""
}

/// The message for a file that looks like Windows-1258, at a byte with value `hex`.
func windows1258(_ hex: String) -> String {
  "the file looks like Windows-1258 (Vietnamese ANSI), not UTF-8 (byte 0x\(hex) here); expected "
    + "UTF-8 text: save the file from Excel as \"CSV UTF-8 (Comma delimited)\""
}

/// The message for a file that looks like TCVN3, at a byte with value `hex`.
func tcvn3(_ hex: String) -> String {
  "the file looks like TCVN3 (ABC, the encoding of .VnTime fonts), not UTF-8 (byte 0x\(hex) "
    + "here); expected Unicode text in UTF-8: convert the text from TCVN3 to Unicode (e.g. with "
    + "UniKey's converter), then save the file from Excel as \"CSV UTF-8 (Comma delimited)\""
}

/// The message for a header separated by `;`.
let semicolonHeader =
  "the header is separated by `;`, as Excel writes CSV under Vietnamese regional settings; "
  + "expected commas: save the file from Excel as \"CSV UTF-8 (Comma delimited)\" with `,` as the "
  + "list separator"

/// The message for a UTF-16 file.
let utf16File =
  "the file is UTF-16 (as Excel saves \"Unicode Text\"), not UTF-8; expected UTF-8 text: save "
  + "the file from Excel as \"CSV UTF-8 (Comma delimited)\""

/// The hint every empty code cell carries.
let mergedCells = "(merged cells in Excel leave all but the first row empty)"

extension BadInput {
  /// `bytes` as `data.csv`, evaluated against the Bến Tre plan into `out.csv`.
  static func data(
    _ name: String, bytes: [UInt8], extra: [String] = [], status: Int32 = 65, stderr: String
  ) -> BadInput {
    BadInput(
      name, files: ["data.csv": bytes],
      ["evaluate", "plan.json", "--data", "data.csv", "--output", "out.csv", "--format", "csv"]
        + extra, status: status, stderr: stderr)
  }

  /// `text` as `data.csv`, evaluated against the Bến Tre plan into `out.csv`.
  static func data(
    _ name: String, _ text: String, extra: [String] = [], status: Int32 = 65, stderr: String
  ) -> BadInput {
    data(name, bytes: utf8(text), extra: extra, status: status, stderr: stderr)
  }
}

/// Data files (unit-year panels and household rosters) that must be refused, and what each says.
let dataCSVCases: [BadInput] = [
  // The file as a whole.
  .data(
    "empty file", "",
    stderr: "data.csv:1:1: error: the file is empty; expected a header row naming the columns\n"),
  .data(
    "header only", panelHeader,
    stderr: "data.csv:1:1: error: no data rows; expected at least one row under the header\n"),
  .data(
    "header and the empty rows Excel leaves below a table", panelHeader + ",,,\r\n,,,\r\n\r\n",
    stderr: "data.csv:1:1: error: no data rows; expected at least one row under the header\n"),
  .data(
    "missing column", "unit_code,year,total_households,poor_household\n90101,2024,100,5\n",
    stderr:
      "data.csv:1:33: error: missing column `poor_households`; the header has `unit_code`, `year`, `total_households`, `poor_household`; rename `poor_household` to `poor_households`\n"
  ),
  .data(
    "column twice", "unit_code,year,year,total_households,poor_households\n90101,2024,2024,100,5\n",
    stderr:
      "data.csv:1:16: error: column `year` appears twice (columns 11 and 16); expected each column once\n"
  ),
  .data(
    "neither panel nor roster", "code,households\n1,2\n",
    stderr:
      "data.csv:1:1: error: cannot tell the kind of data file: the header has `code`, `households`; expected a unit-year panel (`unit_code`, `year`, `total_households`, `poor_households`) or a household roster (`household_id`, `unit_code`, `year`, `status`); rename `households` to `household_id`\n"
  ),
  .data(
    "panel separated by semicolons (Vietnamese-locale Excel)",
    "unit_code;year;total_households;poor_households\n90101;2024;100;5\n",
    stderr: "data.csv:1:1: error: \(semicolonHeader)\n"),
  .data(
    "panel saved as CSV UTF-8 with semicolons: BOM, CRLF and `;`",
    "\u{FEFF}unit_code;year;total_households;poor_households\r\n90101;2024;100;5\r\n",
    stderr: "data.csv:1:1: error: \(semicolonHeader)\n"),
  .data(
    "roster separated by semicolons", "household_id;unit_code;year;status\n1;90101;2024;poor\n",
    stderr: "data.csv:1:1: error: \(semicolonHeader)\n"),
  .data(
    "Excel \"Unicode Text\": UTF-16 with a byte order mark, tab-separated",
    bytes: [0xFF, 0xFE] + Array("unit_code\tyear".utf16).flatMap { [UInt8($0 & 0xFF), 0] },
    stderr: "data.csv:1:1: error: \(utf16File)\n"),

  // Encodings.
  .data(
    "bytes that are not UTF-8", bytes: utf8(panelHeader + "90101,2024,100,") + [0xFF, 0xFE, 0x0A],
    stderr: "data.csv:2:16: error: \(notUTF8("FF"))\n"),
  .data(
    "panel in Windows-1258 (Excel's \"CSV (Comma delimited)\" under Vietnamese settings)",
    // "Xã Mẫu A1" and "Thị trấn Mẫu A3": tone marks are separate bytes after the vowel.
    bytes: legacyBytes(
      "unit_code,year,total_households,poor_households,unit_name,level\n"
        + "90101,2024,100,5,Xa\u{DE} M\u{E2}\u{DE}u A1,commune\n"
        + "90103,2024,100,4,Thi\u{F2} tr\u{E2}\u{EC}n M\u{E2}\u{DE}u A3,commune\n"),
    stderr: """
      data.csv:2:20: error: \(windows1258("DE"))
      data.csv:3:21: error: \(windows1258("F2"))

      """),
  .data(
    "panel in TCVN3 (.VnTime fonts)",
    // The same names in TCVN3: one byte per toned letter.
    bytes: legacyBytes(
      "unit_code,year,total_households,poor_households,unit_name,level\n"
        + "90101,2024,100,5,X\u{B7} M\u{C9}u A1,commune\n"
        + "90103,2024,100,4,Th\u{DE} tr\u{CA}n M\u{C9}u A3,commune\n"),
    stderr: """
      data.csv:2:19: error: \(tcvn3("B7"))
      data.csv:3:20: error: \(tcvn3("DE"))

      """),
  .data(
    "roster in TCVN3: the statuses in Vietnamese",
    // "nghèo", "cận nghèo", "không nghèo".
    bytes: legacyBytes(
      rosterHeader + "1,90101,2024,ngh\u{CC}o\n2,90101,2024,c\u{CB}n ngh\u{CC}o\n"
        + "3,90101,2024,kh\u{AB}ng ngh\u{CC}o\n"),
    stderr: """
      data.csv:2:17: error: \(tcvn3("CC"))
      data.csv:3:15: error: \(tcvn3("CB"))
      data.csv:4:16: error: \(tcvn3("AB"))

      """),
  .data(
    "roster in Windows-1258: the statuses in Vietnamese",
    bytes: legacyBytes(
      rosterHeader + "1,90101,2024,ngh\u{E8}o\n2,90101,2024,c\u{E2}\u{F2}n ngh\u{E8}o\n"),
    stderr: """
      data.csv:2:17: error: \(windows1258("E8"))
      data.csv:3:15: error: \(windows1258("E2"))

      """),

  // Rows.
  .data(
    "merged-cell leftovers: empty unit codes under a filled one",
    panelHeader + "90101,2023,100,6\n,2024,100,5\n,2025,100,4\n",
    stderr: """
      data.csv:3:1: error: column `unit_code`: empty; expected a unit code \(mergedCells)
      data.csv:4:1: error: column `unit_code`: empty; expected a unit code \(mergedCells)

      """),
  .data(
    "roster with merged unit cells", rosterHeader + "1,90101,2024,poor\n2,,2024,poor\n",
    stderr: "data.csv:3:3: error: column `unit_code`: empty; expected a unit code \(mergedCells)\n"),
  .data(
    "roster row without a household id", rosterHeader + "1,90101,2024,poor\n,90101,2024,poor\n",
    stderr:
      "data.csv:3:1: error: column `household_id`: empty; expected a household id \(mergedCells)\n"
  ),
  .data(
    "a value in a column the header leaves unnamed",
    "unit_code,year,total_households,poor_households,,\n90101,2024,100,5,,\n90101,2025,100,4,x,\n",
    stderr:
      "data.csv:3:18: error: column 5 (E in a spreadsheet) has a value here but no name in the header; expected a name for it in the header, or the column deleted\n"
  ),
  .data(
    "more values than columns (a comma not quoted)", panelHeader + "90101,2024,1,000,5\n",
    stderr:
      "data.csv:2:18: error: the row has 5 values but the header has 4 columns; expected at most 4 values (a value holding a comma must be quoted)\n"
  ),
  .data(
    "empty row between data rows", panelHeader + "90101,2024,100,5\n,,,\n90101,2025,100,4\n",
    stderr:
      "data.csv:3:1: error: empty row; expected a data row (remove empty rows between data rows)\n"
  ),
  .data(
    "unterminated quote", panelHeader + "90101,2024,\"100,5\n",
    stderr:
      "data.csv:2:12: error: the quote opened here is never closed; expected a closing `\"` before the end of the file\n"
  ),
  .data(
    "quote in the middle of a value", panelHeader + "90101,2024,10\"0,5\n",
    stderr:
      "data.csv:2:14: error: a quote `\"` in the middle of a value that does not start with one; expected the whole value in quotes, with each quote inside it doubled (`\"say \"\"hi\"\"\"`)\n"
  ),
  .data(
    "text after a closing quote", panelHeader + "90101,2024,\"100\"0,5\n",
    stderr:
      "data.csv:2:17: error: text after the closing quote of a quoted value; expected a comma or the end of the line (a quote inside a quoted value is written `\"\"`)\n"
  ),

  // Numbers as spreadsheets write them.
  .data(
    "thousands separator `.`", panelHeader + "90101,2024,\"1.000\",5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `1.000` has a thousands separator; expected 1000, written without separators\n"
  ),
  .data(
    "thousands separator `,` (quoted)", panelHeader + "90101,2024,\"1,000\",5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `1,000` has a thousands separator; expected 1000, written without separators\n"
  ),
  .data(
    "thousands separator: a space", panelHeader + "90101,2024,1 000,5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `1 000` has a thousands separator; expected 1000, written without separators\n"
  ),
  .data(
    "thousands separator: a no-break space", panelHeader + "90101,2024,1\u{00A0}000,5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `1\u{00A0}000` has a thousands separator (a no-break space, U+00A0); expected 1000, written without separators\n"
  ),
  .data(
    "thousands separator: a narrow no-break space", panelHeader + "90101,2024,1\u{202F}000,5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `1\u{202F}000` has a thousands separator (a narrow no-break space, U+202F); expected 1000, written without separators\n"
  ),
  .data(
    "a decimal number of households", panelHeader + "90101,2024,100,12.5\n",
    stderr:
      "data.csv:2:16: error: column `poor_households`: `12.5` is not a whole number; expected a whole number of households\n"
  ),
  .data(
    "a decimal comma", panelHeader + "90101,2024,100,\"12,5\"\n",
    stderr:
      "data.csv:2:16: error: column `poor_households`: `12,5` is not a whole number; expected a whole number of households\n"
  ),
  .data(
    "formulas exported as text", panelHeader + "90101,2024,=SUM(B2:B4),=B2*2\n",
    stderr: """
      data.csv:2:12: error: column `total_households`: `=SUM(B2:B4)` is a formula, not a value; expected the number itself (in Excel, paste the cells as values before saving)
      data.csv:2:24: error: column `poor_households`: `=B2*2` is a formula, not a value; expected the number itself (in Excel, paste the cells as values before saving)

      """),
  .data(
    "spreadsheet error values", panelHeader + "90101,2024,#DIV/0!,#N/A\n",
    stderr: """
      data.csv:2:12: error: column `total_households`: `#DIV/0!` is a spreadsheet error, not a number; expected the number itself (fix the formula in Excel, then paste the cells as values before saving)
      data.csv:2:20: error: column `poor_households`: `#N/A` is a spreadsheet error, not a number; expected the number itself (fix the formula in Excel, then paste the cells as values before saving)

      """),
  .data(
    "not a number", panelHeader + "90101,2024,abc,5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `abc` is not a number; expected a whole number of households\n"
  ),
  .data(
    "empty count", panelHeader + "90101,2024,100,\n",
    stderr:
      "data.csv:2:16: error: column `poor_households`: empty; expected a whole number of households\n"
  ),
  .data(
    "negative", panelHeader + "90101,2024,100,-1\n",
    stderr:
      "data.csv:2:16: error: column `poor_households`: `-1` is negative; expected 0 or more households\n"
  ),
  .data(
    "too large", panelHeader + "90101,2024,99999999999,5\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: `99999999999` is too large; expected at most 1000000000 households\n"
  ),
  .data(
    "poor above total", panelHeader + "90101,2024,100,200\n",
    stderr:
      "data.csv:2:16: error: column `poor_households`: 200 is more than `total_households` 100; expected at most 100\n"
  ),
  .data(
    "near-poor and poor above total",
    "unit_code,year,total_households,poor_households,near_poor_households\n90101,2024,100,60,50\n",
    stderr:
      "data.csv:2:19: error: column `near_poor_households`: 50 near-poor and 60 poor households are more than `total_households` 100; expected at most 40\n"
  ),
  .data(
    "no households", panelHeader + "90101,2024,0,0\n",
    stderr:
      "data.csv:2:12: error: column `total_households`: 0; expected at least 1 household (a unit without households has no poverty rate)\n"
  ),

  // Years, codes, statuses.
  .data(
    "bad year", panelHeader + "90101,20x4,100,5\n",
    stderr:
      "data.csv:2:7: error: column `year`: `20x4` is not a year; expected a year from 1990 to 2100, such as 2023\n"
  ),
  .data(
    "year out of range", panelHeader + "90101,1899,100,5\n",
    stderr:
      "data.csv:2:7: error: column `year`: 1899 is out of range; expected a year from 1990 to 2100, such as 2023\n"
  ),
  .data(
    "duplicate unit-year", panelHeader + "90101,2024,100,5\n90101,2024,100,6\n",
    stderr:
      "data.csv:3:7: error: column `year`: unit `90101` has two rows for 2024 (lines 2 and 3); expected one row per unit and year\n"
  ),
  .data(
    "unknown unit code", panelHeader + "99999,2024,100,5\n", extra: ["--units", "units.csv"],
    stderr:
      "data.csv:2:1: error: column `unit_code`: unit `99999` is not in the units file; expected a code listed there\n"
  ),
  .data(
    "mistyped unit code", panelHeader + "90110,2024,100,5\n", extra: ["--units", "units.csv"],
    stderr:
      "data.csv:2:1: error: column `unit_code`: unit `90110` is not in the units file; expected a code listed there (did you mean `90100`?)\n"
  ),
  .data(
    "household listed twice", rosterHeader + "1,90101,2024,poor\n1,90101,2024,poor\n",
    stderr:
      "data.csv:3:1: error: column `household_id`: household `1` is listed twice for 2024 (lines 2 and 3); expected one row per household and year\n"
  ),
  .data(
    "unknown status", rosterHeader + "1,90101,2024,giàu\n",
    stderr:
      "data.csv:2:14: error: column `status`: `giàu` is not a status; expected `poor`, `near-poor` or `non-poor` (or `nghèo`, `cận nghèo`, `không nghèo`)\n"
  ),
  .data(
    "empty status", rosterHeader + "1,90101,2024,\n",
    stderr:
      "data.csv:2:14: error: column `status`: empty; expected `poor`, `near-poor` or `non-poor` (or `nghèo`, `cận nghèo`, `không nghèo`)\n"
  ),
]

@Suite struct DataCSVBadInputTests {
  @Test(arguments: dataCSVCases)
  func isRefusedWithItsMessage(_ bad: BadInput) throws {
    try bad.check()
  }
}
