/// An HTML document written as UTF-8 bytes, in one buffer, in one pass: markup the renderer
/// spells out is appended as it is, and every text from plans and data goes through
/// ``HTMLEscaper``.
///
/// The markup is XHTML-compatible (every element closed, `<br/>`-style void elements, attribute
/// values quoted, no named references but the XML ones), so the report can be checked strictly
/// with an XML parser.
struct HTMLWriter {
  /// The document so far.
  private(set) var bytes: [UInt8] = []

  /// An empty document with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends markup written by the renderer, as it is: never text from a plan or data.
  mutating func markup(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends markup the renderer built (numbers, SVG coordinates), as it is.
  mutating func markup(built: String) {
    bytes.append(utf8Of: built)
  }

  /// Appends `value`'s digits.
  mutating func number(_ value: Int) {
    bytes.append(utf8Of: String(value))
  }

  /// Appends `text`, escaped.
  mutating func text(_ text: String) {
    HTMLEscaper.append(text, to: &bytes)
  }

  /// Appends ` name="value"`, the value escaped.
  mutating func attribute(_ name: StaticString, _ value: String) {
    markup(" ")
    markup(name)
    markup("=\"")
    text(value)
    markup("\"")
  }

  /// Appends `<tag>text</tag>`, the text escaped.
  mutating func element(_ open: StaticString, _ text: String, close: StaticString) {
    markup(open)
    self.text(text)
    markup(close)
  }

  /// Appends a link to the block with `identifier` (``HTMLEscaper/identifier(_:)``, prefixed),
  /// showing `text`.
  mutating func link(to prefix: StaticString, _ identifier: String, _ text: String) {
    markup("<a href=\"#")
    markup(prefix)
    markup(built: HTMLEscaper.identifier(identifier))
    markup("\">")
    self.text(text)
    markup("</a>")
  }

  /// Appends ` id="prefix…"` for the block `identifier` names.
  mutating func anchor(_ prefix: StaticString, _ identifier: String) {
    markup(" id=\"")
    markup(prefix)
    markup(built: HTMLEscaper.identifier(identifier))
    markup("\"")
  }
}
