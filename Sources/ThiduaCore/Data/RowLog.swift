/// What happened to the data rows of one file: the findings, the units whose rows were rejected,
/// and the counts (read = used + rejected).
struct RowLog {
  var diagnostics: [Diagnostic] = []
  var invalidRows: [String: [Diagnostic]] = [:]
  var accounting = RowAccounting()

  /// A row that went into the data.
  mutating func use() {
    accounting.read += 1
    accounting.used += 1
  }

  /// A row that was rejected for `found`; its unit (when it names one) becomes invalid.
  mutating func reject(_ found: [Diagnostic], code: String) {
    accounting.read += 1
    accounting.rejected += 1
    record(found, code: code)
  }

  /// Findings against a unit whose row was already counted.
  mutating func record(_ found: [Diagnostic], code: String) {
    let found = RowLog.firstPerField(found)
    diagnostics += found
    if !code.isEmpty { invalidRows[code, default: []] += found }
  }

  /// The first finding at each field: a cell whose bytes are not UTF-8 is reported as that, not
  /// also as "not a number". The reader's own problems come first in a row's findings.
  static func firstPerField(_ found: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<SourceLocation>()
    return found.filter { seen.insert($0.location).inserted }
  }

  /// The first finding at each field of the reader's current row, counting a problem inside a
  /// value (a byte that is not UTF-8, reported where the byte is) as a finding at the value.
  static func firstPerField(_ found: [Diagnostic], reader: CSVReader) -> [Diagnostic] {
    var seen = Set<SourceLocation>()
    return found.filter { finding in
      seen.insert(reader.valueStart(ofProblemAt: finding.location) ?? finding.location).inserted
    }
  }

  /// A finding that rejects nothing.
  mutating func warn(_ warning: Diagnostic) {
    diagnostics.append(warning)
  }

  /// Whether any finding is an error.
  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The findings every row starts with: an empty row between data rows, or else the reader's
  /// own problems with the row (bytes that are not UTF-8, stray quotes), values in columns the
  /// header leaves unnamed, and values beyond the header's columns. Every reader starts each row
  /// here, so all files are held to the same rules.
  static func firstFindings(reader: CSVReader, header: CSVHeader) -> [Diagnostic] {
    if reader.isBlank { return [blankRow(file: reader.file, line: reader.lineNumber)] }
    var found = reader.problems
    for index in header.unnamedColumns where index < reader.fieldCount {
      let empty = reader.withBytes(ofField: index) { CellValue.trimmed($0).isEmpty }
      if !empty { found.append(unnamedColumn(index, at: reader.location(ofField: index))) }
    }
    if let extra = extraValues(reader: reader, header: header) { found.append(extra) }
    return found
  }

  /// The message for a value in a column whose header cell is empty. Excel leaves such columns
  /// behind (a note typed beside the table); entirely empty ones are ignored.
  static func unnamedColumn(_ index: Int, at location: SourceLocation) -> Diagnostic {
    .error(at: location, .unnamedColumn(index: index))
  }

  /// The spreadsheet name of the 0-based column `index`: A … Z, AA, AB, …
  static func spreadsheetColumn(_ index: Int) -> String {
    Message.spreadsheetColumn(index)
  }

  /// The message for an empty code cell of `column`: merged cells in a spreadsheet keep their
  /// value in the first row only, so the rows below them arrive with the code empty.
  static func emptyCode(_ column: String, isHousehold: Bool = false) -> Message {
    .emptyCode(column: column, isHousehold: isHousehold)
  }

  /// The message for an empty row between data rows.
  static func blankRow(file: String, line: Int) -> Diagnostic {
    .error(at: SourceLocation(file: file, line: line, column: 1), .blankRow)
  }

  /// The message for a row with more non-empty values than the header has columns.
  static func extraValues(reader: CSVReader, header: CSVHeader) -> Diagnostic? {
    guard reader.fieldCount > header.names.count else { return nil }
    for index in header.names.count..<reader.fieldCount {
      let empty = reader.withBytes(ofField: index) { CellValue.trimmed($0).isEmpty }
      if !empty {
        return .error(
          at: reader.location(ofField: index),
          .extraValues(values: reader.fieldCount, columns: header.names.count))
      }
    }
    return nil
  }
}
