import Foundation
import Testing

/// `--excel`: a BOM, CRLF line endings, and no cell that a spreadsheet would run as a formula,
/// whatever the data files and the plan say.
@Suite struct ExcelTests {
  /// A plan whose texts start with formula triggers: the criterion title (inside reasons), the
  /// award title (a tab, then a formula) and a deadline title.
  static let plan = """
    {
      "schema": "thidua.plan/1",
      "id": "excel-test",
      "title": "@Phong trào thử",
      "period": { "from": 2021, "to": 2025 },
      "baselineYear": 2021,
      "criteria": [
        { "id": "xa", "title": "=Xã giảm 20%", "applies": { "level": "commune" },
          "measure": "poor-households-reduction-percent", "atLeast": 20, "consecutiveYears": 2 }
      ],
      "awards": [
        { "id": "giay-khen", "title": "\\t=HYPERLINK(\\"http://x\\",\\"Giấy khen\\")",
          "criteria": ["xa"] }
      ],
      "deadlines": [ { "id": "so-ket", "title": "-Sơ kết", "due": "2023-12-15" } ]
    }
    """

  /// Unit names an officer might receive from someone else. Names are trimmed when read, so the
  /// one written with a leading tab and the one with a leading CRLF arrive as `=1+1` and `@x`.
  static let units = """
    unit_code,unit_name,level,parent_code,flags
    91000,"=HYPERLINK(""http://x"",""y"")",province,,
    91001,+1,commune,91000,
    91002,-2+3,commune,91000,
    91003,@SUM(A1),commune,91000,
    91004,"\t=1+1",commune,91000,
    91005,"\r\n@x",commune,91000,
    91006,"Xã Mẫu, ""A""\",commune,91000,
    91007,-,commune,91000,

    """

  /// Every commune: 30 → 24 → 19 poor households of 1000, eligible.
  static let panel: String = {
    var text = "unit_code,year,total_households,poor_households\n"
    for code in 91001...91007 {
      for (year, poor) in [(2021, 40), (2022, 36), (2023, 30), (2024, 24), (2025, 19)] {
        text += "\(code),\(year),1000,\(poor)\n"
      }
    }
    return text
  }()

  /// The files in a fresh directory: the plan, `--data` and `--units` arguments.
  struct Files {
    var directory: URL
    var plan: String
    var data: [String]
  }

  /// Runs `body` with the files written in a fresh temporary directory, removed when `body`
  /// returns or throws.
  static func withFiles<Value>(_ body: (Files) throws -> Value) throws -> Value {
    try withTemporaryDirectory { directory in
      try body(
        Files(
          directory: directory, plan: try write(plan, "plan.json", in: directory),
          data: [
            "--data", try write(panel, "panel.csv", in: directory),
            "--units", try write(units, "units.csv", in: directory),
          ]))
    }
  }

  /// The first columns of each CSV line after the header (the reasons are long and tested
  /// elsewhere).
  static let neutralisedRows = [
    "91000,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",province,,no-criterion,",
    "91001,'+1,commune,xa,eligible,",
    "91002,'-2+3,commune,xa,eligible,",
    "91003,'@SUM(A1),commune,xa,eligible,",
    "91004,'=1+1,commune,xa,eligible,",
    "91005,'@x,commune,xa,eligible,",
    "91006,\"Xã Mẫu, \"\"A\"\"\",commune,xa,eligible,",
    "91007,'-,commune,xa,eligible,",
  ]

  @Test func evaluateNeutralisesEveryUnitNameAndWritesABOMAndCRLF() throws {
    try ExcelTests.withFiles { files in
      let result = try Thidua.run(["evaluate", files.plan] + files.data + ["--excel"])
      #expect(result.status == 0)
      #expect(result.stderr == "")
      expectExcelBytes(result.stdout)
      let lines = ExcelTests.lines(result.stdout)
      #expect(lines.first == "unit_code,unit_name,level,criterion,status,reason")
      #expect(lines.count == ExcelTests.neutralisedRows.count + 1)
      for (line, expected) in zip(lines.dropFirst(), ExcelTests.neutralisedRows) {
        #expect(line.hasPrefix(expected), "\(line)")
      }
      // A trigger inside a quoted reason is not at the start of a cell and stays as it is.
      #expect(lines[2].contains(",\"meets “=Xã giảm 20%”: 2023→2024"))
    }
  }

