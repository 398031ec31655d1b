/// Everything read from the data files of one run: the units, each unit's own yearly counts, and
/// what was wrong with the rows that could not be used.
public struct DataSet: Sendable {
  /// Units by code, from the units file and from unit columns of the panel. Made from
  /// ``directory`` each time it is read, and the directory remade from it when it is set.
  public var units: [String: Unit] {
    get { directory.dictionary }
    set { directory = UnitDirectory(newValue) }
  }
  /// The units as they are kept: in code order, as the evaluation numbers them.
  var directory: UnitDirectory
  /// Whether a units file was given (then a data row naming another code is an error).
  public var hasUnitsFile: Bool
  /// Own rows: unit code → year → counts. Made from ``ownRows`` each time it is read, and the
  /// rows remade from it when it is set: for one unit, ``counts(of:)`` finds its rows instead.
  public var counts: [String: [Int: HouseholdCounts]] {
    get { ownRows.byCode }
    set { ownRows = CountsTable(newValue) }
  }
  /// The own rows as they are kept: in two arrays, which the evaluation reads in place.
  var ownRows: CountsTable
  /// The poverty standard each unit-year was reviewed under, when the panel says so.
  public var standards: [String: [Int: String]]
  /// Units whose rows were rejected under `--skip-invalid`, with the findings that name them.
  public var invalidRows: [String: [Diagnostic]]
  /// Every finding: errors of rejected rows (under `--skip-invalid`) and warnings.
  public var diagnostics: [Diagnostic]
  /// Rows read, used and rejected.
  public var accounting: RowAccounting
  /// The mergers file's mergers: each old unit's successor and each new unit's predecessors.
  public var mergers: MergerTable

  public init(
    units: [String: Unit] = [:], hasUnitsFile: Bool = false,
    counts: [String: [Int: HouseholdCounts]] = [:], standards: [String: [Int: String]] = [:],
    invalidRows: [String: [Diagnostic]] = [:], diagnostics: [Diagnostic] = [],
    accounting: RowAccounting = RowAccounting(), mergers: MergerTable = MergerTable()
  ) {
    self.init(
      directory: UnitDirectory(units), hasUnitsFile: hasUnitsFile, ownRows: CountsTable(counts),
      standards: standards, invalidRows: invalidRows, diagnostics: diagnostics,
      accounting: accounting, mergers: mergers)
  }

  /// A data set of units and own rows kept as the readers keep them.
  init(
    directory: UnitDirectory, hasUnitsFile: Bool, ownRows: CountsTable,
    standards: [String: [Int: String]] = [:], invalidRows: [String: [Diagnostic]] = [:],
    diagnostics: [Diagnostic] = [], accounting: RowAccounting,
    mergers: MergerTable = MergerTable()
  ) {
    self.directory = directory
    self.hasUnitsFile = hasUnitsFile
    self.ownRows = ownRows
    self.standards = standards
    self.invalidRows = invalidRows
    self.diagnostics = diagnostics
    self.accounting = accounting
    self.mergers = mergers
  }

  /// The own rows of unit `code`, by year; nil when it has none.
  public func counts(of code: String) -> [Int: HouseholdCounts]? {
    ownRows.counts(of: code)
  }

  /// How many units have own rows.
  public var unitsWithRows: Int { ownRows.codes.count }

  /// The latest year that has a row.
  public var latestYear: Int? { ownRows.latestYear }

  /// Every year that has at least one row.
  public var years: Set<Int> { ownRows.years }
}

/// Rows of the data file: read = used + rejected, always.
public struct RowAccounting: Sendable, Hashable {
  public var read: Int
  public var used: Int
  public var rejected: Int

  public init(read: Int = 0, used: Int = 0, rejected: Int = 0) {
    self.read = read
    self.used = used
    self.rejected = rejected
  }
}
