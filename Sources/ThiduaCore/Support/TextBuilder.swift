/// Text written as UTF-8 bytes, with the interpolation syntax of `String`:
/// `text += "\(before.poor)→\(after.poor) poor households"`.
///
/// A reason is written for every unit of the country from a dozen pieces; `String`'s own
/// interpolation and `+=` cost several hundred instructions a piece, this a few dozen: literals
/// are copied from the binary as they are, and numbers are written digit by digit.
struct TextBuilder: Sendable, ExpressibleByStringInterpolation {
  /// The text so far, in UTF-8.
  private(set) var bytes: [UInt8]

  /// An empty text.
  init() {
    bytes = []
    bytes.reserveCapacity(256)
  }

  init(stringLiteral literal: StaticString) {
    bytes = []
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  init(stringInterpolation: Interpolation) {
    bytes = stringInterpolation.bytes
  }

  /// The text as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  var isEmpty: Bool { bytes.isEmpty }

  static func += (text: inout TextBuilder, piece: TextBuilder) {
    text.bytes.append(contentsOf: piece.bytes)
  }

  /// The pieces of an interpolated literal, as they are appended.
  struct Interpolation: StringInterpolationProtocol {
    fileprivate var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      bytes.reserveCapacity(literalCapacity + interpolationCount * 8)
    }

    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func appendInterpolation(_ value: String) {
      bytes.append(utf8Of: value)
    }

    mutating func appendInterpolation(_ value: StaticString) {
      value.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func appendInterpolation(_ value: Substring) {
      bytes.append(contentsOf: value.utf8)
    }

    mutating func appendInterpolation(_ value: TextBuilder) {
      bytes.append(contentsOf: value.bytes)
    }

    mutating func appendInterpolation(_ value: Int) {
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      var magnitude = value.magnitude
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 19 digits of Int.min
      withUnsafeMutableBytes(of: &digits) { buffer in
        var index = buffer.count
        repeat {
          index -= 1
          buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
          magnitude /= 10
        } while magnitude > 0
        bytes.append(contentsOf: buffer[index...])
      }
    }

    mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      bytes.append(utf8Of: value.description)
    }
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
