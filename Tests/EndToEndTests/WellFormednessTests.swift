import Testing

/// The checker the report tests rely on must itself catch what it claims to.
@Suite struct WellFormednessTests {
  @Test func acceptsXHTMLCompatibleMarkup() {
    let page = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>\
      <title>A &amp; B &#39;x&#39; &#x2014;</title></head><body><p class='q'>&lt;b&gt;</p>\
      <svg><path d="M0 0h1"/></svg><!-- a comment --></body></html>

      """
    #expect(WellFormedness.problems(in: page) == [])
  }

  @Test(arguments: [
    ("<html><p>text</html>", "</html> closes <p>"),
    ("<html><p>text</p>", "unclosed elements at the end: html"),
    ("<html><div/></html>", "<div/> is not an empty element in HTML"),
    ("<html><meta charset=\"utf-8\"></meta></html>", "<meta> is void in HTML"),
    ("<html><p class=x></p></html>", "attribute class of <p> not quoted"),
    ("<html><p a=\"1\" a=\"2\"></p></html>", "attribute a twice in <p>"),
    ("<html>A & B</html>", "a bare & or an unknown reference"),
    ("<html>&nbsp;</html>", "a bare & or an unknown reference"),
    ("<html><p title=\"a<b\"></p></html>", "< in the value of title"),
    ("<html></html><html></html>", "2 root elements; expected one"),
    ("text<html></html>", "text outside the root element"),
    ("<html>\u{1}</html>", "control character 1 in text"),
    ("<html>a < b</html>", "a < that starts no tag"),
  ])
  func rejects(document: String, problem: String) {
    let problems = WellFormedness.problems(in: document)
    #expect(problems.contains { $0.hasSuffix(problem) || $0.contains(problem) }, "\(problems)")
  }
}
