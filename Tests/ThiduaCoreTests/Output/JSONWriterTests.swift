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

  /// An object ending in a long array, written an element at a time and drained in chunks, is
  /// the object written whole, in both styles and for empty, single and longer arrays.
  @Test(arguments: [0, 1, 3, 40])
  func writesALongArrayAnElementAtATime(count: Int) {
    let members: [(key: String, value: JSONValue)] = [
      ("plan", .object([("id", .string("p")), ("period", .array([.integer(2021), .null]))])),
      ("year", .integer(2025)),
    ]
    let elements = (0..<count).map { index in
      JSONValue.object([
        ("code", .string("1000\(index)")),
        ("figures", .array([.number(Rational(Int128(index), 8))])),
        ("empty", .object([])),
      ])
    }
    for style in [JSONWriter.Style.pretty, .compact] {
      let writer = JSONWriter(style: style)
      var pieces: [[UInt8]] = []
      let sink: ByteSink = { pieces.append(Array($0)) }
      var text = TextBuilder()
      writer.write(
        members, thenArray: "units", count: count, depth: 0, to: &text, sink: sink, chunk: 50,
        element: { elements[$0] })
      text.drain(to: sink)
      let whole = writer.string(.object(members + [("units", .array(elements))]))
      #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
      // Drained after elements once 50 bytes were waiting.
      if count == 40 { #expect(pieces.count > 10) }
    }
  }
}
