import Foundation

extension String {
  /// The text in Unicode Normalization Form C (composed), as data values are compared.
  ///
  /// Foundation's normalization allocates and walks the text twice; most cells are already NFC
  /// (ASCII, Latin letters, Vietnamese letters as keyboards and Excel write them), so those are
  /// recognised by their scalars and returned as they are.
  var nfc: String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return self }
    let alreadyComposed = unicodeScalars.allSatisfy { String.isComposedAsItStands($0.value) }
    return alreadyComposed ? self : precomposedStringWithCanonicalMapping
  }

  /// Whether a text made of `scalar` and other such scalars is NFC whatever surrounds it: the
  /// scalar is not a combining mark, composes with nothing before it, and has no canonical
  /// decomposition that NFC would undo. Checked for the blocks thidua's texts and Vietnamese
  /// data use; any other scalar sends the text through Foundation's normalization.
  private static func isComposedAsItStands(_ scalar: UInt32) -> Bool {
    switch scalar {
    // Latin, Latin-1, Latin Extended-A and B, IPA: every letter is its own composed form.
    case ..<0x300: true
    // Latin Extended Additional (ạ, ắ, ề, ữ...).
    case 0x1E00...0x1EFF: true
    // General Punctuation to Currency Symbols (– — “ ” … ‰ ₫), but not U+2000 and U+2001, whose
    // canonical forms are U+2002 and U+2003.
    case 0x2002...0x20CF: true
    // Arrows and Mathematical Operators (→ − ≥ ≤ ≠): their negated forms are primary composites.
    case 0x2190...0x22FF: true
    default: false
    }
  }

  /// The text without white space and line breaks at either end (any Unicode white space,
  /// U+00A0 included), without going through NSString when there is none.
  var trimmedWhitespace: String {
    guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
    // Printable ASCII at both ends: nothing to trim, and no Unicode tables to consult.
    if firstByte > 0x20, firstByte < 0x7F, lastByte > 0x20, lastByte < 0x7F { return self }
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return self }
    if !first.properties.isWhitespace, !last.properties.isWhitespace { return self }
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
