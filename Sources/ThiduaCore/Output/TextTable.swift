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
    let columnCount = max(header.count - (lastCell == nil ? 0 : 1), rows.map(\.count).max() ?? 0)
    TextTable.render(
      header: header, rowCount: rows.count, columnCount: columnCount,
      cell: { row, column in column < rows[row].count ? rows[row][column] : "" },
      into: &text, marks: marks, sink: sink, lastCell: lastCell)
  }

  /// ``render(into:marks:sink:lastCell:)`` for a table of `rowCount` rows and `columnCount`
  /// padded columns (the `lastCell` column besides) whose cells `cell(row, column)` gives: the
  /// rows of a report of the whole country are written from its units, with no table of strings
  /// made in between.
  ///
  /// Cells are measured once and written as they are; only a cell that a table cannot show as it
  /// is (``clean(_:)``) is cleaned, once to measure it and once to write it.
  static func render(
    header: [String], rowCount: Int, columnCount: Int, cell: (_ row: Int, _ column: Int) -> String,
    into text: inout TextBuilder,
    marks: ((_ row: Int, _ column: Int) -> (before: String, after: String)?)? = nil,
    sink: ByteSink? = nil,
    lastCell: ((Int, inout TextBuilder) -> Void)?
  ) {
    precondition(text.checksTexts, "a table's cells are checked for what it cannot show")
    let lineCount = columnCount + (lastCell == nil ? 0 : 1)
    let cleanHeader = TextTable.cells(header, count: lineCount)
    var widths = cleanHeader.map(\.width)
    // Each cell's width, or -1 for a cell to clean before it is written. Cells repeated down a
    // column (a level, a status) are measured once.
    var cellWidths = [Int32](repeating: 0, count: rowCount * columnCount)
    var measured = TextMemo<Int32>()
    for row in 0..<rowCount {
      for column in 0..<columnCount {
        let value = cell(row, column)
        let width: Int32
        if let plain = TextTable.plainWidth(value) {
          // Codes, levels, statuses: measured by their bytes, with no lookup (most cells of a
          // column of unique codes would only push the repeated texts out of the memo).
          width = plain
        } else if let known = measured[value] {
          width = known
        } else {
          if case (true, let count?, false) = value.scan {
            width = Int32(clamping: count)
          } else {
            width = -1
          }
          measured[value] = width
        }
        cellWidths[row * columnCount + column] = width
        let shown = width >= 0 ? Int(width) : TextTable.clean(value).characterCount
        widths[column] = max(widths[column], shown)
      }
    }
    if sink == nil { text.reserve(rowCount * (widths.reduce(0, +) + 2 * lineCount + 1)) }
    // The header and the rule of dashes under it.
    for line in [cleanHeader, ruleCells(cleanHeader, widths: widths)] {
      let lineStart = text.count
      for (column, title) in line.enumerated() {
        if column > 0 { text.append(0x20, times: 2) }
        text.append(utf8Of: title.text)
        if column < lineCount - 1 { text.append(0x20, times: widths[column] - title.width) }
      }
      trimLine(&text, from: lineStart)
    }
    for row in 0..<rowCount {
      let lineStart = text.count
      for column in 0..<columnCount {
        if column > 0 { text.append(0x20, times: 2) }
        var value = cell(row, column)
        var width = Int(cellWidths[row * columnCount + column])
        if width < 0 {
          value = TextTable.clean(value)
          width = value.characterCount
        }
        if let marks, let (before, after) = marks(row, column) {
          text.append(utf8Of: before)
          text.append(utf8Of: value)
          text.append(utf8Of: after)
        } else {
          text.append(utf8Of: value)
        }
        if column < lineCount - 1 { text.append(0x20, times: widths[column] - width) }
      }
      if let lastCell {
        text.append(0x20, times: 2)
        let cellStart = text.count
        text.startCell()
        lastCell(row, &text)
        if text.needsCleaning {
          let clean = TextTable.clean(text.text(from: cellStart))
          text.truncate(to: cellStart)
          text.append(utf8Of: clean)
        }
      }
      trimLine(&text, from: lineStart)
      if let sink { text.drain(ifAtLeast: TextTable.chunkSize, to: sink) }
    }
  }

  /// The width of `value` when every byte of it is printable ASCII (a column each), else nil.
  private static func plainWidth(_ value: String) -> Int32? {
    value.utf8.withContiguousStorageIfAvailable { utf8 in
      TextBuilder.isPlain(utf8) ? Int32(clamping: utf8.count) : nil
    } ?? nil
  }

  /// Drops the spaces that end the line started at `lineStart`, and ends it.
  private static func trimLine(_ text: inout TextBuilder, from lineStart: Int) {
    while text.count > lineStart, text.last == 0x20 { text.truncate(to: text.count - 1) }
    text.append(0x0A)
  }

  /// The rule of dashes under `header`: as wide as each column, and as its title for the last.
  private static func ruleCells(_ header: [Cell], widths: [Int]) -> [Cell] {
    header.enumerated().map { column, title in
      let width = column == header.count - 1 ? title.width : widths[column]
      return Cell(text: String(repeating: "-", count: width), width: width)
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
