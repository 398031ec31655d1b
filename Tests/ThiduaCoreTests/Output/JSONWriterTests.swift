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
