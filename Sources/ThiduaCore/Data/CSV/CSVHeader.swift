import Foundation

/// The header row of a CSV file: column names (trimmed, NFC) and where each is.
///
/// Columns are found by name, in any order; names the reader does not know are ignored.
public struct CSVHeader: Sendable {
  /// The file, for locations.
  public let file: String
  /// The line of the header (1 unless empty lines precede it).
  public let line: Int
  /// The names, trimmed and in NFC; empty for an empty header cell.
  public let names: [String]
  /// The 1-based column where each name starts.
  public let columns: [Int]
  /// The indices of the columns whose header cell is empty (values there have no name).
  public let unnamedColumns: [Int]
  private let indexByName: [String: Int]
  /// Names that appear more than once, with the two columns.
  private let repeated: [(name: String, first: Int, second: Int)]

  /// Reads the header from the reader's first record; an empty file is an error.
  public init(reader: CSVReader) throws(ThiduaError) {
    guard try reader.nextRecord() else {
      throw .invalidData(diagnostics: [
        .error(at: SourceLocation(file: reader.file, line: 1, column: 1), .emptyFile)
      ])
    }
    if !reader.problems.isEmpty { throw .invalidData(diagnostics: reader.problems) }
    var blankLines = 0
    if reader.isBlank {
      // Empty rows before the header: skip them, the header is the first row with text.
      repeat { blankLines += 1 } while try reader.nextRecord() && reader.isBlank
    }
    if !reader.problems.isEmpty { throw .invalidData(diagnostics: reader.problems) }
    file = reader.file
    line = reader.lineNumber
    var names: [String] = []
    var columns: [Int] = []
    var indexByName: [String: Int] = [:]
    var repeated: [(String, Int, Int)] = []
    for index in 0..<reader.fieldCount {
      let name = reader.string(ofField: index).trimmedWhitespace
      let column = reader.location(ofField: index).column ?? 1
      names.append(name)
      columns.append(column)
      guard !name.isEmpty else { continue }
      if let first = indexByName[name] {
        repeated.append((name, columns[first], column))
      } else {
        indexByName[name] = index
      }
    }
    self.names = names
    self.columns = columns
    self.unnamedColumns = names.indices.filter { names[$0].isEmpty }
    self.indexByName = indexByName
    self.repeated = repeated
  }

  /// The index of the column named `name`, if the header has it.
  public func index(of name: String) -> Int? { indexByName[name] }

  /// The non-empty names, in order.
  public var nonEmptyNames: [String] { names.filter { !$0.isEmpty } }

  /// The names as a person reads them: `` `a`, `b`, `c` ``.
  public var listing: String {
    nonEmptyNames.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// Whether the header looks like Excel's semicolon-separated CSV (one cell holding `;`).
  public var usesSemicolons: Bool {
    nonEmptyNames.count <= 1 && (names.first ?? "").contains(";")
  }

  /// The error for a header separated by `;`.
  public var semicolonDiagnostic: Diagnostic {
    .error(at: SourceLocation(file: file, line: line, column: 1), .semicolonHeader)
  }

  /// Checks that every name in `required` is present and none is repeated.
  ///
  /// A missing column is named with the header found and, when a header name is close or holds
  /// the name, the rename that fixes it (`poor_household` → `poor_households`, `effective_date` →
  /// `effective`). `known` lists every column the caller understands, so that those are never
  /// proposed as misspellings.
  public func diagnostics(required: [String], known: [String]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for (name, first, second) in repeated where known.contains(name) {
      found.append(
        .error(
          at: SourceLocation(file: file, line: line, column: second),
          .columnTwice(name, first: first, second: second)))
    }
    let missing = required.filter { indexByName[$0] == nil }
    guard !missing.isEmpty else { return found }
    if usesSemicolons { return found + [semicolonDiagnostic] }
    let strangers = nonEmptyNames.filter { !known.contains($0) }
    for name in missing {
      var column = 1
      var rename: String?
      // A name near by spelling, or one that holds the wanted name (`effective_date`).
      let near =
        EditDistance.nearest(to: name, among: strangers)
        ?? strangers.first { $0.lowercased().contains(name) }
      if let near, let index = indexByName[near] {
        rename = near
        column = columns[index]
      }
      let message = Message.missingColumn(
        name, header: nonEmptyNames, rename: rename, required: required)
      found.append(.error(at: SourceLocation(file: file, line: line, column: column), message))
    }
    return found
  }
}
