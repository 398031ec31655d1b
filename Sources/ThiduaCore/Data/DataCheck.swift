/// What `thidua check-data` finds: the units, mergers and data files checked on their own and
/// against each other, before an evaluation depends on them.
public struct DataCheck: Sendable {
  /// One line per file that passed: `units.csv: ok (21 units)`.
  public var summaries: [Message]
  /// Findings that do not make a file invalid (a parent code not in the units file, a merger that
  /// takes effect outside the data's years).
  public var warnings: [Diagnostic]

  /// Checks the files given. Every error of every file is reported together in one
  /// `ThiduaError.invalidData`; the data file is read only when the reference files are valid.
  ///
  /// The mergers file is checked against the units file (both codes must be listed there), for
  /// cycles, and for a unit merged into two successors; with a data file, for effective dates
  /// outside the data's years.
  public static func run(
    unitsFile: String?, mergersFile: String?, dataFile: String?
  ) throws(ThiduaError) -> DataCheck {
    try run(
      units: unitsFile.map { CSVInput.file($0) }, mergers: mergersFile.map { CSVInput.file($0) },
      data: dataFile.map { CSVInput.file($0) })
  }

  /// ``run(unitsFile:mergersFile:dataFile:)`` for inputs that may be other than files (standard
  /// input read by the executable, bytes in tests); messages name each by its `name`.
  public static func run(
    units unitsInput: CSVInput?, mergers mergersInput: CSVInput?, data dataInput: CSVInput?
  ) throws(ThiduaError) -> DataCheck {
    var check = DataCheck(summaries: [], warnings: [])
    var errors: [Diagnostic] = []
    var units: UnitsTable?
    if let unitsInput {
      do throws(ThiduaError) {
        let table = try UnitsReader().read(unitsInput)
        check.warnings += table.warnings
        check.summaries.append(.unitsFileOK(file: unitsInput.name, units: table.directory.count))
        units = table
      } catch .invalidData(let diagnostics) {
        errors += diagnostics
      }
    }
    var mergers: MergerTable?
    if let mergersInput {
      do throws(ThiduaError) {
        let table = try MergersReader(directory: units?.directory).read(mergersInput)
        let count = table.successors.count
        check.summaries.append(.mergersFileOK(file: mergersInput.name, mergers: count))
        mergers = table
      } catch .invalidData(let diagnostics) {
        errors += diagnostics
      }
    }
    if !errors.isEmpty { throw .invalidData(diagnostics: errors.sorted()) }
    guard let dataInput else { return check }
    let data = try DataLoader(skipInvalid: false).load(
      data: dataInput, units: unitsInput, mergers: mergersInput)
    check.warnings += data.diagnostics.filter { $0.severity == .warning }
    let years = data.years
    check.summaries.append(
      .dataFileOK(
        file: dataInput.name, rows: data.accounting.read, units: data.unitsWithRows,
        years: years.min().flatMap { first in years.max().map { first...$0 } }))
    if let mergers, let mergersInput, let first = years.min(), let last = years.max() {
      check.warnings += outsideYears(mergers, file: mergersInput.name, first: first, last: last)
    }
    return check
  }

  /// A warning for each merger that takes effect after the data's last year (it changes
  /// nothing yet; a mistyped year?) or in or before its first year (no earlier year to sum).
  static func outsideYears(_ mergers: MergerTable, file: String, first: Int, last: Int)
    -> [Diagnostic]
  {
    mergers.successors.values.sorted { UnitSeries.codeOrder($0.oldCode, $1.oldCode) }
      .compactMap { merger -> Diagnostic? in
        let year = merger.effective.year
        if year > last {
          return .warning(at: SourceLocation(file: file), .mergerAfterData(merger, lastYear: last))
        }
        if year <= first {
          return .warning(
            at: SourceLocation(file: file), .mergerBeforeData(merger, firstYear: first))
        }
        return nil
      }
  }
}
