import Testing

@testable import ThiduaCore

/// A text a reason quotes again and again is checked once (``TextBuilder``'s cache of texts found
/// clean), yet whether a cell of the table needs cleaning is still decided for each cell, by
/// everything written into it.
@Suite struct KnownCleanTextTests {
  /// `pieces(row)` written into the last cell of each of `rowCount` rows, streamed and through
  /// the table's checks; and the same table with the pieces joined into whole cells, cleaned as
  /// any other cell is.
  private static func render(rowCount: Int, _ pieces: @escaping (Int) -> [String]) -> (
    streamed: String, whole: String
  ) {
    let header = ["code", "name", "reason"]
    let rows = (0..<rowCount).map { row in [String(1_000 + row), "Xã \(row)"] }
    var text = TextBuilder(checksTexts: true)
    var streamed: [UInt8] = []
    TextTable(header: header, rows: rows).render(
      into: &text, sink: { streamed += Array($0) },
      lastCell: { row, cell in
        for piece in pieces(row) { cell.write(piece) }
      })
    text.drain { streamed += Array($0) }
    let whole = TextTable(
      header: header, rows: rows.enumerated().map { row, cells in cells + [pieces(row).joined()] })
    return (String(decoding: streamed, as: UTF8.self), whole.render())
  }

  /// The UTF-8 of the reason cells of `table`, after the header and the rule.
  private static func reasons(_ table: String) -> [[UInt8]] {
    let lines = table.split(separator: "\n")
    guard let header = lines.first, let start = header.firstRange(of: "reason") else { return [] }
    let offset = header.distance(from: header.startIndex, to: start.lowerBound)
    return lines.dropFirst(2).map { Array($0.dropFirst(offset).utf8) }
  }

  @Test func aLaterPieceWithATabOrADecomposedLetterStillCleansItsCell() {
    // Long texts, stored on the heap as a criterion's title is, and short ones stored inline.
    let title = ["Xã có tỷ lệ hộ nghèo", "cuối năm 2021 dưới 5%"].joined(separator: " ")
    let figures = Array(repeating: "giảm 20,0%", count: 3).joined(separator: ", ")
    let arrow = " → "
    let tab = "Bến Tre\txã đảo"
    let decomposed = "Thu\u{309}y"
    let (streamed, whole) = Self.render(rowCount: 400) { row in
      switch row % 5 {
      case 1: [title, arrow, figures, arrow, tab, arrow, title]
      case 3: [title, arrow, decomposed, arrow, title]
      case 4: [title, arrow, "e", "\u{301}", arrow, figures]
      default: [title, arrow, figures, arrow, title]
      }
    }
    #expect(streamed == whole)
    let reasons = Self.reasons(streamed)
    #expect(reasons.count == 400)
    for (row, reason) in reasons.enumerated() {
      let expected =
        switch row % 5 {
        case 1: "\(title) → \(figures) → Bến Tre xã đảo → \(title)"
        case 3: "\(title) → Th\u{1EE7}y → \(title)"
        case 4: "\(title) → \u{E9} → \(figures)"
        default: "\(title) → \(figures) → \(title)"
        }
      #expect(reason == Array(expected.utf8), "row \(row)")
    }
  }

  @Test func aQuotedTextThatNeedsCleaningIsCleanedInEveryCell() {
    // The same String, with a tab or decomposed, quoted in every row between clean ones.
    let title = ["Xã có tỷ lệ hộ nghèo", "dưới 5%"].joined(separator: " ")
    let tabbed = ["Xã bãi ngang", "ven biển"].joined(separator: "\t")
    let decomposed = ["Xã An Thu\u{309}y", "Ba Tri"].joined(separator: ", ")
    let (streamed, whole) = Self.render(rowCount: 300) { row in
      [title, " → ", row.isMultiple(of: 2) ? tabbed : decomposed, " → ", title]
    }
    #expect(streamed == whole)
    let reasons = Self.reasons(streamed)
    #expect(reasons.count == 300)
    for (row, reason) in reasons.enumerated() {
      let middle = row.isMultiple(of: 2) ? "Xã bãi ngang ven biển" : "Xã An Th\u{1EE7}y, Ba Tri"
      #expect(reason == Array("\(title) → \(middle) → \(title)".utf8), "row \(row)")
    }
  }

  @Test func manyTextsTakingEachOthersPlacesAreEachJudgedRightly() {
    // More texts than are kept, a few needing cleaning, quoted over and over in turn.
    let texts = (0..<500).map { index in
      switch index % 50 {
      case 7: "Phường\t\(index) Thạnh Phong"
      case 31: "Xã Thu\u{309}y \(index) Bến Tre"
      default: "Xã Thạnh Phong số \(index), huyện Ba Tri"
      }
    }
    let (streamed, whole) = Self.render(rowCount: 1_000) { row in
      [texts[row % 500], " − ", texts[(row * 7 + 3) % 500], " ≥ ", texts[(row * 13) % 500]]
    }
    #expect(streamed == whole)
    #expect(!streamed.contains("\t"))
    #expect(streamed.contains("Phường 7 Thạnh Phong"))
    #expect(streamed.contains("Xã Thủy 31 Bến Tre"))
    #expect(!streamed.unicodeScalars.contains("\u{309}"))
  }
}
