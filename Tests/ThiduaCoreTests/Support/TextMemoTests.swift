import Testing

@testable import ThiduaCore

@Suite struct TextMemoTests {
  @Test func remembersAValueForTheSameString() {
    var memo = TextMemo<Int>()
    let long = String(repeating: "Cấp huyện phải giảm 20% tổng số hộ nghèo/năm ", count: 3)
    let short = "→"
    // Each is looked up before the next is kept: the slot of a long text depends on where its
    // storage is, so two texts may share a slot, the newer taking it.
    memo[long] = 1
    #expect(memo[long] == 1)
    // A copy of a string is the same string: same bytes, same storage.
    let copy = long
    #expect(memo[copy] == 1)
    memo[short] = 2
    #expect(memo[short] == 2)
    #expect(memo["something else"] == nil)
  }

  @Test func anotherTextNeverGetsAStoredValue() {
    var memo = TextMemo<Int>()
    let stored = String(repeating: "Xã Thạnh Phong ", count: 4)
    memo[stored] = 1
    memo["→"] = 2
    // Texts of the same length, long (their own storage) and short (bytes in the value).
    #expect(memo[String(repeating: "Xã Thạnh Phonh ", count: 4)] == nil)
    #expect(memo["←"] == nil)
    #expect(memo["→ "] == nil)
    #expect(memo[""] == nil)
  }

  @Test func manyTextsKeepOnlyValuesThatAreTheirOwn() {
    var memo = TextMemo<Int>()
    let texts = (0..<500).map { "đơn vị \($0) " + String(repeating: "x", count: $0 % 40) }
    for (index, text) in texts.enumerated() { memo[text] = index }
    var found = 0
    for (index, text) in texts.enumerated() {
      if let value = memo[text] {
        #expect(value == index)
        found += 1
      }
    }
    // 64 slots: the later texts took the places of earlier ones, and each kept its own value.
    #expect(found > 0 && found <= 64)
    #expect(memo[texts[499]] == 499)
  }
}
