/// A strict RFC 8259 JSON reader that remembers where every value and key starts.
///
/// Foundation's decoder reports a coding path but no line or column; plans are written by hand, so
/// every finding must point at the place to fix.
///
/// Bounds, so that no input can crash or hang the reader:
/// - the input is at most ``maximumInputSize`` bytes (8 MiB);
/// - arrays and objects nest at most ``maximumDepth`` (64) levels deep;
/// - the document holds at most ``maximumValues`` (10,000) values, counting every object, array,
///   string, number, boolean and null (the largest shipped plan has fewer than 100);
/// - a number literal is at most ``maximumNumberLength`` (100) characters;
/// - a string is at most ``maximumStringLength`` (64 KiB) of UTF-8 once its escapes are decoded.
///
/// Refused beyond RFC 8259's grammar: duplicate keys in one object, NUL in strings (raw or
/// `\u0000`), lone surrogates (`\ud800`), invalid UTF-8, and UTF-16 or UTF-32 text (with or
/// without a byte order mark). A leading UTF-8 byte order mark is skipped.
///
/// Each error carries the JSON path of the value being read, so a message can say where in the
/// plan it is as well as at which line and column.
public enum JSONParser {
  /// The largest input read, in bytes (8 MiB).
  public static let maximumInputSize = 8 * 1024 * 1024
  /// The deepest nesting of arrays and objects (the outermost counts as 1).
  public static let maximumDepth = 64
  /// The longest number literal, in characters.
  public static let maximumNumberLength = 100
  /// The longest string, in bytes of UTF-8 after escapes are decoded (64 KiB).
  public static let maximumStringLength = 64 * 1024
  /// The most values a document may hold (objects, arrays, strings, numbers, booleans, nulls).
  public static let maximumValues = 10_000

  /// Parses `bytes` as one JSON value, or throws the first error with its position.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    guard bytes.count <= maximumInputSize else {
      throw JSONSyntaxError(
        .planInputTooLarge(bytes: bytes.count), at: JSONPosition(line: 1, column: 1), path: "$")
    }
    var scanner = Scanner(bytes: bytes)
    return try scanner.document()
  }
}

/// One step of a JSON path: a member's key or an element's index.
private enum PathComponent {
  case key(String)
  case index(Int)
}

/// The state of one parse: the bytes, where we are, and the current line for positions.
private struct Scanner {
  let bytes: [UInt8]
  var index = 0
  /// The path of the value being read.
  var path: [PathComponent] = []
  /// Values started so far.
  var valueCount = 0
  var line = 1
  /// Offset of the first byte of the current line.
  var lineStart = 0
  /// A position already computed on the current line, so columns are counted incrementally.
  var columnMark = (offset: 0, column: 1)

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  // MARK: Positions

  /// The position of the byte at `offset`, which must be on the current line.
  mutating func position(at offset: Int) -> JSONPosition {
    if offset >= columnMark.offset {
      // Marks sit at token starts, which are ASCII and follow ASCII, so character boundaries
      // agree whether counted from the line start or from the mark.
      let column = columnMark.column + characterCount(columnMark.offset, offset)
      columnMark = (offset, column)
      return JSONPosition(line: line, column: column)
    }
    return JSONPosition(line: line, column: 1 + characterCount(lineStart, offset))
  }

  /// The position of the current byte.
  mutating func here() -> JSONPosition { position(at: index) }

  /// Characters in `bytes[from..<to]`, which holds valid UTF-8.
  func characterCount(_ from: Int, _ to: Int) -> Int {
    guard from < to else { return 0 }
    let slice = bytes[from..<to]
    if slice.allSatisfy({ $0 < 0x80 }) { return to - from }
    return String(decoding: slice, as: UTF8.self).count
  }

  /// Moves to the next line, whose first byte is at `offset`.
  mutating func startLine(at offset: Int) {
    line += 1
    lineStart = offset
    columnMark = (offset, 1)
  }

