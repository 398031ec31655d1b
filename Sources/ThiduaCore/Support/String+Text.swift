import Foundation

extension String {
  /// The text in Unicode Normalization Form C (composed), as data values are compared.
  ///
  /// Foundation's normalization allocates and walks the text twice; most cells are already NFC
  /// (ASCII, Latin letters, Vietnamese letters as keyboards and Excel write them), so those are
  /// recognised by their scalars and returned as they are.
  var nfc: String {
    let alreadyComposed = unicodeScalars.allSatisfy { scalar in
      // Below U+0300 (Latin, Latin-1, Latin Extended-A and B, IPA) and the Latin Extended
      // Additional block (ạ, ắ, ề, ữ...) every letter is its own composed form.
      scalar.value < 0x300 || (0x1E00...0x1EFF).contains(scalar.value)
    }
    return alreadyComposed ? self : precomposedStringWithCanonicalMapping
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
