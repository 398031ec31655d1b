import Foundation

/// Aligned columns for people: a header row, a rule of dashes, then the rows.
///
/// Cells are normalised to NFC (decomposed Vietnamese from Windows counts as many characters as
/// it shows) and widths are counted in characters. Tabs and line breaks in a cell become spaces.
/// Columns are separated by two spaces; the last column is not padded, so a long text such as a
/// reason runs on without trailing spaces.
public struct TextTable: Sendable, Hashable {
  /// The column titles.
  public var header: [String]
  /// The rows; a short row leaves its last columns empty.
  public var rows: [[String]]

  /// A table with `header` and `rows`.
  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  /// The table as text, every line ending with a newline.
  public func render() -> String {
    var text: [UInt8] = []
    render(into: &text)
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends the table to `text`, as UTF-8: a table of every commune of the country is not
  /// copied into a string of its own before it joins the rest of the output.
  ///
  /// `marks`, given a row (0 for the first row under the rule) and a column, returns text to
  /// put around that cell, or nil; marks take no room, so columns stay aligned.
  func render(
    into text: inout [UInt8],
    marks: ((_ row: Int, _ column: Int) -> (before: String, after: String)?)? = nil
  ) {
    var builder = TextBuilder(checksTexts: true)
    render(into: &builder, marks: marks, lastCell: nil)
    text += builder.bytes
  }

  /// Appends the table to `text`, which must check the texts written to it
  /// (``TextBuilder/checksTexts``), with `marks` as above. With `lastCell`, the header has one
  /// column more than the rows, and the cell of that last column is written by
  /// `lastCell(row, &cellText)` straight into the output (a reason, written once for every unit
  /// of the country): the last column is not padded, so its width is never needed.
  ///
  /// With `sink`, the text is handed to it whenever a line ends with ``chunkSize`` bytes or more
  /// held, so the table of every commune of the country is never held whole.
  func render(
    into text: inout TextBuilder,
    marks: ((_ row: Int, _ column: Int) -> (before: String, after: String)?)? = nil,
    sink: ByteSink? = nil,
    lastCell: ((Int, inout TextBuilder) -> Void)?
  ) {
    precondition(text.checksTexts, "a table's cells are checked for what it cannot show")
    let rowCount = max(header.count - (lastCell == nil ? 0 : 1), rows.map(\.count).max() ?? 0)
    let columnCount = rowCount + (lastCell == nil ? 0 : 1)
    let cleanHeader = TextTable.cells(header, count: columnCount)
    let cleanRows = rows.map { TextTable.cells($0, count: rowCount) }
    var widths = cleanHeader.map(\.width)
    for row in cleanRows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
    }
    let rule = cleanHeader.enumerated().map { column, title in
      let width = column == columnCount - 1 ? title.width : widths[column]
      return Cell(text: String(repeating: "-", count: width), width: width)
    }
    if sink == nil {
      text.reserve(
        cleanRows.reduce(0) { sum, row in sum + row.reduce(0) { $0 + $1.text.utf8.count + 2 } }
          + widths.reduce(0, +) * (cleanRows.count + 2))
    }
    for (index, row) in ([cleanHeader, rule] + cleanRows).enumerated() {
      let lineStart = text.count
      for (column, cell) in row.enumerated() {
        if column > 0 { text.append(0x20, times: 2) }
        if index >= 2, let marks, let (before, after) = marks(index - 2, column) {
          text.append(utf8Of: before)
          text.append(utf8Of: cell.text)
          text.append(utf8Of: after)
        } else {
          text.append(utf8Of: cell.text)
        }
        if column < columnCount - 1 { text.append(0x20, times: widths[column] - cell.width) }
      }
      if let lastCell, index >= 2 {
        text.append(0x20, times: 2)
        let cellStart = text.count
        text.startCell()
        lastCell(index - 2, &text)
        if text.needsCleaning {
          let clean = TextTable.clean(text.text(from: cellStart))
          text.truncate(to: cellStart)
          text.append(utf8Of: clean)
        }
      }
      while text.count > lineStart, text.last == 0x20 { text.truncate(to: text.count - 1) }
      text.append(0x0A)
      if let sink { text.drain(ifAtLeast: TextTable.chunkSize, to: sink) }
    }
  }

  /// How many bytes a streamed table holds before handing them on: enough for few writes, little
  /// enough to stay in the processor's cache.
  static let chunkSize = 1 << 16

  /// A cleaned cell and how many characters it shows.
  private struct Cell {
    var text: String
    var width: Int
  }

  private static func cells(_ row: [String], count: Int) -> [Cell] {
    var cells = row.map { text in
      // Usually one pass tells the cell is clean as it is, and its width.
      if case (true, let width?, false) = text.scan {
        return Cell(text: text, width: width)
      }
      let clean = TextTable.clean(text)
      return Cell(text: clean, width: clean.characterCount)
    }
    if cells.count < count {
      cells.append(contentsOf: repeatElement(Cell(text: "", width: 0), count: count - cells.count))
    }
    return cells
  }

  /// NFC, with tabs and line breaks made single spaces.
  static func clean(_ cell: String) -> String {
    DelimitedTextWriter.tsvField(cell).nfc
  }
}
