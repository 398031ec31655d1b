import Foundation

extension String {
  /// The text in Unicode Normalization Form C (composed), as data values are compared.
  ///
  /// Foundation's normalization allocates and walks the text twice; most cells are already NFC
  /// (ASCII, Latin letters, Vietnamese letters as keyboards and Excel write them), so those are
  /// recognised by their scalars and returned as they are.
  var nfc: String {
    scan.isComposed ? self : precomposedStringWithCanonicalMapping
  }

  /// How many characters the text shows, counted from its UTF-8 when each of its scalars is a
  /// character of its own; otherwise (combining marks, joiners, emoji...) as `count` counts
  /// grapheme clusters, which is several times slower.
  var characterCount: Int {
    scan.simpleCount ?? count
  }

  /// What one pass over the UTF-8 tells: whether the text is NFC as it stands (every scalar
  /// ``isComposedAsItStands``), its character count when each scalar is also a character of its
  /// own, and whether it holds a tab or a line break (true when the pass stopped early).
  var scan: (isComposed: Bool, simpleCount: Int?, hasTabsOrBreaks: Bool) {
    let result = utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Int?, Bool) in
      var count = 0
      var isSimple = true
      var hasTabsOrBreaks = false
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time: the printable ASCII ones before the first other byte (all
        // eight, in most of a reason, a name or a code) are passed at once.
        if index + 8 <= bytes.count, let base = bytes.baseAddress {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          // The lowest byte flagged is the first below a space; a borrow only flags bytes after it.
          let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
          let plain = ((word & 0x8080_8080_8080_8080) | belowSpace).trailingZeroBitCount / 8
          count += plain
          index += plain
          if plain == 8 { continue }
        }
        let lead = UInt32(bytes[index])
        count += 1
        if lead < 0x80 {
          if lead == 0x09 || lead == 0x0A || lead == 0x0D { hasTabsOrBreaks = true }
          index += 1
          continue
        }
        // Vietnamese letters, decided by their first bytes alone: U+0080–U+02FF (lead bytes
        // C2–CB) and Latin Extended Additional, U+1E00–U+1EFF (E1 B8 to E1 BB).
        if lead >= 0xC2, lead <= 0xCB {
          index += 2
          continue
        }
        if lead == 0xE1, index + 1 < bytes.count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB
        {
          index += 3
          continue
        }
        let scalar: UInt32
        switch lead {
        case 0xC0..<0xE0:
          scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        case 0xE0..<0xF0:
          scalar =
            (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
          index += 3
        default:
          // Beyond the Basic Multilingual Plane: let Foundation and the standard library judge.
          return (false, nil, true)
        }
        guard String.isComposedAsItStands(scalar) else { return (false, nil, true) }
        // ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER join the character before them.
        if scalar == 0x200C || scalar == 0x200D { isSimple = false }
      }
      return (true, isSimple ? count : nil, hasTabsOrBreaks)
    }
    if let result { return result }
    var copy = self
    copy.makeContiguousUTF8()
    return copy.scan
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
