/// Text written as UTF-8 bytes, piece by piece: `text.write(before.poor, "→", after.poor)`.
///
/// A reason is written for every unit of the country, straight into the output: no `String` per
/// piece or per reason, numbers written digit by digit, texts copied as they are stored.
///
/// For an aligned table (``checksTexts``) every `String` piece (a criterion's title, a unit code)
/// is checked as it is written. One holding a tab or a line break, or one that NFC would change,
/// marks the text as ``needsCleaning``; the table then cleans the whole cell as it cleans any
/// other (``TextTable/clean(_:)``), so a cell is the same however it was written.
///
/// The text is in one ``language``: whoever writes into it chooses the words by it (``Reason``),
/// and numbers with decimals are written with its decimal mark (`21.9` in English, `21,9` in
/// Vietnamese).
struct TextBuilder {
  /// The text so far, in UTF-8.
  var bytes: [UInt8]
  /// Whether `String` pieces are checked for what a table cell cannot show as it is.
  let checksTexts: Bool
  /// The language the text is written in.
  let language: Language
  /// Whether a `String` piece needs cleaning before the text is shown in a table.
  private(set) var needsCleaning = false

  /// A text that goes on from `bytes`.
  init(bytes: [UInt8] = [], checksTexts: Bool = false, language: Language = .english) {
    self.bytes = bytes
    self.checksTexts = checksTexts
    self.language = language
  }

  /// The text as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Appends each piece in turn.
  mutating func write<each Piece: TextPiece>(_ pieces: repeat each Piece) {
    repeat (each pieces).write(to: &self)
  }

  /// Long texts found clean, such as a criterion's title quoted in every reason: the same string
  /// is recognised by its storage before its bytes are compared, so it is not checked again.
  private var knownClean: [String] = []

  /// Appends the UTF-8 of `string`, checking it when ``checksTexts``.
  mutating func write(_ string: String) {
    if checksTexts, !needsCleaning { check(string) }
    bytes.append(utf8Of: string)
  }

  /// Starts a new cell of a table: whether it needs cleaning is decided anew.
  mutating func startCell() {
    needsCleaning = false
  }

  private mutating func check(_ string: String) {
    let isLong = string.utf8.count > 32
    if isLong, knownClean.contains(string) { return }
    let (isComposed, _, hasTabsOrBreaks) = string.scan
    guard isComposed, !hasTabsOrBreaks else {
      needsCleaning = true
      return
    }
    if isLong, knownClean.count < 16 { knownClean.append(string) }
  }

  /// Appends `value` in decimal.
  mutating func write(_ value: Int) {
    // The digits are written from the end of a small buffer, then copied.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for "-" and 19 digits
    withUnsafeMutableBytes(of: &digits) { buffer in
      var magnitude = value.magnitude
      var index = buffer.count
      repeat {
        index -= 1
        buffer[index] = UInt8(truncatingIfNeeded: 48 &+ magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        index -= 1
        buffer[index] = UInt8(ascii: "-")
      }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
    }
  }

  /// Appends `value` with exactly `places` decimals (``Rational/formatted(places:)``).
  mutating func write(_ value: Rational, places: Int) {
    let start = bytes.count
    value.write(places: places, to: &bytes)
    if language == .vietnamese { useDecimalComma(from: start) }
  }

  /// Makes the decimal point written from `start` on a comma, as Vietnamese writes it (`21,9`).
  private mutating func useDecimalComma(from start: Int) {
    for index in start..<bytes.count where bytes[index] == UInt8(ascii: ".") {
      bytes[index] = UInt8(ascii: ",")
      return
    }
  }

  /// Appends the shortest exact decimal form of `value` (``Rational/decimalDescription``), such
  /// as a threshold `20` or `2.5`, with the language's decimal mark.
  mutating func write(_ value: Rational) {
    if value.denominator == 1, let whole = Int(exactly: value.numerator) {
      write(whole)
    } else {
      let start = bytes.count
      bytes.append(utf8Of: value.decimalDescription)
      if language == .vietnamese { useDecimalComma(from: start) }
    }
  }

  /// Appends `items` joined by `separator`.
  mutating func write(_ items: [String], separator: StaticString) {
    for (index, item) in items.enumerated() {
      if index > 0 { write(separator) }
      write(item)
    }
  }
}

/// A piece of a ``TextBuilder``: a literal, a text or a number.
protocol TextPiece {
  func write(to text: inout TextBuilder)
}

extension String: TextPiece {
  func write(to text: inout TextBuilder) { text.write(self) }
}

extension Substring: TextPiece {
  func write(to text: inout TextBuilder) { text.write(String(self)) }
}

extension StaticString: TextPiece {
  func write(to text: inout TextBuilder) {
    withUTF8Buffer { text.bytes.append(contentsOf: $0) }
  }
}

extension Int: TextPiece {
  func write(to text: inout TextBuilder) { text.write(self) }
}

extension Rational: TextPiece {
  /// Writes the shortest exact decimal form (``decimalDescription``): a threshold such as `20`.
  func write(to text: inout TextBuilder) {
    text.write(self)
  }
}

extension [UInt8] {
  /// Appends the UTF-8 of `text`, without a copy when it is stored contiguously.
  mutating func append(utf8Of text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
      append(contentsOf: text.utf8)
    }
  }
}

extension Message: TextPiece {
  /// Writes the message in the text's language.
  func write(to text: inout TextBuilder) { text.write(self.text(in: text.language)) }
}
