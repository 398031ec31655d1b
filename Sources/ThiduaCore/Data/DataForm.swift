/// The two forms a data file can take, told apart by its header.
public enum DataForm: String, Sendable, Hashable {
  /// One row per unit and year (`unit_code,year,total_households,poor_households`).
  case panel
  /// One row per household and year (`household_id,unit_code,year,status`).
  case roster

  /// The bytes read at a time to find the header (a longer header is read in several chunks).
  static let headerChunkSize = 16 << 10

  /// The form of `header`: a roster has `household_id` and `status`, a panel has
  /// `total_households`; anything else is an error naming what was found and what each needs.
  public static func detect(_ header: CSVHeader) throws(ThiduaError) -> DataForm {
    if header.index(of: "household_id") != nil, header.index(of: "status") != nil {
      return .roster
    }
    if header.index(of: "total_households") != nil { return .panel }
    if header.usesSemicolons { throw .invalidData(diagnostics: [header.semicolonDiagnostic]) }
    let needs = (PanelReader.requiredColumns + RosterReader.requiredColumns)
    var renames: [(from: String, to: String)] = []
    for name in ["household_id", "status", "total_households"] {
      let strangers = header.nonEmptyNames.filter { !needs.contains($0) }
      if let near = EditDistance.nearest(to: name, among: strangers) {
        renames.append((near, name))
      }
    }
    throw .invalidData(diagnostics: [
      .error(
        at: SourceLocation(file: header.file, line: header.line, column: 1),
        .unknownDataForm(
          header: header.nonEmptyNames, panel: PanelReader.requiredColumns,
          roster: RosterReader.requiredColumns, renames: renames))
    ])
  }

  /// The form of the file `input` (reads its header only).
  public static func detect(_ input: CSVInput) throws(ThiduaError) -> DataForm {
    // Only the header is read: a reader's usual chunk (1 MiB) would copy, and fault in, a whole
    // panel of the country to read its first line.
    let reader = CSVReader(source: try input.open(), file: input.name, chunkSize: headerChunkSize)
    return try detect(CSVHeader(reader: reader))
  }
}
