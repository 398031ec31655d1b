/// Writes a `JSONValue` as text, deterministically.
///
/// - Object members keep their order; nothing is sorted or reordered.
/// - Strings escape `"` and `\`, write `\n`, `\r`, `\t`, `\b`, `\f` for those controls and
///   `\u00XX` for the other controls below U+0020; every other character, non-ASCII included, is
///   written as itself in UTF-8 (Vietnamese text stays readable).
/// - Integers are written with their digits; exact numbers as described on `JSONValue.number`.
public struct JSONWriter: Sendable, Hashable {
  /// How much whitespace to write.
  public enum Style: Sendable, Hashable {
    /// Two-space indentation, one member or element per line, `"key": value`.
    case pretty
    /// No whitespace at all: one line, for NDJSON.
    case compact
  }

  /// The whitespace style.
  public var style: Style

  /// A writer in `style`.
  public init(style: Style = .pretty) {
    self.style = style
  }

  /// The text of `value`, without a final newline.
  public func string(_ value: JSONValue) -> String {
    var text = TextBuilder()
    write(value, depth: 0, to: &text)
    return text.text
  }

  /// Appends `value`, nested `depth` containers deep, to `text`.
  ///
  /// Written as UTF-8 bytes, runs of plain bytes copied at once: the evaluation of the whole
  /// country is some 20 MB of JSON, which a `String` appended a scalar at a time took seconds
  /// to write.
  func write(_ value: JSONValue, depth: Int, to text: inout TextBuilder) {
    switch value {
    case .null:
      text.write("null" as StaticString)
    case .bool(let flag):
      text.write(flag ? "true" as StaticString : "false")
    case .integer(let number):
      text.write(number)
    case .number(let rational):
      if let decimal = JSONWriter.exactDecimal(rational) {
        text.append(utf8Of: decimal)
      } else {
        JSONWriter.writeString("\(rational.numerator)/\(rational.denominator)", to: &text)
      }
    case .string(let string):
      JSONWriter.writeString(string, to: &text)
    case .array(let elements):
      writeContainer(
        open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: elements.count, depth: depth,
        to: &text
      ) {
        index, text in write(elements[index], depth: depth + 1, to: &text)
      }
    case .object(let members):
      writeContainer(
        open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, depth: depth,
        to: &text
      ) {
        index, text in
        writeMember(members[index].key, depth: depth, to: &text) { text in
          write(members[index].value, depth: depth + 1, to: &text)
        }
      }
    }
  }

  /// Appends an object of `members`, nested `depth` containers deep, then one more member named
  /// `key` whose value is an array of `count` elements, each written by `element` as it comes:
  /// a long list (the units of an evaluation) is written without a value holding all of it.
  /// After each element, `text` is drained to `sink` when it holds at least `chunk` bytes.
  func write(
    _ members: [(key: String, value: JSONValue)], thenArray key: String, count: Int, depth: Int,
    to text: inout TextBuilder, sink: ByteSink, chunk: Int = 1 << 16,
    element: (Int) -> JSONValue
  ) {
    writeContainer(
      open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count + 1, depth: depth,
      to: &text
    ) {
      index, text in
      guard index == members.count else {
        writeMember(members[index].key, depth: depth, to: &text) { text in
          write(members[index].value, depth: depth + 1, to: &text)
        }
        return
      }
      writeMember(key, depth: depth, to: &text) { text in
        writeContainer(
          open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: count, depth: depth + 1,
          to: &text
        ) {
          index, text in
          write(element(index), depth: depth + 2, to: &text)
          text.drain(ifAtLeast: chunk, to: sink)
        }
      }
    }
  }

  /// `"key": ` (or `"key":` when compact), then the value `value` writes.
  private func writeMember(
    _ key: String, depth: Int, to text: inout TextBuilder, value: (inout TextBuilder) -> Void
  ) {
    JSONWriter.writeString(key, to: &text)
    text.write(style == .pretty ? ": " as StaticString : ":")
    value(&text)
  }

  /// A container of `count` elements, each written by `element`, one per line when pretty.
  private func writeContainer(
    open: UInt8, close: UInt8, count: Int, depth: Int, to text: inout TextBuilder,
    element: (Int, inout TextBuilder) -> Void
  ) {
    text.append(open)
    guard count > 0 else {
      text.append(close)
      return
    }
    for index in 0..<count {
      if index > 0 { text.append(UInt8(ascii: ",")) }
      if style == .pretty {
        text.append(UInt8(ascii: "\n"))
        text.append(UInt8(ascii: " "), times: 2 * (depth + 1))
      }
      element(index, &text)
    }
    if style == .pretty {
      text.append(UInt8(ascii: "\n"))
      text.append(UInt8(ascii: " "), times: 2 * depth)
    }
    text.append(close)
  }

  /// `string` quoted and escaped, appended to `text`: the bytes between two that need an escape
  /// are copied at once.
  static func writeString(_ string: String, to text: inout TextBuilder) {
    text.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      var runStart = 0
      for (offset, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        text.append(UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
        runStart = offset + 1
        text.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(byte)
        case UInt8(ascii: "\n"): text.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): text.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): text.append(UInt8(ascii: "t"))
        case 0x08: text.append(UInt8(ascii: "b"))
        case 0x0C: text.append(UInt8(ascii: "f"))
        default:
          text.write("u00" as StaticString)
          text.append(JSONWriter.hexDigits[Int(byte >> 4)])
          text.append(JSONWriter.hexDigits[Int(byte & 0x0F)])
        }
      }
      text.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    text.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// The exact decimal digits of `value` (`-2.5`, `0.125`, `3`), or nil when it has none (`1/3`)
  /// or they would not fit the arithmetic.
  static func exactDecimal(_ value: Rational) -> String? {
    let denominator = value.denominator.magnitude
    var rest = denominator
    while rest % 2 == 0 { rest /= 2 }
    while rest % 5 == 0 { rest /= 5 }
    guard rest == 1 else { return nil }
    let magnitude = value.numerator.magnitude
    var text = value.isNegative ? "-" : ""
    text += String(magnitude / denominator)
    var remainder = magnitude % denominator
    guard remainder != 0 else { return text }
    text += "."
    while remainder != 0 {
      let (scaled, overflow) = remainder.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      text += String(scaled / denominator)
      remainder = scaled % denominator
    }
    return text
  }
}
