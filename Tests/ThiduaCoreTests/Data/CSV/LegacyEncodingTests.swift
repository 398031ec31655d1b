import Testing

@testable import ThiduaCore

/// Telling Windows-1258 from TCVN3 in a file that is not UTF-8. The bytes are those `iconv`
/// writes for the text in the comment (CP1258 and TCVN5712-1).
@Suite struct LegacyEncodingTests {
  func guess(_ bytes: [UInt8]) -> LegacyEncoding? {
    bytes.withUnsafeBufferPointer { LegacyEncoding.guess($0) }
  }

  /// "Xã Mẫu, Hà Nội, Việt Nam" in Windows-1258: tones as combining marks after the vowel.
  static let windows1258: [UInt8] =
    [0x58, 0x61, 0xDE, 0x20, 0x4D, 0xE2, 0xDE, 0x75, 0x2C, 0x20, 0x48, 0xE0, 0x20, 0x4E, 0xF4]
    + [0xF2, 0x69, 0x2C, 0x20, 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D]

  /// The same text in TCVN3: one byte per toned letter ("Xã Mẫu, Hµ Néi, ViÖt Nam" as Latin-1).
  static let tcvn3: [UInt8] =
    [0x58, 0xB7, 0x20, 0x4D, 0xC9, 0x75, 0x2C, 0x20, 0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x2C]
    + [0x20, 0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D]

  @Test func recognisesWindows1258() {
    #expect(guess(Self.windows1258) == .windows1258)
  }

  @Test func recognisesTCVN3() {
    #expect(guess(Self.tcvn3) == .tcvn3)
  }

  @Test(
    arguments: [
      [0xFF, 0xFE],  // binary
      [0x43, 0x61, 0x66, 0xE9],  // "Café" in Latin-1: é in Windows-1258, ộ in TCVN3
      [0x31, 0xA0, 0x30, 0x30, 0x30],  // "1 000" with a Latin-1 no-break space: no letters
      Array("Xã Mẫu".utf8) + [0xFF],  // UTF-8 with one stray byte
      Array("unit_code,year".utf8),
    ] as [[UInt8]])
  func makesNoGuessWithoutVietnameseWords(bytes: [UInt8]) {
    #expect(guess(bytes) == nil)
  }

  @Test func knowsTheLettersOfTheVietnameseAlphabet() {
    #expect(LegacyEncoding.isVietnamese("Nguyễn"))
    #expect(LegacyEncoding.isVietnamese("đường"))
    #expect(!LegacyEncoding.isVietnamese("Mõịu"))  // two tones in one word
    #expect(!LegacyEncoding.isVietnamese("Hµ"))
    #expect(!LegacyEncoding.isVietnamese("ViÖt"))
  }

  @Test func aFileInWindows1258IsNamedAtItsFirstBadByte() throws {
    let bytes =
      Array("unit_code,unit_name\n90101,\"Đình \"\"A\"\"\",".utf8) + [0x0A]
      + Array("90102,\"".utf8) + Self.windows1258 + Array("\"\n".utf8)
    let read = try records(bytes)
    #expect(
      read[2].problems == [
        .error(
          at: ThiduaCore.SourceLocation(file: "t.csv", line: 3, column: 10),
          "the file looks like Windows-1258 (Vietnamese ANSI), not UTF-8 (byte 0xDE here); "
            + "expected UTF-8 text: save the file from Excel as \"CSV UTF-8 (Comma delimited)\"")
      ])
  }

  @Test func theColumnOfABadByteCountsDoubledQuotesAndLineBreaks() throws {
    // `"a""b` then a line break, then `c` and the byte: line 3, after `c`.
    let bytes = Array("x\n\"a\"\"b\r\nc".utf8) + [0xFF] + Array("\"\n".utf8)
    let read = try records(bytes)
    #expect(
      read[1].problems.map(\.location) == [
        ThiduaCore.SourceLocation(file: "t.csv", line: 3, column: 2)
      ])
  }

  @Test func aUTF16FileIsRefusedAtTheStart() {
    let message =
      "the file is UTF-16 (as Excel saves \"Unicode Text\"), not UTF-8; expected UTF-8 text: "
      + "save the file from Excel as \"CSV UTF-8 (Comma delimited)\""
    for bom in [[0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]] {
      #expect(
        throws: ThiduaError.invalidData(diagnostics: [
          .error(at: ThiduaCore.SourceLocation(file: "t.csv", line: 1, column: 1), message)
        ])
      ) { try records(bom + [0x61, 0x00, 0x0A, 0x00]) }
    }
  }
}
