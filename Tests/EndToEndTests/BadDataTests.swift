import Foundation
import Testing

/// One bad input, run through the binary: the file's bytes, and exactly what the user must see.
struct BadDataCase: CustomTestStringConvertible, Sendable {
  var name: String
  var data: [UInt8]
  var extra: [String] = []
  var status: Int32 = 65
  /// Standard error with `DATA` standing for the data file's path.
  var stderr: String

  var testDescription: String { name }

  init(_ name: String, _ text: String, extra: [String] = [], status: Int32 = 65, stderr: String) {
    self.name = name
    self.data = Array(text.utf8)
    self.extra = extra
    self.status = status
    self.stderr = stderr
  }

  init(_ name: String, bytes: [UInt8], stderr: String) {
    self.name = name
    self.data = bytes
    self.stderr = stderr
  }
}

let panelHeader = "unit_code,year,total_households,poor_households\n"

let badDataCases: [BadDataCase] = [
  BadDataCase(
    "empty file", "",
    stderr: "DATA:1:1: error: the file is empty; expected a header row naming the columns\n"),
  BadDataCase(
    "header only", panelHeader,
    stderr: "DATA:1:1: error: no data rows; expected at least one row under the header\n"),
  BadDataCase(
    "missing column", "unit_code,year,total_households,poor_household\n90101,2024,100,5\n",
    stderr:
      "DATA:1:33: error: missing column `poor_households`; the header has `unit_code`, `year`, `total_households`, `poor_household`; rename `poor_household` to `poor_households`\n"
  ),
  BadDataCase(
    "thousands separator", panelHeader + "90101,2024,\"1.000\",5\n",
    stderr:
      "DATA:2:12: error: column `total_households`: `1.000` has a thousands separator; expected 1000, written without separators\n"
  ),
  BadDataCase(
    "not a number", panelHeader + "90101,2024,abc,5\n",
    stderr:
      "DATA:2:12: error: column `total_households`: `abc` is not a number; expected a whole number of households\n"
  ),
  BadDataCase(
    "negative", panelHeader + "90101,2024,100,-1\n",
    stderr:
      "DATA:2:16: error: column `poor_households`: `-1` is negative; expected 0 or more households\n"
  ),
  BadDataCase(
    "poor above total", panelHeader + "90101,2024,100,200\n",
    stderr:
      "DATA:2:16: error: column `poor_households`: 200 is more than `total_households` 100; expected at most 100\n"
  ),
  BadDataCase(
    "no households", panelHeader + "90101,2024,0,0\n",
    stderr:
      "DATA:2:12: error: column `total_households`: 0; expected at least 1 household (a unit without households has no poverty rate)\n"
  ),
  BadDataCase(
    "duplicate unit-year", panelHeader + "90101,2024,100,5\n90101,2024,100,6\n",
    stderr:
      "DATA:3:7: error: column `year`: unit `90101` has two rows for 2024 (lines 2 and 3); expected one row per unit and year\n"
  ),
  BadDataCase(
    "bad year", panelHeader + "90101,20x4,100,5\n",
    stderr:
      "DATA:2:7: error: column `year`: `20x4` is not a year; expected a year from 1990 to 2100, such as 2023\n"
  ),
  BadDataCase(
    "semicolons", "unit_code;year;total_households;poor_households\n90101;2024;100;5\n",
    stderr:
      "DATA:1:1: error: the header is separated by `;`, as Excel writes CSV under Vietnamese regional settings; expected commas: save the file from Excel as \"CSV UTF-8 (Comma delimited)\" with `,` as the list separator\n"
  ),
  BadDataCase(
    "not UTF-8",
    bytes: Array(panelHeader.utf8) + Array("90101,2024,100,".utf8) + [0xFF, 0xFE, 0x0A],
    stderr:
      "DATA:2:16: error: the file is not UTF-8 (byte 0xFF here); expected UTF-8 text: save the file from Excel as \"CSV UTF-8 (Comma delimited)\"\n"
  ),
  BadDataCase(
    "household listed twice",
    "household_id,unit_code,year,status\n1,90101,2024,poor\n1,90101,2024,poor\n",
    stderr:
      "DATA:3:1: error: column `household_id`: household `1` is listed twice for 2024 (lines 2 and 3); expected one row per household and year\n"
  ),
  BadDataCase(
    "unknown status", "household_id,unit_code,year,status\n1,90101,2024,giàu\n",
    stderr:
      "DATA:2:14: error: column `status`: `giàu` is not a status; expected `poor`, `near-poor` or `non-poor` (or `nghèo`, `cận nghèo`, `không nghèo`)\n"
  ),
  BadDataCase(
    "unknown unit code", panelHeader + "99999,2024,100,5\n",
    extra: ["--units", "campaigns/sample/units.csv"],
    stderr:
      "DATA:2:1: error: column `unit_code`: unit `99999` is not in the units file; expected a code listed there\n"
  ),
  BadDataCase(
    "unterminated quote", panelHeader + "90101,2024,\"100,5\n",
    stderr:
      "DATA:2:12: error: the quote opened here is never closed; expected a closing `\"` before the end of the file\n"
  ),
  BadDataCase(
    "neither panel nor roster", "code,households\n1,2\n",
    stderr:
      "DATA:1:1: error: cannot tell the kind of data file: the header has `code`, `households`; expected a unit-year panel (`unit_code`, `year`, `total_households`, `poor_households`) or a household roster (`household_id`, `unit_code`, `year`, `status`); rename `households` to `household_id`\n"
  ),
]

/// Four rows: two bad rows of 90101 (three findings), one bad row of 90102, one good row of 90103.
let mixedPanel =
  panelHeader + "90101,2024,\"1.000\",5\n90102,2024,100,200\n90103,2024,100,5\n90101,2025,abc,-1\n"

