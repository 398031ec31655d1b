import Foundation
import Testing

@testable import ThiduaCore

@Suite struct TextNormalizationTests {
  /// The blocks `nfc` passes through without normalizing, as ranges of scalars.
  static let passedThrough: [ClosedRange<UInt32>] = [
    0x00...0x2FF, 0x1E00...0x1EFF, 0x2002...0x20CF, 0x2190...0x22FF,
  ]

  @Test(arguments: passedThrough)
  func scalarsPassedThroughAreNFCAfterAnyLetter(_ range: ClosedRange<UInt32>) {
    for value in range {
      guard let scalar = Unicode.Scalar(value) else { continue }
      // Alone, after an ASCII letter and after a Vietnamese letter: NFC leaves it as it is.
      for text in [String(scalar), "a" + String(scalar), "ư" + String(scalar)] {
        #expect(text.nfc.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(
          text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(
            text.unicodeScalars), "U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }

  @Test func composesDecomposedTextAndTheScalarsLeftOut() {
    #expect(Array("Thu\u{309}y".nfc.unicodeScalars) == Array("Thủy".unicodeScalars))
    #expect(Array("≥ Thu\u{309}y →".nfc.unicodeScalars) == Array("≥ Thủy →".unicodeScalars))
    // U+2000 EN QUAD and U+212B ANGSTROM SIGN have other canonical forms.
    #expect(Array("\u{2000}".nfc.unicodeScalars) == ["\u{2002}"])
    #expect(Array("\u{212B}".nfc.unicodeScalars) == ["\u{00C5}"])
  }
}

extension TextNormalizationTests {
  @Test(arguments: passedThrough)
  func characterCountAgreesWithGraphemeClusters(_ range: ClosedRange<UInt32>) {
    for value in range {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a" + String(scalar) + "ư" + String(scalar) + "b"
      #expect(text.characterCount == text.count, "U+\(String(value, radix: 16, uppercase: true))")
    }
  }

  @Test func countsCharactersMadeOfSeveralScalars() {
    #expect("Thu\u{309}y".characterCount == 4)
    #expect("👨\u{200D}👩".characterCount == 1)
    #expect("a\u{200D}b".characterCount == "a\u{200D}b".count)
    #expect("Xã Thạnh Phong → −2.00 ≥ 2".characterCount == 26)
  }
}

extension TextNormalizationTests {
  /// What `scan` finds, worked out one scalar at a time.
  static func scannedOneByOne(_ text: String) -> (Bool, Int?, Bool) {
    var count = 0
    var isSimple = true
    var hasTabsOrBreaks = false
    for scalar in text.unicodeScalars {
      count += 1
      let value = scalar.value
      if [0x09, 0x0A, 0x0D].contains(value) { hasTabsOrBreaks = true }
      guard passedThrough.contains(where: { $0.contains(value) }) else { return (false, nil, true) }
      if value == 0x200C || value == 0x200D { isSimple = false }
    }
    return (true, isSimple ? count : nil, hasTabsOrBreaks)
  }

  /// Texts of every length, with the bytes that are not printable ASCII anywhere in a word of
  /// eight: the scan passes runs of plain bytes at once and must stop exactly at the others.
  @Test(arguments: 0..<8)
  func scanAgreesWithAScalarAtATime(seed: UInt64) {
    let pieces = [
      "a", "Z", "7", " ", "~", "\t", "\n", "\r", "\u{1F}", "\u{7F}", "ã", "Đ", "ư", "ổ", "ợ", "“",
      "→", "≥", "\u{200D}", "\u{309}", "\u{2000}", "👩", "\u{80}",
    ]
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int(generator.next() % 40) {
        // Mostly plain letters, as in names and reasons.
        let pick = Int(generator.next() % UInt64(pieces.count * 3))
        text += pick < pieces.count ? pieces[pick] : "x"
      }
      let scanned = text.scan
      let expected = Self.scannedOneByOne(text)
      #expect(
        scanned.isComposed == expected.0 && scanned.simpleCount == expected.1
          && scanned.hasTabsOrBreaks == expected.2, "\(Array(text.unicodeScalars))")
    }
  }
}
