/// Writes rows as CSV or TSV text: a header row, then one line per row.
///
/// - CSV follows RFC 4180 for fields: a field containing a comma, a double quote, CR or LF is
///   enclosed in double quotes, and its double quotes are doubled. Lines end with LF, not the CRLF
///   of the RFC, because that is what Unix tools expect; every reader of RFC 4180 accepts it.
///   Pass `lineEnding: "\r\n"` for strict RFC 4180.
/// - TSV cannot quote, so a tab, CR or LF inside a field is replaced by one space (a CRLF pair by
///   one space too). Nothing else is changed.
///
/// Every line, the last included, ends with the line ending.
public struct DelimitedTextWriter: Sendable, Hashable {
  /// The two delimited formats.
  public enum Dialect: Sendable, Hashable {
    /// Comma-separated, RFC 4180 quoting.
    case csv
    /// Tab-separated, no quoting.
    case tsv
  }

  /// Which format to write.
  public var dialect: Dialect
  /// What ends every line: LF by default.
  public var lineEnding: String

  /// A writer for `dialect`, ending lines with `lineEnding`.
  public init(_ dialect: Dialect, lineEnding: String = "\n") {
    self.dialect = dialect
    self.lineEnding = lineEnding
  }

  /// The header and rows as text. Rows shorter than the header are written as they are.
  public func render(header: [String], rows: [[String]]) -> String {
    var text = line(header)
    for row in rows { text += line(row) }
    return text
  }

  /// One row and its line ending.
  public func line(_ fields: [String]) -> String {
    switch dialect {
    case .csv:
      return fields.map(DelimitedTextWriter.csvField).joined(separator: ",") + lineEnding
    case .tsv:
      return fields.map(DelimitedTextWriter.tsvField).joined(separator: "\t") + lineEnding
    }
  }

  /// A CSV field, quoted when it must be.
  static func csvField(_ field: String) -> String {
    // Scalars, not Characters: a CRLF pair is one Character and would not equal "\n".
    let needsQuotes = field.unicodeScalars.contains { scalar in
      scalar == "," || scalar == "\"" || scalar == "\r" || scalar == "\n"
    }
    guard needsQuotes else { return field }
    var quoted = "\""
    for scalar in field.unicodeScalars {
      quoted.unicodeScalars.append(scalar)
      if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
    }
    quoted.unicodeScalars.append("\"")
    return quoted
  }

  /// A TSV field with tabs and line breaks made spaces.
  static func tsvField(_ field: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(field.unicodeScalars.count)
    var previousWasCR = false
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\t", "\r":
        result.unicodeScalars.append(" ")
      case "\n":
        if !previousWasCR { result.unicodeScalars.append(" ") }
      default:
        result.unicodeScalars.append(scalar)
      }
      previousWasCR = scalar == "\r"
    }
    return result
  }
}
