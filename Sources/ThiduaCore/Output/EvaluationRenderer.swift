/// Writes an `EvaluationReport` in each output format. Pure: the same report gives the same bytes.
///
/// Rows come in the report's order (the evaluator sorts them by unit code).
///
/// - CSV and TSV: `unit_code,unit_name,level,criterion,status,reason`, and for the eligibility
///   list `award` (award ids joined by `;`) and `award_title` (titles joined by `; `). A missing
///   level or criterion is an empty field.
/// - JSON: `{ "plan": …, "year": Y, "units": [ … ] }`, pretty-printed; see
///   `EvaluationRenderer.json(_:)` for the unit object.
/// - NDJSON: the same unit objects, one per line, without the outer object.
/// - Table: a title line, the columns of CSV (award titles in place of `award`, the reason last),
///   and a count of units by status.
public enum EvaluationRenderer {
  /// The CSV/TSV header of `list`.
  public static func header(for list: ListKind) -> [String] {
    let base = ["unit_code", "unit_name", "level", "criterion", "status", "reason"]
    switch list {
    case .evaluation: return base
    case .eligibility: return base + ["award", "award_title"]
    }
  }

  /// The report as text in `format`, listing the units `list` selects. Ends with a newline.
  /// `excel` makes CSV and TSV for spreadsheets (``DelimitedTextWriter/excel(_:)``); other
  /// formats ignore it. `marks` go around the status cells of the table (for colour on a
  /// terminal; see ``UnitStatus/emphasis``); other formats ignore them.
  public static func render(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind, excel: Bool = false,
    marks: EmphasisMarks? = nil
  ) -> String {
    String(
      decoding: renderUTF8(report, format: format, list: list, excel: excel, marks: marks),
      as: UTF8.self)
  }

  /// ``render(_:format:list:excel:marks:)`` as UTF-8 bytes, for writing: the table of every
  /// commune of the country is not checked for valid UTF-8 a second time on its way out.
  public static func renderUTF8(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind, excel: Bool = false,
    marks: EmphasisMarks? = nil
  ) -> [UInt8] {
    // The evaluation lists every unit: no filtered copy of a report of the whole country.
    let units: [UnitEvaluation]
    if case .evaluation = list {
      units = report.units
    } else {
      units = report.units.filter { list.includes($0.status) }
    }
    switch format {
    case .csv:
      return Array(
        DelimitedTextWriter.forOutput(.csv, excel: excel)
          .render(header: header(for: list), rows: rows(units, list)).utf8)
    case .tsv:
      return Array(
        DelimitedTextWriter.forOutput(.tsv, excel: excel)
          .render(header: header(for: list), rows: rows(units, list)).utf8)
    case .json:
      let document = JSONValue.object([
        ("plan", json(report.plan)),
        ("year", .integer(report.year)),
        ("units", .array(units.map(json))),
      ])
      return Array((JSONWriter(style: .pretty).string(document) + "\n").utf8)
    case .ndjson:
      let writer = JSONWriter(style: .compact)
      return Array(units.map { writer.string(json($0)) + "\n" }.joined().utf8)
    case .table:
      return table(report, units: units, list: list, marks: marks)
    }
  }

  // MARK: Rows

  private static func rows(_ units: [UnitEvaluation], _ list: ListKind) -> [[String]] {
    units.map { unit in
      var row = [
        unit.code, unit.name, unit.level?.rawValue ?? "", unit.criterion?.id ?? "",
        unit.status.rawValue, unit.reason,
      ]
      if case .eligibility = list {
        row.append(unit.awards.map(\.id).joined(separator: ";"))
        row.append(unit.awards.map(\.title).joined(separator: "; "))
      }
      return row
    }
  }

  // MARK: Table

  private static func table(
    _ report: EvaluationReport, units: [UnitEvaluation], list: ListKind, marks: EmphasisMarks?
  ) -> [UInt8] {
    let title: String
    var header = ["code", "name", "level", "criterion", "status"]
    switch list {
    case .evaluation:
      title = "Evaluation of \(report.year): \(report.plan.title)"
    case .eligibility(let includeReview):
      title =
        (includeReview ? "Eligible or to review" : "Eligible for an award")
        + " in \(report.year): \(report.plan.title)"
      header.append("award")
    }
    header.append("reason")
    let rows = units.map { unit in
      var row = [
        unit.code, unit.name, unit.level?.rawValue ?? "-", unit.criterion?.id ?? "-",
        unit.status.rawValue,
      ]
      if case .eligibility = list {
        row.append(unit.awards.isEmpty ? "-" : unit.awards.map(\.title).joined(separator: "; "))
      }
      return row
    }
    var text = TextBuilder(checksTexts: true)
    text.write(TextTable.clean(title), "\n\n")
    let statusColumn = 4
    TextTable(header: header, rows: rows).render(
      into: &text,
      marks: marks.map { marks in
        { row, column in
          guard column == statusColumn, let emphasis = units[row].status.emphasis else {
            return nil
          }
          return marks(emphasis)
        }
      }
    ) { row, cell in
      Reason.write(units[row], to: &cell)
    }
    text.write("\n", summary(units), "\n")
    return text.bytes
  }

  /// `5 units: 2 eligible, 1 not-eligible, 2 review`, statuses in their declared order.
  static func summary(_ units: [UnitEvaluation]) -> String {
    let noun = units.count == 1 ? "unit" : "units"
    var tally: [UnitStatus: Int] = [:]
    for index in units.indices { tally[units[index].status, default: 0] += 1 }
    let counts = UnitStatus.allCases.compactMap { status -> String? in
      tally[status].map { "\($0) \(status.rawValue)" }
    }
    guard !counts.isEmpty else { return "no units" }
    return "\(units.count) \(noun): " + counts.joined(separator: ", ")
  }
}
