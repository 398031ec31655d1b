/// The two legacy Vietnamese encodings a CSV file that is not UTF-8 is most often in, recognised so
/// the message can name the encoding and say how to convert the file.
///
/// - Windows-1258 ("Vietnamese ANSI"): what Excel writes for "CSV (Comma delimited)" under
///   Vietnamese regional settings. Most toned letters are a base letter followed by a combining
///   tone mark (`ẫ` is `â` 0xE2 and a tilde 0xDE).
/// - TCVN3 (TCVN 5712:1993, "ABC"): the encoding of the old `.VnTime` fonts. Each toned letter is
///   one byte from 0xA1 up (`à` is 0xB5, `ộ` is 0xE9: "Hà Nội" reads "Hµ Néi" as Latin-1).
///
/// The guess decodes the bytes both ways and counts the words that read as Vietnamese (letters of
/// the Vietnamese alphabet, at most one tone mark) against those that do not; the encoding with
/// more such words wins. When neither wins, there is no guess.
public enum LegacyEncoding: Sendable, Equatable {
  case windows1258
  case tcvn3

  /// The encoding `bytes` are most likely in, or nil when neither reads as Vietnamese better.
  static func guess(_ bytes: UnsafeBufferPointer<UInt8>) -> LegacyEncoding? {
    let windows = score(bytes, table: windows1258Table)
    let tcvn = score(bytes, table: tcvn3Table)
    if windows > 0, windows > tcvn { return .windows1258 }
    if tcvn > 0, tcvn > windows { return .tcvn3 }
    return nil
  }

  /// Words with a byte above 0x7F that read as Vietnamese, minus those that do not.
  static func score(_ bytes: UnsafeBufferPointer<UInt8>, table: [UInt16]) -> Int {
    var score = 0
    var word = String.UnicodeScalarView()
    var hasLegacyByte = false
    func endWord() {
      if hasLegacyByte { score += isVietnamese(String(word)) ? 1 : -1 }
      word.removeAll(keepingCapacity: true)
      hasLegacyByte = false
    }
    for byte in bytes {
      if byte < 0x80 {
        let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        if isLetter { word.append(Unicode.Scalar(byte)) } else { endWord() }
        continue
      }
      let scalar = Unicode.Scalar(table[Int(byte) - 0x80]) ?? "\u{FFFD}"
      if scalar.properties.isWhitespace {
        endWord()
      } else {
        word.append(scalar)
        hasLegacyByte = true
      }
    }
    endWord()
    return score
  }

  /// Whether `word` is made of letters of the Vietnamese alphabet with at most one tone mark.
  static func isVietnamese(_ word: String) -> Bool {
    var tones = 0
    for character in word.precomposedStringWithCanonicalMapping {
      if character.isASCII { continue }
      guard let toned = vietnameseLetters[character] else { return false }
      if toned { tones += 1 }
    }
    return tones <= 1
  }

  /// The letters of the Vietnamese alphabet beyond ASCII, each with whether it carries a tone.
  static let vietnameseLetters: [Character: Bool] = {
    var letters: [Character: Bool] = ["đ": false, "Đ": false]
    let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
      if !base.isASCII { letters[base] = false }
      for tone in tones {
        let composed = (String(base) + String(tone)).precomposedStringWithCanonicalMapping
        if let letter = composed.first, composed.count == 1 { letters[letter] = true }
      }
    }
    return letters
  }()

  /// Windows-1258, bytes 0x80–0xFF (U+FFFD for the five bytes it leaves undefined).
  static let windows1258Table: [UInt16] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
  ]

  /// TCVN 5712:1993, bytes 0x80–0xFF. TCVN3 (ABC) uses the part from 0xA1 (the lowercase toned
  /// letters and the base letters ă â ê ô ơ ư đ in both cases); the capitals from 0x80 to 0x9F
  /// are those of the standard's VN1 form.
  static let tcvn3Table: [UInt16] = [
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
  ]
}
