import Testing

@testable import ThiduaCore

@Suite struct JSONParserTests {
  /// Parses `text`, failing the test (at the caller) when it is refused.
  func parse(
    _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> JSONNode? {
    do {
      return try JSONParser.parse(Array(text.utf8))
    } catch {
      Issue.record("refused: \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  /// The error `text` is refused with, as `line:column: message`.
  func refusal(_ bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func keepsKeyOrderAndPositions() throws {
    let value = try #require(parse("{\n  \"b\": 1,\n  \"a\": [true, null, \"x\"]\n}"))
    let members = try #require(value.members)
    #expect(members.map(\.key) == ["b", "a"])
    #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
    #expect(members[0].value.position == JSONPosition(line: 2, column: 8))
    #expect(members[1].value.position == JSONPosition(line: 3, column: 8))
    guard case .array(let elements) = members[1].value.kind else {
      Issue.record("not an array")
      return
    }
    #expect(elements.map(\.position.column) == [9, 15, 21])
    #expect(elements.map(\.kind) == [.bool(true), .null, .string("x")])
  }

  @Test func countsColumnsInCharactersNotBytes() throws {
    // “Bến Tre” has multi-byte letters and quotation marks; decomposed text has combining marks.
    let text = "{\"title\": \"“Bến Tre”\", \"id\": 1,\n \"xã\": \"Xã Phú Hưng\", \"n\": 2}"
    let members = try #require(parse(text)?.members)
    #expect(members[1].keyPosition == JSONPosition(line: 1, column: 24))
    #expect(members[1].value.position == JSONPosition(line: 1, column: 30))
    #expect(members[2].keyPosition == JSONPosition(line: 2, column: 2))
    #expect(members[3].value.position == JSONPosition(line: 2, column: 28))
    let decomposed = "[\"Be\u{0302}\u{0301}n\", 7]"
    guard case .array(let elements) = try #require(parse(decomposed)).kind else { return }
    #expect(elements[1].position == JSONPosition(line: 1, column: 9))
  }

  @Test func countsLinesForLFCRLFAndCR() throws {
    let members = try #require(parse("{\r\n\"a\": 1,\r\"b\": 2,\n\n  \"c\": 3}")?.members)
    #expect(
      members.map(\.keyPosition) == [
        JSONPosition(line: 2, column: 1), JSONPosition(line: 3, column: 1),
        JSONPosition(line: 5, column: 3),
      ])
  }

  @Test func keepsNumbersAsWritten() throws {
    let value = try #require(parse("[2, 2.50, -0.1, 1e3, 2.5E-1, 0]"))
    guard case .array(let elements) = value.kind else { return }
    #expect(
      elements.map(\.kind) == ["2", "2.50", "-0.1", "1e3", "2.5E-1", "0"].map { .number($0) })
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try #require(parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "\u1EBF"]"#))
    guard case .array(let elements) = value.kind else { return }
    #expect(elements[0].kind == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
    #expect(elements[1].kind == .string("é😀"))
    #expect(elements[2].kind == .string("ế"))
  }

  @Test func acceptsALeadingByteOrderMark() throws {
    let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
    #expect(value.position == JSONPosition(line: 1, column: 1))
    #expect(value.members?.first?.value.position == JSONPosition(line: 1, column: 7))
  }

  @Test(arguments: [
    ("", "1:1: expected a JSON value, found the end of the input"),
    ("  \n ", "2:2: expected a JSON value, found the end of the input"),
    ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' after object member, found character '\"'"),
    ("{\"a\": 1", "1:8: expected ',' or '}' after object member, found the end of the input"),
    ("[1 2]", "1:4: expected ',' or ']' after array element, found character '2'"),
    ("{\"a\" 1}", "1:6: expected ':' after object key, found character '1'"),
    ("{\"a\": 1,}", "1:9: trailing comma before '}'"),
    ("[1,]", "1:4: trailing comma before ']'"),
    ("{a: 1}", "1:2: expected a key in double quotes, found character 'a'"),
    ("{'a': 1}", "1:2: keys must be in double quotes (\"), not single quotes"),
    ("['a']", "1:2: strings must be in double quotes (\"), not single quotes"),
    ("{\"a\": \"x}", "1:7: unterminated string"),
    (
      "{\n  \"a\": \"x\n\"}",
      "2:8: unterminated string (the line ends before the closing quote; write a line break as \\n)"
    ),
    ("[\"a\tb\"]", "1:4: control character U+0009 must be escaped in a string"),
    (
      "[\"a\\x\"]",
      "1:4: invalid escape in string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    ),
    ("[\"\\u12\"]", "1:3: expected 4 hexadecimal digits after \\u"),
    (
      "[\"ab\\ud800\"]",
      "1:5: lone surrogate \\ud800 in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
    ),
    (
      "[\"\\ud800\\u0041\"]",
      "1:3: lone surrogate \\ud800 in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
    ),
    (
      "[\"\\udc00\"]",
      "1:3: lone surrogate \\udc00 in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
    ),
    ("[\"a\\u0000\"]", "1:4: strings must not contain NUL characters (\\u0000)"),
    ("{\"id\": 1,\n \"id\": 2}", "2:2: duplicate key `id` in this object (first at 1:2)"),
    ("[1] x", "1:5: unexpected character 'x' after the JSON value"),
    ("{} {}", "1:4: unexpected character '{' after the JSON value"),
    ("[01]", "1:2: numbers must not have leading zeros"),
    ("[-]", "1:3: expected a digit after '-', found character ']'"),
    ("[1.]", "1:4: expected a digit after '.', found character ']'"),
    ("[1e]", "1:4: expected a digit in the exponent, found character ']'"),
    ("[.5]", "1:2: expected a JSON value, found character '.'"),
    ("[+1]", "1:2: expected a JSON value, found character '+'"),
    (
      "[True]",
      "1:2: unexpected word `True`; JSON has only the literals true, false and null, and strings need double quotes"
    ),
    (
      "[NaN]",
      "1:2: unexpected word `NaN`; JSON has only the literals true, false and null, and strings need double quotes"
    ),
    (
      "[nul]",
      "1:2: unexpected word `nul`; JSON has only the literals true, false and null, and strings need double quotes"
    ),
    ("{\"a\": 1 // note\n}", "1:9: expected ',' or '}' after object member, found character '/'"),
    ("// note\n{}", "1:1: comments are not allowed in JSON"),
    (
      "{\"tỉnh\": \"Bến Tre\", \"x\": tru}",
      "1:26: unexpected word `tru`; JSON has only the literals true, false and null, and strings need double quotes"
    ),
    ("[\"Bến Tre\" 1]", "1:12: expected ',' or ']' after array element, found character '1'"),
    ("[1, “x”]", "1:5: expected a JSON value, found character '“' (U+201C)"),
  ])
  func refuses(text: String, expected: String) {
    #expect(refusal(Array(text.utf8)) == expected)
  }

  @Test(
    arguments: [
      (
        [0x5B, 0x22, 0xFF, 0x22, 0x5D],
        "1:3: invalid UTF-8 byte 0xFF in string; expected a plan saved as UTF-8"
      ),
      (
        [0x5B, 0x22, 0x61, 0xC3, 0x22, 0x5D],
        "1:4: invalid UTF-8 byte 0xC3 in string; expected a plan saved as UTF-8"
      ),
      // An overlong "/" and an encoded surrogate (U+D800).
      (
        [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],
        "1:3: invalid UTF-8 byte 0xC0 in string; expected a plan saved as UTF-8"
      ),
      (
        [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],
        "1:3: invalid UTF-8 byte 0xED in string; expected a plan saved as UTF-8"
      ),
      ([0x5B, 0x22, 0x61, 0x00, 0x22, 0x5D], "1:4: strings must not contain NUL characters"),
      ([0x5B, 0x31, 0x5D, 0x00], "1:4: unexpected control character U+0000 after the JSON value"),
      ([0x5B, 0xFF, 0x5D], "1:2: expected a JSON value, found invalid UTF-8 byte 0xFF"),
    ] as [([UInt8], String)])
  func refusesBadBytes(bytes: [UInt8], expected: String) {
    #expect(refusal(bytes) == expected)
  }

  @Test func nestingIsBoundedAt64Levels() {
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(refusal(Array(deepest.utf8)) == nil)
    let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(
      refusal(Array(tooDeep.utf8)) == "1:65: arrays and objects nest more than 64 levels deep")
    let objects = String(repeating: "{\"a\":", count: 100_000)
    #expect(
      refusal(Array(objects.utf8)) == "1:321: arrays and objects nest more than 64 levels deep")
  }

  @Test func numberLiteralsAreBounded() {
    let hundred = "[" + String(repeating: "9", count: 100) + "]"
    #expect(refusal(Array(hundred.utf8)) == nil)
    let long = "[\n 1" + String(repeating: "0", count: 399) + "]"
    #expect(refusal(Array(long.utf8)) == "2:2: number literal longer than 100 characters")
    let longFraction = "[0." + String(repeating: "5", count: 120) + "]"
    #expect(refusal(Array(longFraction.utf8)) == "1:2: number literal longer than 100 characters")
  }

  @Test func stringsAreBounded() {
    let most = "[\"" + String(repeating: "a", count: 64 * 1024) + "\"]"
    #expect(refusal(Array(most.utf8)) == nil)
    let tooLong = "[\"" + String(repeating: "ế", count: 30_000) + "\"]"
    #expect(refusal(Array(tooLong.utf8)) == "1:2: string longer than 64 KiB")
  }

  @Test func inputIsBoundedAt8MiB() {
    var bytes = Array("[\"".utf8) + [UInt8](repeating: 0x61, count: 8 * 1024 * 1024)
    bytes += Array("\"]".utf8)
    #expect(
      refusal(bytes) == "1:1: the input is 8388612 bytes, more than the 8 MiB a plan may have")
  }
}

/// The path each refusal carries, the encodings refused, and the bound on the number of values.
extension JSONParserTests {
  /// The error `text` is refused with, as `line:column: path: message`.
  func refusalWithPath(_ bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return "\(error.position): \(error.path): \(error.message)"
    }
  }