  func error(_ message: Message, at position: JSONPosition) -> JSONSyntaxError {
    JSONSyntaxError(message, at: position, path: renderedPath(path))
  }

  /// `components` as plan messages write a path: `criteria[0].title`, `$` for the document. Keys
  /// longer than 40 characters are cut, and a path deeper than 12 steps keeps its first and last 6,
  /// so a hostile document cannot make a message long.
  func renderedPath(_ components: [PathComponent]) -> String {
    var shown: [PathComponent?] = components.map { $0 }
    if shown.count > 12 { shown = shown.prefix(6) + [nil] + shown.suffix(6) }
    var text = ""
    var afterGap = false
    for component in shown {
      switch component {
      case .key(let key):
        let cut = key.count > 40 ? key.prefix(40) + "…" : Substring(key)
        text += text.isEmpty || afterGap ? String(cut) : ".\(cut)"
      case .index(let index):
        text += "[\(index)]"
      case nil:
        text += "…"
      }
      afterGap = component == nil
    }
    return text.isEmpty ? "$" : text
  }

  // MARK: Document

  mutating func document() throws(JSONSyntaxError) -> JSONNode {
    if let encoding = wideEncoding() {
      throw error(.planWideEncoding(encoding), at: JSONPosition(line: 1, column: 1))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      lineStart = 3
      columnMark = (3, 1)
    }
    skipWhitespace()
    guard index < bytes.count else {
      throw error(.jsonExpected(.value, found: .endOfInput(withArticle: true)), at: here())
    }
    let value = try value(depth: 0)
    skipWhitespace()
    if index < bytes.count {
      throw error(.jsonAfterValue(describeCurrent()), at: here())
    }
    return value
  }

