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
struct TextBuilder: ~Copyable {
  /// The text so far, in UTF-8: `count` bytes from `base`, in room for `capacity`.
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int
  /// Whether `String` pieces are checked for what a table cell cannot show as it is.
  let checksTexts: Bool
  /// The language the text is written in.
  let language: Language
  /// Whether a `String` piece needs cleaning before the text is shown in a table.
  private(set) var needsCleaning = false
  /// Texts found clean, such as a criterion's title or the `→` quoted in every reason, so they
  /// are not checked again.
  private var knownClean = TextMemo<Void>()

  /// An empty text in `language`.
  init(checksTexts: Bool = false, language: Language = .english, capacity: Int = 256) {
    self.checksTexts = checksTexts
    self.language = language
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// Calls `body` with the bytes written so far, lent for the call.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The text's bytes.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The text as a `String`.
  var text: String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  /// The bytes from `start` on, as a `String`.
  func text(from start: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: base + start, count: count - start), as: UTF8.self)
  }

  /// The last byte, if any.
  var last: UInt8? { count > 0 ? base[count - 1] : nil }

  /// Keeps the first `length` bytes.
  mutating func truncate(to length: Int) {
    count = min(count, max(0, length))
  }

  /// Hands the text so far to `sink` and starts again from empty, once it holds at least
  /// `threshold` bytes: a long output leaves in pieces instead of being held whole. Call it only
  /// where the text may be cut (at the end of a line of a table), as nothing handed over can be
  /// read or changed again.
  mutating func drain(ifAtLeast threshold: Int = 0, to sink: ByteSink) {
    guard count > 0, count >= threshold else { return }
    sink(UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  /// Makes room for `extra` more bytes. Inlined, as a reason asks it for every piece; growing
  /// is the rare case, out of line.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: extra) }
  }

  @inline(never)
  private mutating func grow(toHold extra: Int) {
    let newCapacity = max(count + extra, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends `byte`.
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends `byte` `times` times.
  mutating func append(_ byte: UInt8, times: Int) {
    guard times > 0 else { return }
    reserve(times)
    (base + count).update(repeating: byte, count: times)
    count += times
  }

  /// Appends `source` as it is.
  mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    guard let from = source.baseAddress, !source.isEmpty else { return }
    reserve(source.count)
    (base + count).update(from: from, count: source.count)
    count += source.count
  }

  /// Appends the UTF-8 of `string` as it is, unchecked.
  mutating func append(utf8Of string: String) {
    var contiguous = string
    contiguous.withUTF8 { append($0) }
  }

  /// Appends each piece in turn.
  ///
  /// One to six pieces take the overloads below: a parameter pack is not specialized to the
  /// pieces' types, so each piece of a pack is copied and written through its type's metadata,
  /// about a hundred instructions more a piece, and a reason has forty.
  mutating func write<each Piece: TextPiece>(_ pieces: repeat each Piece) {
    repeat (each pieces).write(to: &self)
  }

  mutating func write<A: TextPiece>(_ a: A) {
    a.write(to: &self)
  }

  mutating func write<A: TextPiece, B: TextPiece>(_ a: A, _ b: B) {
    a.write(to: &self)
    b.write(to: &self)
  }

  mutating func write<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C) {
    a.write(to: &self)
    b.write(to: &self)
    c.write(to: &self)
  }

  mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(
    _ a: A, _ b: B, _ c: C, _ d: D
  ) {
    a.write(to: &self)
    b.write(to: &self)
    c.write(to: &self)
    d.write(to: &self)
  }

  mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece>(
    _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
  ) {
    a.write(to: &self)
    b.write(to: &self)
    c.write(to: &self)
    d.write(to: &self)
    e.write(to: &self)
  }

  mutating func write<
    A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece
  >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F) {
    a.write(to: &self)
    b.write(to: &self)
    c.write(to: &self)
    d.write(to: &self)
    e.write(to: &self)
    f.write(to: &self)
  }

  /// Appends the UTF-8 of `string`, checking it when ``checksTexts``.
  mutating func write(_ string: String) {
    // Native strings lend their bytes without a copy of the string; others are copied first.
    if string.utf8.withContiguousStorageIfAvailable({ write(string, utf8: $0) }) == nil {
      var contiguous = string
      contiguous.withUTF8 { write(string, utf8: $0) }
    }
  }

  /// Appends `utf8`, the bytes of `string`, checking them when ``checksTexts``.
  private mutating func write(_ string: String, utf8: UnsafeBufferPointer<UInt8>) {
    if checksTexts, !needsCleaning, !TextBuilder.isPlain(utf8) { check(string) }
    append(utf8)
  }

  /// Whether every byte is printable ASCII: clean in a table whatever surrounds it.
  static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in utf8 where byte < 0x20 || byte > 0x7E { return false }
    return true
  }

  /// Starts a new cell of a table: whether it needs cleaning is decided anew.
  mutating func startCell() {
    needsCleaning = false
  }

  private mutating func check(_ string: String) {
    if knownClean[string] != nil { return }
    let (isComposed, _, hasTabsOrBreaks) = string.scan
    guard isComposed, !hasTabsOrBreaks else {
      needsCleaning = true
      return
    }
    knownClean[string] = ()
  }

  /// Appends `value` in decimal.
  mutating func write(_ value: Int) {
    // Years and most counts of households: one to four digits, written without a loop.
    if value >= 0, value < 10_000 {
      reserve(4)
      let pairs = TextBuilder.digitPairs.utf8Start
      if value < 10 {
        base[count] = UInt8(truncatingIfNeeded: 48 &+ value)
        count += 1
      } else if value < 100 {
        base[count] = pairs[2 &* value]
        base[count + 1] = pairs[2 &* value &+ 1]
        count += 2
      } else if value < 1000 {
        let low = 2 &* (value % 100)
        base[count] = UInt8(truncatingIfNeeded: 48 &+ value / 100)
        base[count + 1] = pairs[low]
        base[count + 2] = pairs[low &+ 1]
        count += 3
      } else {
        let high = 2 &* (value / 100)
        let low = 2 &* (value % 100)
        base[count] = pairs[high]
        base[count + 1] = pairs[high &+ 1]
        base[count + 2] = pairs[low]
        base[count + 3] = pairs[low &+ 1]
        count += 4
      }
      return
    }
    var magnitude = value.magnitude
    // Years and household counts: the digits counted by comparisons, not divisions.
    var digits: Int
    if magnitude < 10_000 {
      digits = magnitude < 10 ? 1 : magnitude < 100 ? 2 : magnitude < 1000 ? 3 : 4
    } else {
      digits = 5
      var probe = magnitude / 100_000
      while probe > 0 {
        probe /= 10
        digits += 1
      }
    }
    reserve(digits + 1)
    if value < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    // Two digits a step, from the right, read from a table of "00" to "99".
    var index = count + digits
    let pairs = TextBuilder.digitPairs.utf8Start
    while magnitude >= 100 {
      let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
      magnitude /= 100
      index -= 2
      base[index] = pairs[pair]
      base[index + 1] = pairs[pair + 1]
    }
    if magnitude >= 10 {
      let pair = Int(truncatingIfNeeded: magnitude) &* 2
      base[index - 2] = pairs[pair]
      base[index - 1] = pairs[pair + 1]
    } else {
      base[index - 1] = UInt8(truncatingIfNeeded: 48 &+ magnitude)
    }
    count += digits
  }

  /// "00", "01", … "99", one after the other.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

  /// Appends `value` ÷ 10^`places` with exactly `places` decimals, after a minus sign when
  /// `minus`: `217, 1` is `21.7`, `5, 2` is `0.05`. The digits are written from the right where
  /// they go, as a reason writes several such figures for every unit of the country.
  mutating func append(fixedPoint value: UInt64, places: Int, minus: Bool) {
    var digits = 1
    var probe = value / 10
    while probe > 0 {
      digits += 1
      probe /= 10
    }
    let length = (minus ? 1 : 0) + max(digits - places, 1) + (places > 0 ? places + 1 : 0)
    reserve(length)
    var index = count + length
    var rest = value
    for _ in 0..<places {
      index -= 1
      base[index] = UInt8(truncatingIfNeeded: 48 &+ rest % 10)
      rest /= 10
    }
    if places > 0 {
      index -= 1
      base[index] = UInt8(ascii: ".")
    }
    repeat {
      index -= 1
      base[index] = UInt8(truncatingIfNeeded: 48 &+ rest % 10)
      rest /= 10
    } while rest > 0
    if minus { base[index - 1] = UInt8(ascii: "-") }
    count += length
  }

  /// Appends `value` with exactly `places` decimals (``Rational/formatted(places:)``).
  mutating func write(_ value: Rational, places: Int) {
    write(value.rounded(toPlaces: places))
  }

  /// Appends a rounded value with its decimals, without its sign unless `signed`.
  mutating func write(_ value: Rational.Rounded, signed: Bool = true) {
    let start = count
    value.write(to: &self, signed: signed)
    if language == .vietnamese { useDecimalComma(from: start) }
  }

  /// Makes the decimal point written from `start` on a comma, as Vietnamese writes it (`21,9`).
  private mutating func useDecimalComma(from start: Int) {
    for index in start..<count where base[index] == UInt8(ascii: ".") {
      base[index] = UInt8(ascii: ",")
      return
    }
  }

  /// Appends the shortest exact decimal form of `value` (``Rational/decimalDescription``), such
  /// as a threshold `20` or `2.5`, with the language's decimal mark.
  mutating func write(_ value: Rational) {
    if value.denominator == 1, let whole = Int(exactly: value.numerator) {
      write(whole)
    } else {
      let start = count
      append(utf8Of: value.decimalDescription)
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
    withUTF8Buffer { text.append($0) }
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
