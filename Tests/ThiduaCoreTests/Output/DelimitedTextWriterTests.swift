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
}
