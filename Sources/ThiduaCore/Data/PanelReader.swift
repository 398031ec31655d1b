/// Reads a unit-year panel: `unit_code,year,total_households,poor_households`, optionally
/// `near_poor_households` (hộ cận nghèo) and `standard` (the poverty standard of the review).
///
/// A panel may also carry the unit columns `unit_name,level,parent_code,flags`, so that one file
/// can serve alone: without a units file they describe the units; with one they must agree with
/// it (a disagreement is a warning). Every bad row is reported; the rows are rejected and their
/// units listed in ``DataSet/invalidRows``, leaving the caller to decide whether to go on.
public struct PanelReader: Sendable {
  /// The columns a panel must have.
  public static let requiredColumns = ["unit_code", "year", "total_households", "poor_households"]
  /// The columns a panel may have.
  public static let optionalColumns = ["near_poor_households", "standard"]

  /// The units file's units, when one was given. Made from ``directory`` each time it is read.
  public var units: [String: Unit]? {
    get { directory?.dictionary }
    set { directory = newValue.map(UnitDirectory.init) }
  }
  /// The units file's units as they are kept, when one was given.
  var directory: UnitDirectory?
  /// Whether a file is first tried by ``PanelFastPath`` (tests turn it off to compare).
  public var triesFastPath = true

  /// A reader checking codes against `units` (nil: no units file).
  public init(units: [String: Unit]? = nil) {
    directory = units.map(UnitDirectory.init)
  }

  /// A reader checking codes against `directory` (nil: no units file).
  init(directory: UnitDirectory?) {
    self.directory = directory
  }

  private struct UnitYear: Hashable {
    var code: String
    var year: Int
  }

