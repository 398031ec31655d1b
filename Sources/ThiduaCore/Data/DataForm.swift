/// The two forms a data file can take, told apart by its header.
public enum DataForm: String, Sendable, Hashable {
  /// One row per unit and year (`unit_code,year,total_households,poor_households`).
  case panel
  /// One row per household and year (`household_id,unit_code,year,status`).
  case roster

  /// The form of `header`: a roster has `household_id` and `status`, a panel has
  /// `total_households`; anything else is an error naming what was found and what each needs.
  public static func detect(_ header: CSVHeader) throws(ThiduaError) -> DataForm {
    if header.index(of: "household_id") != nil, header.index(of: "status") != nil {
      return .roster
    }
    if header.index(of: "total_households") != nil { return .panel }
    if header.usesSemicolons { throw .invalidData(diagnostics: [header.semicolonDiagnostic]) }
    let needs = (PanelReader.requiredColumns + RosterReader.requiredColumns)
    var hints: [String] = []
    for name in ["household_id", "status", "total_households"] {
      let strangers = header.nonEmptyNames.filter { !needs.contains($0) }
      if let near = EditDistance.nearest(to: name, among: strangers) {
        hints.append("rename `\(near)` to `\(name)`")
      }
    }
    let hint = hints.isEmpty ? "" : "; " + hints.joined(separator: ", ")
    func list(_ names: [String]) -> String { names.map { "`\($0)`" }.joined(separator: ", ") }
    throw .invalidData(diagnostics: [
      .error(
        at: SourceLocation(file: header.file, line: header.line, column: 1),
        "cannot tell the kind of data file: the header has \(header.listing); expected a "
          + "unit-year panel (\(list(PanelReader.requiredColumns))) or a household roster "
          + "(\(list(RosterReader.requiredColumns)))\(hint)")
    ])
  }

  /// The form of the file `input` (reads its header only).
  public static func detect(_ input: CSVInput) throws(ThiduaError) -> DataForm {
    let reader = try CSVReader(input)
    return try detect(CSVHeader(reader: reader))
  }
}
