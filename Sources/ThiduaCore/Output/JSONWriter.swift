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
    var json = JSONEmitter(style: style)
    json.value(value)
    return json.text.text
  }

  /// `string` quoted and escaped, appended to `text`.
  static func writeString(_ string: String, to text: inout TextBuilder) {
    var string = string
    string.withUTF8 { writeString(utf8: $0, to: &text) }
  }

  /// The string whose UTF-8 is `bytes`, quoted and escaped, appended to `text`: the bytes between
  /// two that need an escape are copied at once.
  static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to text: inout TextBuilder) {
    text.append(UInt8(ascii: "\""))
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
