import Testing

@testable import ThiduaCore

@Suite struct DelimitedTextWriterTests {
  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("line\nbreak", "\"line\nbreak\""), ("cr\rhere", "\"cr\rhere\""),
    ("crlf\r\nhere", "\"crlf\r\nhere\""),
    ("", ""), ("tab\tstays", "tab\tstays"), ("Xã Thạnh Phong", "Xã Thạnh Phong"),
    ("\"\u{301}", "\"\"\"\u{301}\""),
  ])
  func quotesCSVFieldsOnlyWhenNeeded(field: String, expected: String) {
    #expect(DelimitedTextWriter.csvField(field) == expected)
  }

  @Test(arguments: [
    ("a\tb", "a b"), ("a\nb", "a b"), ("a\r\nb", "a b"), ("a\rb", "a b"), ("a,\"b\"", "a,\"b\""),
    ("a\n\nb", "a  b"),
  ])
  func replacesTabsAndLineBreaksInTSV(field: String, expected: String) {
    #expect(DelimitedTextWriter.tsvField(field) == expected)
  }

  @Test func writesHeaderAndRowsWithTheChosenLineEnding() {
    let rows = [["1", "a,b"], ["2", ""]]
    #expect(
      DelimitedTextWriter(.csv).render(header: ["n", "text"], rows: rows)
        == "n,text\n1,\"a,b\"\n2,\n")
    #expect(
      DelimitedTextWriter(.csv, lineEnding: "\r\n").render(header: ["n", "text"], rows: rows)
        == "n,text\r\n1,\"a,b\"\r\n2,\r\n")
    #expect(
      DelimitedTextWriter(.tsv).render(header: ["n", "text"], rows: rows)
        == "n\ttext\n1\ta,b\n2\t\n")
  }

  // MARK: For spreadsheets (--excel)

  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tname", "'\tname"), ("\rname", "'\rname"), ("-", "'-"),
  ])
  func prefixesAFieldStartingWithAFormulaTrigger(field: String, expected: String) {
    #expect(DelimitedTextWriter.neutralized(field) == expected)
  }

  /// OWASP lists first characters only: a field starting with anything else is not a formula.
  @Test(arguments: [
    " =1+1", "a=b", "1-2", "", "'=already quoted", "Xã Mẫu A1", "\n=1", "\u{FF1D}1", "90101",
  ])
  func leavesOtherFieldsAlone(field: String) {
    #expect(DelimitedTextWriter.neutralized(field) == field)
  }

  /// OWASP's two examples: the quote goes in first, then RFC 4180 quoting keeps a comma, a
  /// semicolon or a quote inside the field from starting a new cell.
  @Test(arguments: [
    ("=1+2\";=1+2", "\"'=1+2\"\";=1+2\""),
    ("=1+2'\" ;,=1+2", "\"'=1+2'\"\" ;,=1+2\""),
    ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ("\r=1", "\"'\r=1\""),
  ])
  func neutralisesBeforeQuotingCSV(field: String, expected: String) {
    #expect(DelimitedTextWriter.excel(.csv).line([field]) == expected + "\r\n")
  }

  @Test(arguments: [("\t=1", "' =1"), ("=a\tb", "'=a b"), ("-1\r\n2", "'-1 2")])
  func neutralisesBeforeCleaningTSV(field: String, expected: String) {
    #expect(DelimitedTextWriter.excel(.tsv).line([field]) == expected + "\r\n")
  }

  @Test func excelWritesABOMAndCRLFAndNeutralisesEveryFieldHeaderIncluded() {
    let rows = [["90101", "=cmd|' /C calc'!A0", "Xã Mẫu"], ["-1", "", "a,b"]]
    let csv = DelimitedTextWriter.excel(.csv).render(header: ["code", "@name", "x"], rows: rows)
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(
      csv == "\u{FEFF}code,'@name,x\r\n90101,'=cmd|' /C calc'!A0,Xã Mẫu\r\n'-1,,\"a,b\"\r\n")
    let tsv = DelimitedTextWriter.excel(.tsv).render(
      header: ["code", "@name"], rows: [["+1", "x"]])
    #expect(tsv == "\u{FEFF}code\t'@name\r\n'+1\tx\r\n")
  }

  @Test func aLineNeverCarriesTheBOM() {
    #expect(DelimitedTextWriter.excel(.csv).line(["a"]) == "a\r\n")
  }

  @Test func plainWritersChangeNoFormula() {
    let rows = [["=1+1", "-2"]]
    #expect(
      DelimitedTextWriter(.csv).render(header: ["@a", "+b"], rows: rows) == "@a,+b\n=1+1,-2\n")
    #expect(DelimitedTextWriter.forOutput(.tsv, excel: false) == DelimitedTextWriter(.tsv))
    #expect(DelimitedTextWriter.forOutput(.csv, excel: true) == .excel(.csv))
  }
}
