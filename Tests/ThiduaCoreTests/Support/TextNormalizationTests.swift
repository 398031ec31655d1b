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
