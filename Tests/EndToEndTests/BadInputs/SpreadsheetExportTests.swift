import Foundation
import Testing

/// What spreadsheets write that is not a mistake: each is read as if the file were clean.
@Suite struct SpreadsheetExportTests {
  /// Two communes over 2021–2025: 90101 loses 2 points a year (eligible under `xa-tu-5`), 90102
  /// loses 20% then 16.7% (not eligible under `xa-duoi-5`).
  static let rows = [
    ["90101", "2021", "1000", "100"], ["90101", "2023", "1000", "80"],
    ["90101", "2024", "1000", "60"], ["90101", "2025", "1000", "40"],
    ["90102", "2021", "1000", "40"], ["90102", "2023", "1000", "30"],
    ["90102", "2024", "1000", "24"], ["90102", "2025", "1000", "20"],
  ]
  static let header = ["unit_code", "year", "total_households", "poor_households"]

  /// The panel as a plain file: LF, no BOM, nothing extra.
  static let clean = ([header] + rows).map { $0.joined(separator: ",") + "\n" }.joined()

  /// The same panel as spreadsheets write it.
  static let exports: [(name: String, text: String)] = [
    (
      "Excel \"CSV UTF-8 (Comma delimited)\": a BOM and CRLF",
      "\u{FEFF}" + ([header] + rows).map { $0.joined(separator: ",") + "\r\n" }.joined()
    ),
    (
      "trailing empty columns and the empty rows Excel leaves below a table",
      ([header] + rows).map { $0.joined(separator: ",") + ",,\r\n" }.joined()
        + ",,,,,\r\n,,,,,\r\n\r\n\r\n"
    ),
    (
      "an empty column with no name inside the table",
      ([header] + rows).map { [$0[0], ""] + $0[1...] }.map { $0.joined(separator: ",") + "\n" }
        .joined()
    ),
    (
      "numbers quoted, with spaces and no-break spaces around them",
      ([header.joined(separator: ",")]
        + rows.map { "\($0[0]),\" \($0[1])\",\u{00A0}\($0[2])\u{00A0},\"\($0[3])\u{202F}\"" })
        .map { $0 + "\n" }.joined()
    ),
    ("empty lines before the header", "\n\r\n" + clean),
  ]

  func evaluate(_ text: String) throws -> Thidua.Result {
    return try withTemporaryDirectory { directory in
      let data = try write(text, "data.csv", in: directory)
      return try Thidua.run([
        "evaluate", benTre, "--data", data, "--units", sampleUnits, "--format", "csv",
      ])
    }
  }

  @Test func theCleanPanelGivesTheExpectedStatuses() throws {
    let result = try evaluate(Self.clean)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.contains { $0.hasPrefix("90101,Xã Mẫu A1,commune,xa-tu-5,eligible,") })
    #expect(rows.contains { $0.hasPrefix("90102,Xã Mẫu A2,commune,xa-duoi-5,not-eligible,") })
  }

  @Test(arguments: exports.indices)
  func anExportIsReadLikeTheCleanFile(index: Int) throws {
    let export = Self.exports[index]
    let expected = try evaluate(Self.clean)
    let result = try evaluate(export.text)
    #expect(result.status == 0, "\(export.name)")
    #expect(result.stderr == "", "\(export.name)")
    #expect(result.stdout == expected.stdout, "\(export.name)")
  }

  @Test func aPlanWithAUTF8ByteOrderMarkIsRead() throws {
    try withTemporaryDirectory { directory in
      let plan = try Data(contentsOf: Thidua.packageRoot.appendingPathComponent(benTre))
      try (Data([0xEF, 0xBB, 0xBF]) + plan).write(to: directory.appendingPathComponent("plan.json"))
      let result = try Thidua.run(["check", "plan.json"], in: directory)
      #expect(result.status == 0)
      #expect(result.stderr == "")
      #expect(result.stdout == "plan.json: ok\n")
    }
  }
}
