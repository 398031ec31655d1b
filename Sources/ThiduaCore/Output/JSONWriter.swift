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
    var output = ""
    write(value, depth: 0, into: &output)
    return output
  }

  private func write(_ value: JSONValue, depth: Int, into output: inout String) {
    switch value {
    case .null:
      output += "null"
    case .bool(let flag):
      output += flag ? "true" : "false"
    case .integer(let number):
      output += String(number)
    case .number(let rational):
      if let decimal = JSONWriter.exactDecimal(rational) {
        output += decimal
      } else {
        JSONWriter.writeString("\(rational.numerator)/\(rational.denominator)", into: &output)
      }
    case .string(let text):
      JSONWriter.writeString(text, into: &output)
    case .array(let elements):
      writeContainer(open: "[", close: "]", elements, depth: depth, into: &output) {
        element, output in write(element, depth: depth + 1, into: &output)
      }
    case .object(let members):
      writeContainer(open: "{", close: "}", members, depth: depth, into: &output) {
        member, output in
        JSONWriter.writeString(member.key, into: &output)
        output += style == .pretty ? ": " : ":"
        write(member.value, depth: depth + 1, into: &output)
      }
    }
  }

  private func writeContainer<Element>(
    open: String, close: String, _ elements: [Element], depth: Int, into output: inout String,
    writeElement: (Element, inout String) -> Void
  ) {
    output += open
    guard !elements.isEmpty else {
      output += close
      return
    }
    let innerIndent = String(repeating: "  ", count: depth + 1)
    for (index, element) in elements.enumerated() {
      if index > 0 { output += "," }
      if style == .pretty { output += "\n" + innerIndent }
      writeElement(element, &output)
    }
    if style == .pretty { output += "\n" + String(repeating: "  ", count: depth) }
    output += close
  }

  static func writeString(_ text: String, into output: inout String) {
    output.unicodeScalars.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output.unicodeScalars.append("\"")
  }

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