  @Test func withoutExcelTheSameRunIsPlainCSV() throws {
    try ExcelTests.withFiles { files in
      let result = try Thidua.run(["evaluate", files.plan] + files.data + ["--format", "csv"])
      #expect(result.status == 0)
      #expect(!result.stdout.hasPrefix("\u{FEFF}"))
      #expect(!result.stdout.contains("\r"))
      #expect(result.stdout.contains("\n91001,+1,commune,"))
      #expect(
        result.stdout.contains("\n91000,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",province,"))
    }
  }

  @Test func excelAloneMeansCSV() throws {
    try ExcelTests.withFiles { files in
      let alone = try Thidua.run(["evaluate", files.plan] + files.data + ["--excel"])
      let csv = try Thidua.run(
        ["evaluate", files.plan] + files.data + ["--excel", "--format=csv"])
      #expect(alone.status == 0)
      #expect(Array(alone.stdout.utf8) == Array(csv.stdout.utf8))
    }
  }

  @Test func eligibleNeutralisesTheAwardTitleInCSVAndTSV() throws {
    try ExcelTests.withFiles { files in
      let csv = try Thidua.run(["eligible", files.plan] + files.data + ["--excel"])
      #expect(csv.status == 0)
      expectExcelBytes(csv.stdout)
      let csvLines = ExcelTests.lines(csv.stdout)
      #expect(
        csvLines.first == "unit_code,unit_name,level,criterion,status,reason,award,award_title")
      #expect(csvLines.count == 8)
      #expect(csvLines[1].hasPrefix("91001,'+1,commune,xa,eligible,"))
      for line in csvLines.dropFirst() {
        #expect(line.hasSuffix(",giay-khen,\"'\t=HYPERLINK(\"\"http://x\"\",\"\"Giấy khen\"\")\""))
      }

      let tsv = try Thidua.run(
        ["eligible", files.plan] + files.data + ["--excel", "--format", "tsv"])
      #expect(tsv.status == 0)
      expectExcelBytes(tsv.stdout)
      let tsvLines = ExcelTests.lines(tsv.stdout)
      #expect(tsvLines.count == 8)
      // TSV cannot quote: the quote goes in first, then the tab becomes a space.
      let fields = tsvLines[3].split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 8)
      #expect(fields.prefix(5) == ["91003", "'@SUM(A1)", "commune", "xa", "eligible"])
      #expect(fields.last == "' =HYPERLINK(\"http://x\",\"Giấy khen\")")
    }
  }

  @Test func deadlinesNeutraliseTitlesAndNegativeDays() throws {
    try ExcelTests.withFiles { files in
      let result = try Thidua.run(["deadlines", files.plan, "--today", "2025-01-01", "--excel"])
      #expect(result.status == 11)
      #expect(
        Array(result.stdout.utf8)
          == Array(
            ("\u{FEFF}plan,deadline,title,due,days_left,state,decision,note\r\n"
              + "excel-test,so-ket,'-Sơ kết,2023-12-15,'-383,overdue,,\r\n").utf8))
    }
  }

  @Test func theOutputFileGetsTheSameBytes() throws {
    try ExcelTests.withFiles { files in
      let output = files.directory.appendingPathComponent("eligible.csv").path
      let toFile = try Thidua.run(
        ["eligible", files.plan] + files.data + ["--excel", "--output", output])
      let toStdout = try Thidua.run(["eligible", files.plan] + files.data + ["--excel"])
      #expect(toFile.status == 0)
      #expect(toFile.stdout == "")
      let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(Array(bytes) == Array(toStdout.stdout.utf8))
    }
  }

  @Test(arguments: ["evaluate", "eligible", "deadlines"], ["table", "json", "ndjson"])
  func excelWithAFormatThatIsNotCSVOrTSVIsAUsageError(command: String, format: String) throws {
    try ExcelTests.withFiles { files in
      let data = command == "deadlines" ? [] : files.data
      let result = try Thidua.run([command, files.plan] + data + ["--excel", "--format", format])
      #expect(result.status == 64)
      #expect(result.stdout == "")
      #expect(
        result.stderr.hasPrefix(
          "error: --excel writes CSV or TSV for spreadsheets, so it cannot be used with --format "
            + "\(format); drop --excel, or use --format csv or --format tsv\n"))
    }
  }

  @Test(arguments: ["evaluate", "eligible", "deadlines"])
  func everyCommandThatPrintsCSVDocumentsTheFlag(command: String) throws {
    let result = try Thidua.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("--excel"))
  }

  // MARK: Helpers

  /// The lines of Excel output, without the BOM and the CRLFs.
  static func lines(_ text: String) -> [String] {
    text.dropFirst().components(separatedBy: "\r\n").dropLast().map { $0 }
  }

  /// A UTF-8 BOM first, and every line ended by CRLF: no LF without its CR, no CR alone.
  func expectExcelBytes(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(text.utf8)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], sourceLocation: sourceLocation)
    #expect(bytes.suffix(2) == [0x0D, 0x0A], sourceLocation: sourceLocation)
    var linesEnded = 0
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A {
        #expect(index > 0 && bytes[index - 1] == 0x0D, sourceLocation: sourceLocation)
        linesEnded += 1
      }
      if byte == 0x0D {
        #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, sourceLocation: sourceLocation)
      }
    }
    #expect(linesEnded > 1, sourceLocation: sourceLocation)
  }
}
