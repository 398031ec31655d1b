/// Text written as UTF-8 bytes, piece by piece, with the interpolation syntax of `String`:
/// `text += "\(before.poor)→\(after.poor) poor households"`.
///
/// A reason is written for every unit of the country from a dozen pieces. `String`'s own
/// interpolation allocates for each piece and goes through generic code for each value; here a
/// piece is built in place (``TextPiece``), literals are copied from the binary as they are and
/// numbers are written digit by digit, so a reason costs one allocation.
struct TextBuilder: Sendable {
  /// The text so far, in UTF-8.
  private(set) var bytes: [UInt8]

  /// An empty text, with room for a typical reason.
  init() {
    bytes = []
    bytes.reserveCapacity(512)
  }

  /// The text as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Appends `string` as it is: for long texts, which a piece would copy twice.
  mutating func append(_ string: String) {
    bytes.append(utf8Of: string)
  }

  static func += (text: inout TextBuilder, piece: TextPiece) {
    piece.withBytes { text.bytes.append(contentsOf: $0) }
  }
}

/// One piece of a ``TextBuilder``: a string literal, interpolated or not. Pieces of up to
/// ``TextPiece/inlineCapacity`` bytes are built without allocating.
struct TextPiece: ExpressibleByStringInterpolation {
  /// Bytes kept in place before the piece moves to an array.
  static let inlineCapacity = 128

  private var interpolation: Interpolation

  init(stringLiteral literal: StaticString) {
    interpolation = Interpolation(literalCapacity: 0, interpolationCount: 0)
    interpolation.appendLiteral(literal)
  }

  init(stringInterpolation: Interpolation) {
    interpolation = stringInterpolation
  }

  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    interpolation.withBytes(body)
  }

  /// The bytes of a piece, in place while they fit in 128 bytes.
  struct Interpolation: StringInterpolationProtocol {
    private var storage: Storage = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var count = 0
    /// The piece once it outgrows `storage`.
    private var spilled: [UInt8]?

    private typealias Storage = (
      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )

    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { write($0) }
    }

    mutating func appendInterpolation(_ value: StaticString) {
      value.withUTF8Buffer { write($0) }
    }

    mutating func appendInterpolation(_ value: String) {
      var value = value
      value.withUTF8 { write($0) }
    }

    mutating func appendInterpolation(_ value: Int) {
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
        write(UnsafeRawBufferPointer(rebasing: buffer[index...]).bindMemory(to: UInt8.self))
      }
    }

    mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      appendInterpolation(value.description)
    }

    private mutating func write(_ source: UnsafeBufferPointer<UInt8>) {
      if spilled == nil, count + source.count <= TextPiece.inlineCapacity {
        let offset = count
        withUnsafeMutableBytes(of: &storage) { buffer in
          guard let base = buffer.baseAddress, let from = source.baseAddress else { return }
          (base + offset).copyMemory(from: from, byteCount: source.count)
        }
        count += source.count
        return
      }
      if spilled == nil { spilled = withBytes { Array($0) } }
      spilled?.append(contentsOf: source)
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      if let spilled { return spilled.withUnsafeBufferPointer(body) }
      return withUnsafeBytes(of: storage) { buffer in
        body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]).bindMemory(to: UInt8.self))
      }
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
