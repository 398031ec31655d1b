import Testing

@testable import ThiduaCore

@Suite struct TextTableTests {
  @Test func alignsColumnsAndLeavesTheLastUnpadded() {
    let table = TextTable(
      header: ["code", "name", "reason"],
      rows: [["1", "Xã Thạnh Phong", "long reason"], ["22", "", ""]])
    #expect(
      table.render() == """
        code  name            reason
        ----  --------------  ------
        1     Xã Thạnh Phong  long reason
        22

        """)
  }

  @Test func countsDecomposedVietnameseAsItShows() {
    // "Thủy" typed decomposed: u + combining hook above.
    let decomposed = "Thu\u{309}y"
    let table = TextTable(header: ["name", "x"], rows: [[decomposed, "1"], ["Thủy", "2"]])
    let lines = table.render().split(separator: "\n")
    #expect(lines[2] == "Thủy  1")
    #expect(lines[3] == "Thủy  2")
    #expect(Array(lines[2].dropLast().utf8) == Array(lines[3].dropLast().utf8))
  }

  @Test func replacesTabsAndLineBreaksInCells() {
    let table = TextTable(header: ["a", "b"], rows: [["x\ty", "one\ntwo"]])
    #expect(table.render() == "a    b\n---  -\nx y  one two\n")
  }

  @Test func replacesTabsAndLineBreaksInLongCells() {
    // Breaks inside runs of eight ASCII bytes, after Vietnamese and at the very end.
    let table = TextTable(
      header: ["a", "b"], rows: [["abcdefgh\tijklmnop", "Thạnh Phong\r\nBến Tre xã\n"]])
    #expect(
      table.render()
        == "a                  b\n-----------------  -\nabcdefgh ijklmnop  Thạnh Phong Bến Tre xã\n"
    )
  }

  @Test func marksGoAroundTheCellAndTakeNoRoom() {
    let table = TextTable(
      header: ["code", "status", "reason"],
      rows: [["1", "eligible", "meets"], ["22", "review", ""], ["3", "not-eligible", "x"]])
    var marked: [UInt8] = []
    table.render(into: &marked) { row, column in
      column == 1 && row != 1 ? ("<\(row)>", "</>") : nil
    }
    #expect(
      String(decoding: marked, as: UTF8.self) == """
        code  status        reason
        ----  ------------  ------
        1     <0>eligible</>      meets
        22    review
        3     <2>not-eligible</>  x

        """)
    let unmarked = String(decoding: marked, as: UTF8.self)
      .replacingOccurrences(of: "<0>", with: "").replacingOccurrences(of: "<2>", with: "")
      .replacingOccurrences(of: "</>", with: "")
    #expect(unmarked == table.render())
  }
}
