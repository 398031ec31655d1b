/// Reads the units file: `unit_code,unit_name,level,parent_code,flags`.
///
/// `level` is `province`, `district` or `commune`; `flags` is a `;`-separated list of tags
/// (`ward`, `township`, `coastal-extremely-difficult`, `island`), trimmed, possibly empty;
/// `parent_code` and `flags` may be left out. The units file is the reference every data row is
/// checked against, so any bad row in it is an error, with or without `--skip-invalid`.
public struct UnitsReader: Sendable {
  /// The columns a units file must have.
  public static let requiredColumns = [UnitColumns.code, UnitColumns.name, UnitColumns.level]

  /// Whether a file is first tried by ``UnitsFastPath`` (tests turn it off to compare).
  public var triesFastPath = true

  /// A reader of units files.
  public init() {}

  /// Reads `input`: the units by code and the warnings (a parent not in the file). Every bad row
  /// is reported together in one `ThiduaError.invalidData`.
  public func read(_ input: CSVInput) throws(ThiduaError) -> UnitsTable {
    if triesFastPath, let path = input.path,
      let fast = UnitsFastPath.read(path: path, file: input.name)
    {
      return fast
    }
    let reader = try CSVReader(input)
    let header = try CSVHeader(reader: reader)
    let headerProblems = header.diagnostics(
      required: UnitsReader.requiredColumns, known: UnitColumns.all)
    if !headerProblems.isEmpty { throw .invalidData(diagnostics: headerProblems) }
    let columns = UnitColumns(header: header)
    var units: [String: Unit] = [:]
    var lineOfCode: [String: Int] = [:]
    var parentLocations: [String: SourceLocation] = [:]
    var errors: [Diagnostic] = []
    var rows = 0
    do {
      while try reader.nextRecord() {
        rows += 1
        var found = RowLog.firstFindings(reader: reader, header: header)
        if reader.isBlank {
          errors += found
          continue
        }
        let code = UnitColumns.text(reader, columns.codeIndex)
        var codeLocation: SourceLocation { reader.location(ofField: columns.codeIndex ?? 0) }
        if code.isEmpty {
          found.append(.error(at: codeLocation, RowLog.emptyCode(UnitColumns.code)))
        } else if let first = lineOfCode[code] {
          found.append(
            .error(
              at: codeLocation,
              .unitListedTwice(code, first: first, second: reader.lineNumber)))
        }
        let name = UnitColumns.text(reader, columns.nameIndex)
        if name.isEmpty {
          found.append(
            .error(
              at: reader.location(ofField: columns.nameIndex ?? 0), .emptyUnitName))
        }
        switch columns.unit(in: reader, code: code) {
        case .failure(let problem):
          found.append(problem.diagnostic)
        case .success(let unit):
          if let unit, found.isEmpty {
            units[code] = unit
            lineOfCode[code] = reader.lineNumber
            if let parentIndex = columns.parentIndex {
              parentLocations[code] = reader.location(ofField: parentIndex)
            }
          }
        }
        if !code.isEmpty, lineOfCode[code] == nil { lineOfCode[code] = reader.lineNumber }
        errors += RowLog.firstPerField(found, reader: reader)
      }
    } catch {
      throw error.adding(errors)
    }
    if rows == 0 {
      throw .invalidData(diagnostics: [DataLoader.noDataRows(header: header)])
    }
    let warnings = UnitColumns.missingParents(
      units, parentLocations: parentLocations, inUnitsFile: true)
    if !errors.isEmpty { throw .invalidData(diagnostics: (errors + warnings).sorted()) }
    return UnitsTable(units: units, warnings: warnings.sorted())
  }
}

/// The units file as read: units by code, and warnings about it.
public struct UnitsTable: Sendable {
  /// Units by code. Made from ``directory`` each time it is read, and the directory remade from
  /// it when it is set.
  public var units: [String: Unit] {
    get { directory.dictionary }
    set { directory = UnitDirectory(newValue) }
  }
  /// The units as they are kept: in code order, as every evaluation lists them.
  var directory: UnitDirectory
  /// Findings that do not stop the run (a parent code not in the file).
  public var warnings: [Diagnostic]

  /// A table of `units` with `warnings`.
  public init(units: [String: Unit], warnings: [Diagnostic] = []) {
    self.init(directory: UnitDirectory(units), warnings: warnings)
  }

  /// A table of the units in `directory` with `warnings`.
  init(directory: UnitDirectory, warnings: [Diagnostic]) {
    self.directory = directory
    self.warnings = warnings
  }
}

extension ThiduaError {
  /// This error with `earlier` findings added, when it is about invalid data (so a fatal CSV
  /// problem is reported together with the bad rows found before it); other errors unchanged.
  func adding(_ earlier: [Diagnostic]) -> ThiduaError {
    guard case .invalidData(let diagnostics) = self else { return self }
    return .invalidData(diagnostics: (earlier + diagnostics).sorted())
  }
}