  /// "UTF-16" or "UTF-32" when the text starts with their byte order mark, or with the NUL bytes
  /// they put beside an ASCII character (JSON text starts with one); nil otherwise.
  func wideEncoding() -> String? {
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00])
    {
      return "UTF-32"
    }
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
    guard bytes.count >= 4 else { return nil }
    let zeros = bytes.prefix(4).map { $0 == 0 }
    if zeros == [false, true, true, true] || zeros == [true, true, true, false] {
      return "UTF-32"
    }
    if zeros[0] != zeros[1], zeros[0] == zeros[2], zeros[1] == zeros[3] { return "UTF-16" }
    return nil
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09:
        index += 1
      case 0x0A:
        index += 1
        startLine(at: index)
      case 0x0D:
        index += 1
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        startLine(at: index)
      default:
        return
      }
    }
  }

  /// What the current byte is: "character 'x'", "end of the input", as data for messages.
  func describeCurrent() -> Message.JSONFound {
    guard index < bytes.count else { return .endOfInput(withArticle: false) }
    let byte = bytes[index]
    if byte < 0x20 || byte == 0x7F { return .controlCharacter(byte) }
    if byte < 0x80 { return .character(Character(Unicode.Scalar(byte))) }
    if let (scalar, _) = decodeScalar(at: index) { return .scalar(scalar) }
    return .invalidByte(byte)
  }

  // MARK: Values

  mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    skipWhitespace()
    let start = here()
    guard index < bytes.count else {
      throw error(.jsonExpected(.value, found: .endOfInput(withArticle: true)), at: start)
    }
    valueCount += 1
    if valueCount > JSONParser.maximumValues {
      throw error(.jsonTooManyValues, at: start)
    }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      return try object(depth: depth + 1)
    case UInt8(ascii: "["):
      return try array(depth: depth + 1)
    case UInt8(ascii: "\""):
      return JSONNode(.string(try string()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try number()), at: start)
    case UInt8(ascii: "'"):
      throw error(.jsonSingleQuotes(inKey: false), at: start)
    case UInt8(ascii: "/"):
      throw error(.jsonComment, at: start)
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return JSONNode(try literal(), at: start)
    default:
      throw error(.jsonExpected(.value, found: describeCurrent()), at: start)
    }
  }

  mutating func literal() throws(JSONSyntaxError) -> JSONNode.Kind {
    let start = index
    let position = here()
    while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
    let word = String(decoding: bytes[start..<index], as: UTF8.self)
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default:
      throw error(.jsonUnexpectedWord(word), at: position)
    }
  }

  func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  mutating func checkDepth(_ depth: Int, at position: JSONPosition) throws(JSONSyntaxError) {
    if depth > JSONParser.maximumDepth {
      throw error(.jsonTooDeep, at: position)
    }
  }

  mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    let start = here()
    try checkDepth(depth, at: start)
    index += 1  // {
    var members: [JSONMember] = []
    var seen: [String: JSONPosition] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return JSONNode(.object([]), at: start)
    }
    while true {
      skipWhitespace()
      let keyPosition = here()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        if index < bytes.count, bytes[index] == UInt8(ascii: "}"), !members.isEmpty {
          throw error(.jsonTrailingComma(before: "}"), at: keyPosition)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
          throw error(.jsonSingleQuotes(inKey: true), at: keyPosition)
        }
        throw error(.jsonExpected(.key, found: describeCurrent()), at: keyPosition)
      }
      let key = try string()
      path.append(.key(key))
      if let first = seen[key] {
        throw error(.jsonDuplicateKey(key, first: first.description), at: keyPosition)
      }
      seen[key] = keyPosition
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error(.jsonExpected(.colon, found: describeCurrent()), at: here())
      }
      index += 1
      let value = try value(depth: depth)
      path.removeLast()
      members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      guard index < bytes.count else {
        throw error(
          .jsonExpected(.commaOrBrace, found: .endOfInput(withArticle: true)), at: here())
      }
      switch bytes[index] {
      case UInt8(ascii: ","):
        index += 1
      case UInt8(ascii: "}"):
        index += 1
        return JSONNode(.object(members), at: start)
      default:
        throw error(.jsonExpected(.commaOrBrace, found: describeCurrent()), at: here())
      }
    }
  }

  mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    let start = here()
    try checkDepth(depth, at: start)
    index += 1  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return JSONNode(.array([]), at: start)
    }
    while true {
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]"), !elements.isEmpty {
        throw error(.jsonTrailingComma(before: "]"), at: here())
      }
      path.append(.index(elements.count))
      elements.append(try value(depth: depth))
      path.removeLast()
      skipWhitespace()
      guard index < bytes.count else {
        throw error(
          .jsonExpected(.commaOrBracket, found: .endOfInput(withArticle: true)), at: here())
      }
      switch bytes[index] {
      case UInt8(ascii: ","):
        index += 1
      case UInt8(ascii: "]"):
        index += 1
        return JSONNode(.array(elements), at: start)
      default:
        throw error(.jsonExpected(.commaOrBracket, found: describeCurrent()), at: here())
      }
    }
  }

  // MARK: Numbers

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, returned as written.
  mutating func number() throws(JSONSyntaxError) -> String {
    let start = index
    let position = here()
    func isDigit(_ offset: Int) -> Bool {
      offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
    }
    func checkLength() throws(JSONSyntaxError) {
      if index - start > JSONParser.maximumNumberLength {
        throw JSONSyntaxError(.jsonNumberTooLong, at: position, path: renderedPath(path))
      }
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard isDigit(index) else {
      throw error(.jsonDigitExpected(.afterMinus, found: describeCurrent()), at: here())
    }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) {
        throw error(.jsonLeadingZeros, at: position)
      }
    } else {
      while isDigit(index) {
        index += 1
        try checkLength()
      }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard isDigit(index) else {
        throw error(.jsonDigitExpected(.afterPoint, found: describeCurrent()), at: here())
      }
      while isDigit(index) {
        index += 1
        try checkLength()
      }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard isDigit(index) else {
        throw error(.jsonDigitExpected(.inExponent, found: describeCurrent()), at: here())
      }
      while isDigit(index) {
        index += 1
        try checkLength()
      }
    }
    try checkLength()
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  // MARK: Strings

  /// A string starting at the current `"`, escapes decoded, UTF-8 checked.
  mutating func string() throws(JSONSyntaxError) -> String {
    let position = here()
    index += 1  // "
    var utf8: [UInt8] = []
    while true {
      guard index < bytes.count else {
        throw error(.jsonUnterminatedString(lineEnds: false), at: position)
      }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try escape(into: &utf8)
      case 0x00:
        throw error(.jsonNUL(escaped: false), at: here())
      case 0x0A, 0x0D:
        throw error(.jsonUnterminatedString(lineEnds: true), at: position)
      case 0x01..<0x20:
        throw error(.jsonUnescapedControl(byte), at: here())
      case 0x20..<0x80:
        utf8.append(byte)
        index += 1
      default:
        guard let (_, length) = decodeScalar(at: index) else {
          throw error(.jsonInvalidUTF8(byte), at: here())
        }
        utf8.append(contentsOf: bytes[index..<index + length])
        index += length
      }
      if utf8.count > JSONParser.maximumStringLength {
        throw error(.jsonStringTooLong, at: position)
      }
    }
  }

  /// Decodes the escape at the current backslash. Positions are computed only for errors, so the
  /// incremental column count stays anchored at token starts.
  mutating func escape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
    let start = index
    index += 1  // backslash
    guard index < bytes.count else {
      throw error(.jsonUnterminatedString(lineEnds: false), at: position(at: start))
    }
    let simple: UInt8?
    switch bytes[index] {
    case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
    case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
    case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      throw error(.jsonInvalidEscape, at: position(at: start))
    }
    if let simple {
      utf8.append(simple)
      index += 1
      return
    }
    index += 1  // u
    let first = try hexQuad(escapeAt: start)
    var scalarValue = first
    if (0xD800...0xDBFF).contains(first) {
      // A high surrogate must be followed at once by an escaped low one.
      let next = index
      let isPair =
        next + 1 < bytes.count && bytes[next] == UInt8(ascii: "\\")
        && bytes[next + 1] == UInt8(ascii: "u")
      guard isPair else { throw loneSurrogate(first, at: position(at: start)) }
      index += 2
      let second = try hexQuad(escapeAt: next)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw loneSurrogate(first, at: position(at: start))
      }
      scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(first) {
      throw loneSurrogate(first, at: position(at: start))
    }
    guard scalarValue != 0 else {
      throw error(.jsonNUL(escaped: true), at: position(at: start))
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw error(.jsonInvalidUnicodeEscape, at: position(at: start))
    }
    utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  func loneSurrogate(_ value: UInt32, at position: JSONPosition) -> JSONSyntaxError {
    error(.jsonLoneSurrogate(value), at: position)
  }

  mutating func hexQuad(escapeAt start: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = hexValue(bytes[index]) else {
        throw error(.jsonHexDigitsExpected, at: position(at: start))
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// The scalar encoded at `offset` and its length in bytes, or nil for invalid UTF-8
  /// (overlong forms, surrogates, values above U+10FFFF, bad or missing continuation bytes).
  func decodeScalar(at offset: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[offset]
    let length: Int
    var value: UInt32
    var lowest: UInt32
    switch lead {
    case 0x00..<0x80:
      return Unicode.Scalar(UInt32(lead)).map { ($0, 1) }
    case 0xC2...0xDF:
      (length, value, lowest) = (2, UInt32(lead & 0x1F), 0x80)
    case 0xE0...0xEF:
      (length, value, lowest) = (3, UInt32(lead & 0x0F), 0x800)
    case 0xF0...0xF4:
      (length, value, lowest) = (4, UInt32(lead & 0x07), 0x10000)
    default:
      return nil
    }
    guard offset + length <= bytes.count else { return nil }
    for continuation in bytes[offset + 1..<offset + length] {
      guard continuation & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(continuation & 0x3F)
    }
    guard value >= lowest, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