  /// Reads `input`. Throws for what stops the reading (the file cannot be read, a bad header,
  /// no data rows, an unterminated quote); bad rows are in the result's diagnostics.
  public func read(_ input: CSVInput) throws(ThiduaError) -> DataSet {
    if triesFastPath, let path = input.path,
      let fast = PanelFastPath.read(path: path, units: directory)
    {
      return fast
    }
    let reader = try CSVReader(input)
    let header = try CSVHeader(reader: reader)
    let known =
      PanelReader.requiredColumns + PanelReader.optionalColumns + UnitColumns.all
    let headerProblems = header.diagnostics(required: PanelReader.requiredColumns, known: known)
    if !headerProblems.isEmpty { throw .invalidData(diagnostics: headerProblems) }
    let unitColumns = UnitColumns(header: header)
    let codeIndex = header.index(of: "unit_code") ?? 0
    let yearIndex = header.index(of: "year") ?? 0
    let totalIndex = header.index(of: "total_households") ?? 0
    let poorIndex = header.index(of: "poor_households") ?? 0
    let nearIndex = header.index(of: "near_poor_households")
    let standardIndex = header.index(of: "standard")

    var log = RowLog()
    var check = UnitCodeCheck(units: directory)
    var counts: [String: [Int: HouseholdCounts]] = [:]
    var standards: [String: [Int: String]] = [:]
    var firstLine: [UnitYear: Int] = [:]
    var described: [String: (unit: Unit, line: Int)] = [:]
    var parentLocations: [String: SourceLocation] = [:]
    var warnedCodes: Set<String> = []

    do {
      while try reader.nextRecord() {
        var found = RowLog.firstFindings(reader: reader, header: header)
        if reader.isBlank {
          log.reject(found, code: "")
          continue
        }
        let code = UnitColumns.text(reader, codeIndex)
        if code.isEmpty {
          found.append(
            .error(at: reader.location(ofField: codeIndex), RowLog.emptyCode(UnitColumns.code)))
        } else if !check.isKnown(code) {
          found.append(.error(at: reader.location(ofField: codeIndex), check.unknownMessage(code)))
        }
        var year: Int?
        switch reader.withBytes(ofField: yearIndex, CellValue.year) {
        case .success(let value): year = value
        case .failure(let problem):
          found.append(.error(at: reader.location(ofField: yearIndex), problem.message))
        }
        func count(_ index: Int, _ column: String) -> Int? {
          switch reader.withBytes(ofField: index, CellValue.count) {
          case .success(let value): return value
          case .failure(let problem):
            found.append(
              .error(
                at: reader.location(ofField: index), CellValue.message(problem, column: column)))
            return nil
          }
        }
        let total = count(totalIndex, "total_households")
        let poor = count(poorIndex, "poor_households")
        var near: Int?
        if let nearIndex, !reader.withBytes(ofField: nearIndex, { CellValue.trimmed($0).isEmpty }) {
          near = count(nearIndex, "near_poor_households")
        }
        if let total, total == 0 {
          found.append(
            .error(at: reader.location(ofField: totalIndex), .noHouseholds))
        }
        if let total, let poor, total > 0, poor > total {
          found.append(
            .error(
              at: reader.location(ofField: poorIndex), .poorAboveTotal(poor: poor, total: total)))
        }
        if let total, let poor, let near, let nearIndex, total > 0, poor <= total,
          near + poor > total
        {
          found.append(
            .error(
              at: reader.location(ofField: nearIndex),
              .nearPoorAboveTotal(nearPoor: near, poor: poor, total: total)))
        }
        var unit: Unit?
        if unitColumns.describesUnits, !code.isEmpty {
          switch unitColumns.unit(in: reader, code: code) {
          case .success(let value): unit = value
          case .failure(let problem): found.append(problem.diagnostic)
          }
        }
        if let year, !code.isEmpty, found.isEmpty {
          let key = UnitYear(code: code, year: year)
          if let first = firstLine[key] {
            found.append(
              .error(
                at: reader.location(ofField: yearIndex),
                .twoRowsForYear(code: code, year: year, first: first, second: reader.lineNumber)))
          } else {
            firstLine[key] = reader.lineNumber
          }
        }
        guard found.isEmpty, let year, let total, let poor else {
          log.reject(RowLog.firstPerField(found, reader: reader), code: code)
          continue
        }
        counts[code, default: [:]][year] = HouseholdCounts(total: total, poor: poor, nearPoor: near)
        if let standardIndex {
          let standard = UnitColumns.text(reader, standardIndex)
          if !standard.isEmpty { standards[code, default: [:]][year] = standard }
        }
        if let unit {
          let location = reader.location(ofField: unitColumns.levelIndex ?? codeIndex)
          if let fileUnit = directory?[code] {
            if fileUnit != unit, warnedCodes.insert(code).inserted {
              log.warn(
                .warning(
                  at: location,
                  .describedUnlikeUnitsFile(code: code, here: unit, unitsFile: fileUnit)))
            }
          } else if let earlier = described[code] {
            if earlier.unit != unit, warnedCodes.insert(code).inserted {
              log.warn(
                .warning(
                  at: location,
                  .describedDifferently(
                    code: code, first: earlier.line, second: reader.lineNumber,
                    earlier: earlier.unit, later: unit)))
            }
          } else {
            described[code] = (unit, reader.lineNumber)
            if let parentIndex = unitColumns.parentIndex {
              parentLocations[code] = reader.location(ofField: parentIndex)
            }
          }
        }
        log.use()
      }
    } catch {
      throw error.adding(log.diagnostics)
    }
    if log.accounting.read == 0 {
      throw .invalidData(diagnostics: [DataLoader.noDataRows(header: header)])
    }
    var describedUnits: [String: Unit] = [:]
    if directory == nil {
      for (code, entry) in described { describedUnits[code] = entry.unit }
      for warning in UnitColumns.missingParents(
        describedUnits, parentLocations: parentLocations, inUnitsFile: false)
      {
        log.warn(warning)
      }
    }
    return DataSet(
      directory: directory ?? UnitDirectory(describedUnits), hasUnitsFile: directory != nil,
      ownRows: CountsTable(counts), standards: standards,
      invalidRows: log.invalidRows.mapValues { $0.sorted() }, diagnostics: log.diagnostics.sorted(),
      accounting: log.accounting)
  }
}
