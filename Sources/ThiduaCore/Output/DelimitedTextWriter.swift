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
///
/// ``excel(_:)`` makes a writer for files opened in a spreadsheet (`--excel`); see
/// ``neutralizesFormulas`` and ``writesByteOrderMark`` for why.
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
  /// Whether a field a spreadsheet would run as a formula is made text (CSV or formula injection).
  ///
  /// Excel, LibreOffice and Google Sheets treat a cell whose first character is `=`, `+`, `-` or
  /// `@` as a formula, also in a CSV file, and a formula can open links or send the sheet's
  /// contents away (`=HYPERLINK("http://…"&A1, "…")`). Unit names and reasons come from data
  /// files officers receive from others, so as OWASP's "CSV Injection" page recommends, a field
  /// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote `'` in
  /// front, which spreadsheets show as text and do not evaluate. The field is then quoted as
  /// usual, so a comma or a quote inside it cannot start a new cell (OWASP's second caution).
  ///
  /// Only the first character counts, as in OWASP's list: ` =1+1` (a leading space) is left as it
  /// is, since a cell that does not begin with one of those characters is not read as a formula.
  /// A negative number such as `-2` is prefixed too (`'-2`, shown with its quote): the writer
  /// does not tell data from formulas.
  public var neutralizesFormulas: Bool
  /// Whether the text starts with a UTF-8 byte order mark (U+FEFF).
  ///
  /// Without it Excel reads a CSV file in the machine's legacy Windows code page and garbles
  /// Vietnamese: under Windows-1252, `Xã Mẫu` shows as `XÃ£ Máº«u`.
  public var writesByteOrderMark: Bool

  /// A writer for `dialect`, ending lines with `lineEnding`; `neutralizesFormulas` and
  /// `writesByteOrderMark` as their properties say.
  public init(
    _ dialect: Dialect, lineEnding: String = "\n", neutralizesFormulas: Bool = false,
    writesByteOrderMark: Bool = false
  ) {
    self.dialect = dialect
    self.lineEnding = lineEnding
    self.neutralizesFormulas = neutralizesFormulas
    self.writesByteOrderMark = writesByteOrderMark
  }

  /// A writer for files opened in Excel (`--excel`): a byte order mark, CRLF line endings (what
  /// Excel writes and RFC 4180 names) and fields neutralised against formula injection.
  public static func excel(_ dialect: Dialect) -> DelimitedTextWriter {
    DelimitedTextWriter(
      dialect, lineEnding: "\r\n", neutralizesFormulas: true, writesByteOrderMark: true)
  }

  /// ``excel(_:)`` when `excel` is set, else a plain writer: what `--excel` chooses.
  public static func forOutput(_ dialect: Dialect, excel: Bool) -> DelimitedTextWriter {
    excel ? .excel(dialect) : DelimitedTextWriter(dialect)
  }

  /// The byte order mark, as the first character of the text.
  static let byteOrderMark = "\u{FEFF}"

  /// The header and rows as text, after the byte order mark when there is one. Rows shorter than
  /// the header are written as they are.
  public func render(header: [String], rows: [[String]]) -> String {
    var text = TextBuilder()
    writeStart(to: &text)
    write(header, to: &text)
    for row in rows { write(row, to: &text) }
    return text.text
  }

  public func line(_ fields: [String]) -> String {
    var text = TextBuilder()
    write(fields, to: &text)
    return text.text
  }

  /// Appends what comes before the first line (the byte order mark, when written).
  func writeStart(to text: inout TextBuilder) {
    if writesByteOrderMark { text.append(utf8Of: DelimitedTextWriter.byteOrderMark) }
  }

  /// Appends the line of `fields`, separators and line ending included.
  func write(_ fields: [String], to text: inout TextBuilder) {
    for (index, field) in fields.enumerated() { write(field: field, first: index == 0, to: &text) }
    endLine(&text)
  }

  /// Appends `field`, after a separator unless it is the line's first.
  func write(field: String, first: Bool, to text: inout TextBuilder) {
    var field = field
    field.withUTF8 { write(field: $0, first: first, to: &text) }
  }

  /// Appends the field whose UTF-8 is `bytes`, after a separator unless it is the line's first:
  /// quoted (CSV) or with its tabs and line breaks made spaces (TSV), and neutralized when
  /// formulas are. The bytes looked for are ASCII, so they never occur inside a multi-byte
  /// letter.
  func write(field bytes: UnsafeBufferPointer<UInt8>, first: Bool, to text: inout TextBuilder) {
    if !first { text.append(dialect == .csv ? UInt8(ascii: ",") : 0x09) }
    var neutralize = false
    if neutralizesFormulas, let first = bytes.first {
      neutralize = DelimitedTextWriter.formulaTriggers.contains(first)
    }
    switch dialect {
    case .csv:
      // Bytes, not Characters: a CRLF pair is one Character and would not equal "\n".
      let needsQuotes = bytes.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }
      if needsQuotes { text.append(0x22) }
      if neutralize { text.append(UInt8(ascii: "'")) }
      guard needsQuotes else { return text.append(bytes) }
      var runStart = 0
      for (offset, byte) in bytes.enumerated() where byte == 0x22 {
        // The quote is written twice: once at the end of the run, once here.
        text.append(UnsafeBufferPointer(rebasing: bytes[runStart...offset]))
        text.append(0x22)
        runStart = offset + 1
      }
      text.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
      text.append(0x22)
    case .tsv:
      if neutralize { text.append(UInt8(ascii: "'")) }
      guard bytes.contains(where: { $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) else {
        return text.append(bytes)
      }
      var previousWasCR = false
      for byte in bytes {
        switch byte {
        case 0x09, 0x0D: text.append(0x20)
        case 0x0A where !previousWasCR: text.append(0x20)
        case 0x0A: break
        default: text.append(byte)
        }
        previousWasCR = byte == 0x0D
      }
    }
  }

  /// Ends the line.
  func endLine(_ text: inout TextBuilder) {
    text.append(utf8Of: lineEnding)
  }

  /// The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
  /// Injection), as bytes: each is ASCII, so a field's first byte tells.
  static let formulaTriggers: [UInt8] = Array("=+-@\t\r".utf8)

  /// `field` with a single quote in front when its first character is a formula trigger.
  static func neutralized(_ field: String) -> String {
    guard let first = field.utf8.first, formulaTriggers.contains(first) else { return field }
    return "'" + field
  }

  /// A CSV field, quoted when it must be.
  static func csvField(_ field: String) -> String {
    DelimitedTextWriter(.csv).field(field)
  }

  /// A TSV field with tabs and line breaks made spaces (a CRLF pair one space).
  static func tsvField(_ field: String) -> String {
    DelimitedTextWriter(.tsv).field(field)
  }

  /// `field` as this writer writes it, first on its line.
  private func field(_ field: String) -> String {
    var text = TextBuilder()
    write(field: field, first: true, to: &text)
    return text.text
  }
}
