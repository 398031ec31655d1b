/// What was found out about a few texts, such as whether a table can show them as they are,
/// recognised by the bits of their `String` value: a short text's bytes themselves, or a long
/// one's storage.
///
/// The same bits are the same text, as the texts are kept here (so no storage of theirs is freed
/// and reused for another text); equal texts with other bits are merely looked at again. A text
/// the output repeats (a criterion's title in every reason, `commune` in every row) is then
/// recognised in a few instructions, where comparing it would read its bytes. Each text has one
/// slot, picked by its bits; a newer text takes the slot of an older one.
///
/// The slots are made when the first text is kept: a memo that is never used (a `TextBuilder`
/// that checks no text, made for each number formatted) costs nothing.
struct TextMemo<Value> {
  private static var slotCount: Int { 64 }

  /// A text kept, its bits, and what is known of it.
  private struct Slot {
    var text: String?
    var bits: (UInt64, UInt64)
    var value: Value?
  }

  /// No slot until the first text is kept; then ``slotCount``.
  private var slots: [Slot] = []

  /// Where a `String` is not two words (no 64-bit platform), nothing is kept.
  private static var isUsable: Bool {
    MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size
  }

  private static func bits(of string: String) -> (UInt64, UInt64) {
    unsafeBitCast(string, to: (UInt64, UInt64).self)
  }

  private static func slot(of bits: (UInt64, UInt64)) -> Int {
    let mixed = (bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 58)
  }

  /// What is known of `string`, if it is the text of a slot.
  subscript(string: String) -> Value? {
    get {
      guard TextMemo.isUsable, !slots.isEmpty else { return nil }
      let key = TextMemo.bits(of: string)
      let slot = slots[TextMemo.slot(of: key)]
      guard slot.text != nil, slot.bits == key else { return nil }
      return slot.value
    }
    set {
      guard TextMemo.isUsable, let newValue else { return }
      let key = TextMemo.bits(of: string)
      if slots.isEmpty {
        slots = Array(
          repeating: Slot(text: nil, bits: (0, 0), value: nil), count: TextMemo.slotCount)
      }
      slots[TextMemo.slot(of: key)] = Slot(text: string, bits: key, value: newValue)
    }
  }
}
