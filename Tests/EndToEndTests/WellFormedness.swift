/// A strict check that a document is well-formed XML, as the HTML report must be (XHTML-compatible
/// markup): one root element, every element closed in order, attribute values quoted and unique,
/// no `<` or stray `&` in text or values, only the XML references (`&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&apos;`, `&#…;`).
///
/// HTML adds two rules XML does not have: `<meta/>`-style empty elements are allowed only for
/// HTML's void elements and inside SVG (a `<div/>` would open a `<div>` in a browser), and HTML's
/// void elements must be empty.
enum WellFormedness {
  /// The problems found, each with its line; empty when the document is well-formed.
  static func problems(in document: String) -> [String] {
    var checker = Checker(Array(document.utf8))
    checker.run()
    return checker.problems
  }

  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
  ]

  private struct Checker {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var stack: [String] = []
    var roots = 0
    var problems: [String] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func fail(_ message: String) {
      if problems.count < 20 { problems.append("line \(line): \(message)") }
    }

    func starts(with text: String) -> Bool {
      let prefix = Array(text.utf8)
      return index + prefix.count <= bytes.count
        && Array(bytes[index..<index + prefix.count]) == prefix
    }

    mutating func advance(_ count: Int = 1) {
      for _ in 0..<count where index < bytes.count {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
      }
    }

    /// Skips past `end`; false when the document ends first.
    mutating func skip(past end: String) -> Bool {
      while index < bytes.count {
        if starts(with: end) {
          advance(end.utf8.count)
          return true
        }
        advance()
      }
      return false
    }

    static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "_"), UInt8(ascii: ":"):
        return true
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
        return !first
      default:
        return false
      }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    mutating func name() -> String? {
      let start = index
      while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) {
        index += 1
      }
      guard index > start else { return nil }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func skipSpace() -> Bool {
      let start = index
      while index < bytes.count, Self.isSpace(bytes[index]) { advance() }
      return index > start
    }

    /// One byte of text, which must not be a control character XML forbids.
    mutating func character() {
      let byte = bytes[index]
      if byte < 0x20, !Self.isSpace(byte) { fail("control character \(byte) in text") }
      advance()
    }

    /// A reference at `index` (which is at `&`), checked and skipped.
    mutating func reference() {
      let known = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
      for entity in known where starts(with: entity) {
        advance(entity.utf8.count)
        return
      }
      if starts(with: "&#x") {
        advance(3)
        let start = index
        while index < bytes.count, bytes[index] < 0x80,
          Character(UnicodeScalar(bytes[index])).isHexDigit
        {
          advance()
        }
        if index > start, index < bytes.count, bytes[index] == UInt8(ascii: ";") {
          advance()
          return
        }
      } else if starts(with: "&#") {
        advance(2)
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          advance()
        }
        if index > start, index < bytes.count, bytes[index] == UInt8(ascii: ";") {
          advance()
          return
        }
      }
      fail("a bare & or an unknown reference")
      advance()
    }

    mutating func run() {
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "<") {
          markup()
        } else if byte == UInt8(ascii: "&") {
          if stack.isEmpty { fail("a reference outside the root element") }
          reference()
        } else {
          if stack.isEmpty, !Self.isSpace(byte) { fail("text outside the root element") }
          character()
        }
      }
      if !stack.isEmpty { fail("unclosed elements at the end: \(stack.joined(separator: " > "))") }
      if roots != 1 { fail("\(roots) root elements; expected one") }
    }

    mutating func markup() {
      if starts(with: "<!--") {
        if !skip(past: "-->") { fail("an unterminated comment") }
        return
      }
      if starts(with: "<!DOCTYPE") {
        if roots > 0 || !stack.isEmpty { fail("a doctype after the root element") }
        if !skip(past: ">") { fail("an unterminated doctype") }
        return
      }
      if starts(with: "<![CDATA[") {
        if stack.isEmpty { fail("CDATA outside the root element") }
        if !skip(past: "]]>") { fail("an unterminated CDATA section") }
        return
      }
      if starts(with: "</") {
        advance(2)
        guard let tag = name() else {
          fail("a closing tag without a name")
          return
        }
        _ = skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
          fail("closing tag </\(tag) not ended by >")
          return
        }
        advance()
        if let open = stack.last, open == tag {
          stack.removeLast()
        } else {
          fail("</\(tag)> closes <\(stack.last ?? "nothing")>")
        }
        return
      }
      advance()
      guard let tag = name() else {
        fail("a < that starts no tag")
        return
      }
      var attributes: Set<String> = []
      while true {
        let spaced = skipSpace()
        guard index < bytes.count else {
          fail("the document ends inside <\(tag)>")
          return
        }
        if bytes[index] == UInt8(ascii: ">") {
          advance()
          if stack.isEmpty { roots += 1 }
          if WellFormedness.voidElements.contains(tag) {
            fail("<\(tag)> is void in HTML: write <\(tag)/>")
          }
          stack.append(tag)
          return
        }
        if starts(with: "/>") {
          advance(2)
          if stack.isEmpty { roots += 1 }
          if !WellFormedness.voidElements.contains(tag), !stack.contains("svg"), tag != "svg" {
            fail("<\(tag)/> is not an empty element in HTML: write <\(tag)></\(tag)>")
          }
          return
        }
        guard spaced, let attribute = name() else {
          fail("a malformed attribute in <\(tag)>")
          return
        }
        if !attributes.insert(attribute).inserted {
          fail("attribute \(attribute) twice in <\(tag)>")
        }
        _ = skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
          fail("attribute \(attribute) of <\(tag)> without a value")
          return
        }
        advance()
        _ = skipSpace()
        guard index < bytes.count,
          bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        else {
          fail("attribute \(attribute) of <\(tag)> not quoted")
          return
        }
        let quote = bytes[index]
        advance()
        while index < bytes.count, bytes[index] != quote {
          if bytes[index] == UInt8(ascii: "<") { fail("< in the value of \(attribute)") }
          if bytes[index] == UInt8(ascii: "&") { reference() } else { character() }
        }
        guard index < bytes.count else {
          fail("the value of \(attribute) is not closed")
          return
        }
        advance()
      }
    }
  }
}
