/// One CSV record as a value: what ``CSVReader/record`` returns, for tests and small files.
public struct CSVRecord: Sendable, Hashable {
  /// The line the record starts on (1-based).
  public var line: Int
  /// The values, in order.
  public var fields: [CSVField]
  /// Whether the record is an empty row between data rows.
  public var isBlank: Bool
  /// Problems of this record that did not stop the reading.
  public var problems: [Diagnostic]

  /// A record starting on `line`.
  public init(line: Int, fields: [CSVField], isBlank: Bool = false, problems: [Diagnostic] = []) {
    self.line = line
    self.fields = fields
    self.isBlank = isBlank
    self.problems = problems
  }

  /// The values' texts.
  public var texts: [String] { fields.map(\.text) }
}

/// One value of a record, with where it starts.
public struct CSVField: Sendable, Hashable {
  /// The value in NFC, quotes removed and `""` undone.
  public var text: String
  /// The line the value starts on (1-based).
  public var line: Int
  /// The column the value starts at (1-based, in Unicode scalars, counting its opening quote).
  public var column: Int

  /// A value starting at `line`:`column`.
  public init(text: String, line: Int, column: Int) {
    self.text = text
    self.line = line
    self.column = column
  }
}