@Suite struct BadDataTests {
  @Test(arguments: badDataCases)
  func everyBadInputIsReportedAndNothingIsWritten(_ bad: BadDataCase) throws {
    let dir = try temporaryDirectory()
    let data = dir.appendingPathComponent("data.csv")
    try Data(bad.data).write(to: data)
    let output = dir.appendingPathComponent("out.csv")
    try Data("old result\n".utf8).write(to: output)
    let result = try Thidua.run(
      ["evaluate", benTre, "--data", data.path, "--output", output.path, "--format", "csv"]
        + bad.extra)
    #expect(result.status == bad.status)
    #expect(result.stdout == "")
    #expect(result.stderr == bad.stderr.replacingOccurrences(of: "DATA", with: data.path))
    #expect(try String(contentsOf: output, encoding: .utf8) == "old result\n")
  }

  @Test func allBadRowsAreReportedNotJustTheFirst() throws {
    let dir = try temporaryDirectory()
    let data = try write(mixedPanel, "panel.csv", in: dir)
    let result = try Thidua.run(["evaluate", benTre, "--data", data])
    #expect(result.status == 65)
    #expect(result.stderr.split(separator: "\n").count == 4)
  }

  @Test func skipInvalidEvaluatesTheRestAndCountsTheRows() throws {
    let dir = try temporaryDirectory()
    let data = try write(mixedPanel, "panel.csv", in: dir)
    let result = try Thidua.run([
      "evaluate", benTre, "--data", data, "--skip-invalid", "--format", "csv",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.hasSuffix("rows: 4 read, 1 used, 3 rejected\n"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(
      lines[1].hasPrefix(
        "90101,,,,invalid-data,\"2 rows of this unit rejected (3 findings): \(data):2:12:"))
    #expect(lines[2].hasPrefix("90102,,,,invalid-data,1 row of this unit rejected: \(data):3:16:"))
    // Without a units file, 90103 has no level, so no criterion can apply to it.
    #expect(lines[3].hasPrefix("90103,,,,no-criterion,"))
  }

  @Test func spreadsheetConventionsAreRead() throws {
    // A BOM, CRLF, columns in another order, an unknown column, a quoted name with a comma and a
    // line break, and decomposed Vietnamese (NFD) in the unit columns.
    let dir = try temporaryDirectory()
    let decomposed = "Xa\u{0303} Mẫu, \"một\"\nhai".decomposedStringWithCanonicalMapping
    var text = "\u{FEFF}year,poor_households,ghi_chu,unit_code,total_households,unit_name,level\r\n"
    for (year, poor) in [(2023, 20), (2024, 16), (2025, 12)] {
      text +=
        "\(year),\(poor),x,A1,100,\"\(decomposed.replacingOccurrences(of: "\"", with: "\"\""))\",commune\r\n"
    }
    let data = try write(text, "panel.csv", in: dir)
    let result = try Thidua.run(["evaluate", benTre, "--data", data, "--format", "json"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let units = json?["units"] as? [[String: Any]]
    #expect(units?.count == 1)
    #expect(
      units?.first?["name"] as? String
        == "Xã Mẫu, \"một\"\nhai".precomposedStringWithCanonicalMapping)
    #expect(
      (units?.first?["name"] as? String)?.unicodeScalars.count
        == "Xã Mẫu, \"một\"\nhai".precomposedStringWithCanonicalMapping.unicodeScalars.count)
  }

  @Test(arguments: [
    (
      ["evaluate", "nope.json", "--data", "campaigns/sample/panel.csv"], Int32(66),
      "nope.json: error: cannot read: no such file or directory\n"
    ),
    (
      ["evaluate", "campaigns/ben-tre-2021-2025.json", "--data", "nope.csv"], 66,
      "nope.csv: error: cannot read: no such file or directory\n"
    ),
    (
      ["evaluate", "campaigns/ben-tre-2021-2025.json"], 64,
      "error: missing required option '--data FILE'\nsee 'thidua --help'\n"
    ),
    (
      [
        "evaluate", "campaigns/ben-tre-2021-2025.json", "--data", "campaigns/sample/panel.csv",
        "--formt", "csv",
      ], 64, "error: unknown option '--formt'; did you mean '--format'?\nsee 'thidua --help'\n"
    ),
    (
      [
        "evaluate", "campaigns/ben-tre-2021-2025.json", "--data", "campaigns/sample/panel.csv",
        "--format", "xml",
      ], 64,
      "error: unknown format 'xml'; expected one of table, csv, tsv, json, ndjson\nsee 'thidua --help'\n"
    ),
    (
      [
        "evaluate", "campaigns/ben-tre-2021-2025.json", "--data", "campaigns/sample/panel.csv",
        "--year", "2O25",
      ], 64, "error: --year expects a year such as 2025, got '2O25'\nsee 'thidua --help'\n"
    ),
    (
      ["evalute"], 64,
      "error: unknown command 'evalute'; did you mean 'evaluate'?\nsee 'thidua --help'\n"
    ),
    (
      [
        "evaluate", "campaigns/ben-tre-2021-2025.json", "--data", "campaigns/sample/panel.csv",
        "--output", "/nonexistent-dir/out.csv",
      ], 73,
      "/nonexistent-dir/out.csv: error: cannot write: directory '/nonexistent-dir' does not exist\n"
    ),
  ])
  func commandLineMistakes(arguments: [String], status: Int32, stderr: String) throws {
    let result = try Thidua.run(arguments)
    #expect(result.status == status)
    #expect(result.stdout == "")
    #expect(result.stderr == stderr)
  }
}
