import Foundation
import Testing

@testable import ThiduaCore

@Suite struct JSONWriterTests {
  @Test(arguments: [
    ("plain", #""plain""#), ("q\"b\\", #""q\"b\\""#), ("\n\r\t", #""\n\r\t""#),
    ("\u{08}\u{0C}", #""\b\f""#), ("\u{00}\u{1F}", #""\u0000\u001f""#), ("\u{7F}", "\"\u{7F}\""),
    ("Bến Tre “666”", "\"Bến Tre “666”\""), ("/", #""/""#), ("😀", "\"😀\""),
  ])
  func escapesStrings(text: String, expected: String) {
    #expect(JSONWriter(style: .compact).string(.string(text)) == expected)
  }

  @Test(arguments: [
    (Rational(2), "2"), (Rational(5, 2), "2.5"), (Rational(1, 8), "0.125"),
    (Rational(-1, 20), "-0.05"),
    (Rational(0), "0"), (Rational(-7), "-7"), (Rational(1, 3), #""1/3""#),
    (Rational(-2, 3), #""-2/3""#),
    (Rational(1, 1024), "0.0009765625"),
  ])
  func writesExactNumbers(value: Rational, expected: String) {
    #expect(JSONWriter(style: .compact).string(.number(value)) == expected)
  }

  @Test func keepsMemberOrderAndWritesBothStyles() {
    let value = JSONValue.object([
      ("z", .integer(-3)), ("a", .array([.bool(true), .null, .array([])])), ("m", .object([])),
    ])
    #expect(JSONWriter(style: .compact).string(value) == #"{"z":-3,"a":[true,null,[]],"m":{}}"#)
    #expect(
      JSONWriter(style: .pretty).string(value) == """
        {
          "z": -3,
          "a": [
            true,
            null,
            []
          ],
          "m": {}
        }
        """)
  }

  @Test func outputIsValidJSON() throws {
    let text = "every control: " + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
    let written = JSONWriter().string(.array([.string(text), .number(Rational(3, 4))]))
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [Any])
    #expect(parsed.first as? String == text)
  }
}

extension JSONWriterTests {
  /// The escaping as JSON describes it, a scalar at a time: what the writer must produce.
  static func escapedOneByOne(_ text: String) -> String {
    var output = "\""
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
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  /// Strings with characters to escape at the start, the end and between plain runs of any
  /// length, Vietnamese and emoji included.
  @Test(arguments: 0..<4)
  func escapesEveryCharacterWhereverItIs(seed: UInt64) {
    let pieces = [
      "a", "Bến", " ", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "😀",
      "“", "\u{7F}",
    ]
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<300 {
      let text = (0..<Int(generator.next() % 12)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      #expect(JSONWriter(style: .compact).string(.string(text)) == Self.escapedOneByOne(text))
    }
  }

  /// The layout of a container as JSON pretty-prints it, written here without the emitter: one
  /// element per line, indented two spaces a level, `[]` and `{}` when empty.
  static func reference(_ value: JSONValue, pretty: Bool, depth: Int = 0) -> String {
    func container(_ open: String, _ close: String, _ elements: [String]) -> String {
      guard !elements.isEmpty else { return open + close }
      let inner = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
      let outer = pretty ? "\n" + String(repeating: "  ", count: depth) : ""
      return open + elements.map { inner + $0 }.joined(separator: ",") + outer + close
    }
    switch value {
    case .array(let elements):
      return container(
        "[", "]", elements.map { reference($0, pretty: pretty, depth: depth + 1) })
    case .object(let members):
      return container(
        "{", "}",
        members.map {
          escapedOneByOne($0.key) + (pretty ? ": " : ":")
            + reference($0.value, pretty: pretty, depth: depth + 1)
        })
    case .string(let text): return escapedOneByOne(text)
    default: return JSONWriter(style: .compact).string(value)
    }
  }

  /// A seeded tree of arrays and objects, empty or not, down to `depth` levels.
  static func tree(_ generator: inout SeededGenerator, depth: Int) -> JSONValue {
    let pick = depth == 0 ? generator.next() % 4 : generator.next() % 6
    switch pick {
    case 0: return .null
    case 1: return .integer(Int(generator.next() % 2000) - 1000)
    case 2: return .string(["", "a\"b", "Bến Tre", "x\ny"][Int(generator.next() % 4)])
    case 3: return .number(Rational(Int128(generator.next() % 9), Int128(1 + generator.next() % 4)))
    case 4:
      return .array(
        (0..<Int(generator.next() % 4)).map { _ in tree(&generator, depth: depth - 1) })
    default:
      return .object(
        (0..<Int(generator.next() % 4)).map { index in
          ("k\(index)", tree(&generator, depth: depth - 1))
        })
    }
  }

  /// Commas, line breaks and indentation come out as the reference lays them out, in both
  /// styles, for trees of every shape.
  @Test(arguments: 0..<4)
  func laysOutContainersAsTheReferenceDoes(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<200 {
      let value = Self.tree(&generator, depth: 4)
      #expect(JSONWriter(style: .pretty).string(value) == Self.reference(value, pretty: true))
      #expect(JSONWriter(style: .compact).string(value) == Self.reference(value, pretty: false))
    }
  }
}
