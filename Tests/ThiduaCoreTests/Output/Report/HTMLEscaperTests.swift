import Testing

@testable import ThiduaCore

@Suite struct HTMLEscaperTests {
  @Test(arguments: [
    ("Xã Mẫu", "Xã Mẫu"),
    ("<script>", "&lt;script&gt;"),
    ("A & B", "A &amp; B"),
    ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
    ("&amp;", "&amp;amp;"),
    ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
    ("nul\u{0}bell\u{7}esc\u{1B}del\u{7F}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}del\u{FFFD}"),
    ("c1\u{85}\u{9F}end", "c1\u{FFFD}\u{FFFD}end"),
    ("non\u{FFFE}char\u{FFFF}", "non\u{FFFD}char\u{FFFD}"),
    ("\u{A0}¢\u{FFFD}\u{FFFC}", "\u{A0}¢\u{FFFD}\u{FFFC}"),
    ("", ""),
  ])
  func escapes(text: String, expected: String) {
    #expect(HTMLEscaper.escape(text) == expected)
  }

  @Test func escapesAVietnameseNameWithEveryMarkupCharacter() {
    let name = "Xã \"Mẫu\" <A> & 'B'"
    #expect(HTMLEscaper.escape(name) == "Xã &quot;Mẫu&quot; &lt;A&gt; &amp; &#39;B&#39;")
  }

  @Test(arguments: [
    ("90101", "90101"),
    ("ab-C.9", "ab-C.9"),
    ("a b", "a_20b"),
    ("a_b", "a_5Fb"),
    ("\"><x", "_22_3E_3Cx"),
    ("Xã", "X_C3_A3"),
  ])
  func identifiersHoldOnlySafeCharacters(text: String, expected: String) {
    #expect(HTMLEscaper.identifier(text) == expected)
  }

  @Test func differentCodesGiveDifferentIdentifiers() {
    let codes = ["a b", "a_20b", "a_b", "a-b", "a.b", "A b", "ab", "a_5Fb"]
    #expect(Set(codes.map(HTMLEscaper.identifier)).count == codes.count)
  }
}