  @Test(arguments: [
    ("{} x", "1:4: $: unexpected character 'x' after the JSON value"),
    (
      "{\"a\": [1, {\"b\": \"\\ud800\"}]}",
      "1:18: a[1].b: lone surrogate \\ud800 in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
    ),
    ("{\"a\": 1, \"a\": 2}", "1:10: a: duplicate key `a` in this object (first at 1:2)"),
    (
      "{\"a\": {\"b\": 1 \"c\": 2}}",
      "1:15: a: expected ',' or '}' after object member, found character '\"'"
    ),
    ("[[1, 2], [3 4]]", "1:13: [1]: expected ',' or ']' after array element, found character '4'"),
    (
      "{\"k\\ud800\": 1}",
      "1:4: $: lone surrogate \\ud800 in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
    ),
  ])
  func refusalsCarryTheirPath(text: String, expected: String) {
    #expect(refusalWithPath(Array(text.utf8)) == expected)
  }

  @Test func longPathsAreCut() {
    let key = String(repeating: "k", count: 50)
    let text = String(repeating: "{\"\(key)\": ", count: 20) + "tru"
    let cut = String(repeating: "k", count: 40) + "…"
    let shown = Array(repeating: cut, count: 6).joined(separator: ".")
    #expect(
      refusalWithPath(Array(text.utf8))?.contains(": \(shown)…\(shown): unexpected word") == true)
  }

  @Test(
    arguments: [
      ([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "UTF-16"),
      ([0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D], "UTF-16"),
      ([0x7B, 0x00, 0x7D, 0x00], "UTF-16"),
      ([0x00, 0x7B, 0x00, 0x7D], "UTF-16"),
      ([0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00], "UTF-32"),
      ([0x7B, 0x00, 0x00, 0x00], "UTF-32"),
    ] as [([UInt8], String)])
  func wideEncodingsAreNamed(bytes: [UInt8], encoding: String) {
    #expect(
      refusalWithPath(bytes)
        == "1:1: $: the file is \(encoding), not UTF-8; expected a plan saved as UTF-8")
  }

  @Test func valuesAreBoundedAt10000() {
    let most = "[" + Array(repeating: "0", count: 9_999).joined(separator: ",") + "]"
    #expect(refusal(Array(most.utf8)) == nil)
    let tooMany = "[" + Array(repeating: "0", count: 10_000).joined(separator: ",") + "]"
    #expect(
      refusalWithPath(Array(tooMany.utf8))
        == "1:20000: [9999]: more than 10000 values (objects, arrays, strings, numbers, booleans "
        + "and nulls counted together); a plan may have at most 10000")
  }
}
