/// Loads the data of a run: the units file, if any, and the data file, a unit-year panel or a
/// household roster, told apart by its header.
///
/// Every bad row is reported. Without `skipInvalid`, any error stops the run with all findings
/// (`ThiduaError.invalidData`, sorted); with it, the bad rows are rejected, their units listed in
/// ``DataSet/invalidRows``, and ``DataSet/accounting`` counts rows read, used and rejected.
public struct DataLoader: Sendable {
  /// Whether bad rows are rejected (the run goes on) rather than stopping the run.
  public var skipInvalid: Bool
  /// Called now and then while a roster is read, with the bytes and rows read so far.
  public var progress: (@Sendable (_ bytesRead: Int, _ rowsRead: Int) -> Void)?

  /// A loader; `skipInvalid` is `--skip-invalid`.
  public init(skipInvalid: Bool) {
    self.skipInvalid = skipInvalid
  }

  /// Loads `dataFile` and, when given, `unitsFile` and `mergersFile`, as the user named them.
  public func load(
    dataFile: String, unitsFile: String?, mergersFile: String? = nil
  ) throws(ThiduaError) -> DataSet {
    try load(
      data: .file(dataFile), units: unitsFile.map { CSVInput.file($0) },
      mergers: mergersFile.map { CSVInput.file($0) })
  }

  /// Loads `data` and, when given, `units` and `mergers` (files, or bytes in memory for tests).
  /// The units and mergers files are reference data: a bad row in them stops the run even under
  /// `skipInvalid`.
  public func load(
    data: CSVInput, units: CSVInput?, mergers: CSVInput? = nil
  ) throws(ThiduaError) -> DataSet {
    var table: UnitsTable?
    if let units { table = try UnitsReader().read(units) }
    var mergerTable = MergerTable()
    if let mergers { mergerTable = try MergersReader(directory: table?.directory).read(mergers) }
    var dataSet: DataSet
    switch try DataForm.detect(data) {
    case .panel: dataSet = try PanelReader(directory: table?.directory).read(data)
    case .roster:
      dataSet = try RosterReader(directory: table?.directory, progress: progress).read(data)
    }
    dataSet.mergers = mergerTable
    dataSet.diagnostics = ((table?.warnings ?? []) + dataSet.diagnostics).sorted()
    if !skipInvalid, dataSet.diagnostics.contains(where: { $0.severity == .error }) {
      throw .invalidData(diagnostics: dataSet.diagnostics)
    }
    return dataSet
  }

  /// The error for a file with a header and no rows.
  static func noDataRows(header: CSVHeader) -> Diagnostic {
    .error(at: SourceLocation(file: header.file, line: header.line, column: 1), .noDataRows)
  }
}
