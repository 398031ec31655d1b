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
    let columnCount = max(header.count, rows.map(\.count).max() ?? 0)
    let cleanHeader = TextTable.padded(header.map(TextTable.clean), to: columnCount)
    let cleanRows = rows.map { TextTable.padded($0.map(TextTable.clean), to: columnCount) }
    var widths = cleanHeader.map(\.count)
    for row in cleanRows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    let rule = cleanHeader.enumerated().map { column, title in
      String(repeating: "-", count: column == columnCount - 1 ? title.count : widths[column])
    }
    var text = ""
    for row in [cleanHeader, rule] + cleanRows {
      var line = ""
      for (column, cell) in row.enumerated() {
        if column > 0 { line += "  " }
        line += cell
        if column < columnCount - 1 {
          line += String(repeating: " ", count: widths[column] - cell.count)
        }
      }
      while line.last == " " { line.removeLast() }
      text += line + "\n"
    }
    return text
  }

  private static func padded(_ row: [String], to count: Int) -> [String] {
    row + Array(repeating: "", count: max(0, count - row.count))
  }

  /// NFC, with tabs and line breaks made single spaces.
  static func clean(_ cell: String) -> String {
    DelimitedTextWriter.tsvField(cell).precomposedStringWithCanonicalMapping
  }
}
