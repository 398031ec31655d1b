import Foundation

/// The columns that describe a unit (`unit_code,unit_name,level,parent_code,flags`), as the units
/// file has them and as a panel may carry them.
struct UnitColumns {
  static let code = "unit_code"
  static let name = "unit_name"
  static let level = "level"
  static let parent = "parent_code"
  static let flags = "flags"
  static let all = [code, name, level, parent, flags]

  let codeIndex: Int?
  let nameIndex: Int?
  let levelIndex: Int?
  let parentIndex: Int?
  let flagsIndex: Int?

  init(header: CSVHeader) {
    codeIndex = header.index(of: UnitColumns.code)
    nameIndex = header.index(of: UnitColumns.name)
    levelIndex = header.index(of: UnitColumns.level)
    parentIndex = header.index(of: UnitColumns.parent)
    flagsIndex = header.index(of: UnitColumns.flags)
  }

  /// Whether the header has any column describing a unit beyond its code.
  var describesUnits: Bool {
    nameIndex != nil || levelIndex != nil || parentIndex != nil || flagsIndex != nil
  }

  /// The text of a cell, trimmed, in NFC; empty when the column is absent.
  static func text(_ reader: CSVReader, _ index: Int?) -> String {
    guard let index else { return "" }
    return reader.string(ofField: index).trimmedWhitespace
  }

  /// The unit the current row describes, or nil when it leaves the unit cells empty, or the
  /// findings that make the description wrong.
  func unit(in reader: CSVReader, code: String) -> Result<Unit?, DescriptionProblem> {
    let name = UnitColumns.text(reader, nameIndex)
    let levelText = UnitColumns.text(reader, levelIndex)
    let parent = UnitColumns.text(reader, parentIndex)
    let flagsText = UnitColumns.text(reader, flagsIndex)
    if name.isEmpty && levelText.isEmpty && parent.isEmpty && flagsText.isEmpty {
      return .success(nil)
    }
    guard let level = UnitLevel(rawValue: levelText) ?? UnitLevel(rawValue: levelText.lowercased())
    else {
      let levelLocation = reader.location(ofField: levelIndex ?? reader.fieldCount)
      // An empty cell under a `level` header may be a merged cell's leftover; without the
      // column there is nothing to merge.
      let message = Message.badLevel(levelText, mergedCells: levelIndex != nil)
      return .failure(DescriptionProblem(diagnostic: .error(at: levelLocation, message)))
    }
    return .success(
      Unit(
        code: code, name: name, level: level, parentCode: parent.isEmpty ? nil : parent,
        flags: UnitColumns.flags(flagsText)))
  }

  /// `a; b;;c` → {a, b, c}.
  static func flags(_ text: String) -> Set<String> {
    if text.isEmpty { return [] }
    return Set(text.split(separator: ";").map(trimmedSpaces).filter { !$0.isEmpty })
  }

  /// `flag` without spaces and tabs at either end, as Foundation's `CharacterSet.whitespaces`
  /// trims (Unicode space separators, the tab and, in Foundation, ZERO WIDTH SPACE), without
  /// Foundation's cost for the usual flag.
  static func trimmedSpaces(_ flag: Substring) -> String {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = flag.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isSpace($0) }),
      let end = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[start...end])
  }

  /// Warnings for units whose parent is not among `units`.
  static func missingParents(
    _ units: [String: Unit], parentLocations: [String: SourceLocation], inUnitsFile: Bool
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for unit in units.values {
      guard let parent = unit.parentCode, units[parent] == nil,
        let location = parentLocations[unit.code]
      else { continue }
      found.append(
        .warning(
          at: location,
          .parentNotListed(unit: unit.code, parent: parent, inUnitsFile: inUnitsFile)))
    }
    return found
  }
}

/// A row's unit description that cannot be used.
struct DescriptionProblem: Error {
  var diagnostic: Diagnostic
}
