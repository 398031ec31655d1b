/// Reads the mergers file: `old_code,new_code,effective`, the date written `YYYY-MM-DD`.
///
/// Like the units file it is reference data, so every bad row is an error, with or without
/// `--skip-invalid`, and all are reported together. With a units file, both codes must be listed
/// there. An old code may be listed once (a unit becomes part of one new unit), and the mergers may
/// not form a cycle.
public struct MergersReader: Sendable {
  /// The columns a mergers file must have.
  public static let requiredColumns = ["old_code", "new_code", "effective"]

  /// The units file's units, when one was given. Made from ``directory`` each time it is read.
  public var units: [String: Unit]? {
    get { directory?.dictionary }
    set { directory = newValue.map(UnitDirectory.init) }
  }
  /// The units file's units as they are kept, when one was given.
  var directory: UnitDirectory?

  /// A reader checking codes against `units` (nil: no units file).
  public init(units: [String: Unit]? = nil) {
    directory = units.map(UnitDirectory.init)
  }

  /// A reader checking codes against `directory` (nil: no units file).
  init(directory: UnitDirectory?) {
    self.directory = directory
  }

  /// Reads `input`. Every bad row is reported together in one `ThiduaError.invalidData`.
  public func read(_ input: CSVInput) throws(ThiduaError) -> MergerTable {
    let reader = try CSVReader(input)
    let header = try CSVHeader(reader: reader)
    let required = MergersReader.requiredColumns
    let headerProblems = header.diagnostics(required: required, known: required)
    if !headerProblems.isEmpty { throw .invalidData(diagnostics: headerProblems) }
    let oldIndex = header.index(of: "old_code") ?? 0
    let newIndex = header.index(of: "new_code") ?? 0
    let effectiveIndex = header.index(of: "effective") ?? 0
    var check = UnitCodeCheck(units: directory)
    var mergers: [Merger] = []
    var lineOf: [String: Int] = [:]
    var newCodeLocation: [String: SourceLocation] = [:]
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
        func code(_ index: Int, _ column: String) -> String {
          let code = UnitColumns.text(reader, index)
          if code.isEmpty {
            found.append(.error(at: reader.location(ofField: index), RowLog.emptyCode(column)))
          } else if !check.isKnown(code) {
            found.append(
              .error(
                at: reader.location(ofField: index), check.unknownMessage(code, column: column)))
          }
          return code
        }
        let old = code(oldIndex, "old_code")
        let new = code(newIndex, "new_code")
        if !old.isEmpty, old == new {
          found.append(
            .error(
              at: reader.location(ofField: newIndex), .mergerIntoItself(old: old, new: new)))
        }
        if !old.isEmpty, let first = lineOf[old] {
          found.append(
            .error(
              at: reader.location(ofField: oldIndex),
              .mergerListedTwice(old: old, first: first, second: reader.lineNumber)))
        }
        let dateText = UnitColumns.text(reader, effectiveIndex)
        let effective = CalendarDate(iso: dateText)
        if effective == nil {
          found.append(
            .error(at: reader.location(ofField: effectiveIndex), .badEffectiveDate(dateText)))
        }
        if !old.isEmpty, lineOf[old] == nil { lineOf[old] = reader.lineNumber }
        let problems = RowLog.firstPerField(found, reader: reader)
        guard problems.isEmpty, let effective else {
          errors += problems
          continue
        }
        mergers.append(Merger(oldCode: old, newCode: new, effective: effective))
        newCodeLocation[old] = reader.location(ofField: newIndex)
      }
    } catch {
      throw error.adding(errors)
    }
    if rows == 0 {
      throw .invalidData(diagnostics: [DataLoader.noDataRows(header: header)])
    }
    let table = MergerTable(mergers)
    errors += MergersReader.cycles(in: table, locations: newCodeLocation)
    if !errors.isEmpty { throw .invalidData(diagnostics: errors.sorted()) }
    return table
  }

  /// One error per cycle (`a` → `b` → `a`), at the `new_code` of the row that closes it. Each
  /// old code has one successor, so following successors visits every code once: linear time.
  static func cycles(in table: MergerTable, locations: [String: SourceLocation]) -> [Diagnostic] {
    var done: Set<String> = []
    var found: [Diagnostic] = []
    for start in table.successors.keys.sorted(by: UnitSeries.codeOrder) where !done.contains(start)
    {
      var path: [String] = []
      var onPath: [String: Int] = [:]
      var current = start
      while !done.contains(current), onPath[current] == nil {
        onPath[current] = path.count
        path.append(current)
        guard let next = table.successors[current]?.newCode else { break }
        current = next
      }
      if let index = onPath[current], table.successors[path[path.count - 1]] != nil,
        table.successors[path[path.count - 1]]?.newCode == current
      {
        let cycle = Array(path[index...])
        // Report at the row of the cycle's last line in the file, the one that closes it.
        let closing =
          cycle.max { (locations[$0]?.line ?? 0) < (locations[$1]?.line ?? 0) } ?? current
        if let location = locations[closing] {
          found.append(.error(at: location, .mergerCycle(cycle)))
        }
      }
      done.formUnion(path)
    }
    return found
  }
}
