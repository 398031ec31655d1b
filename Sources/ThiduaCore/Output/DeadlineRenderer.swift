/// Writes what `thidua deadlines` found in each output format. Pure: same check, same bytes.
///
/// Columns: `plan,deadline,title,due,days_left,state,decision,note`, soonest first. `state` is
/// `overdue` or `due`; `note` says when the plan gives only a year, or why the date moved to the
/// next working day.
public enum DeadlineRenderer {
  /// The CSV/TSV header.
  public static let header = [
    "plan", "deadline", "title", "due", "days_left", "state", "decision", "note",
  ]

  /// The check as text in `format`. Ends with a newline (empty CSV has just the header).
  /// `excel` makes CSV and TSV for spreadsheets (``DelimitedTextWriter/excel(_:)``); other
  /// formats ignore it. `marks` go around the table's `when` cells (for colour on a terminal):
  /// overdue is unfavourable, due within the window calls for attention.
  public static func render(
    _ check: DeadlineCheck, format: OutputFormat, excel: Bool = false,
    marks: EmphasisMarks? = nil
  ) -> String {
    switch format {
    case .csv:
      return DelimitedTextWriter.forOutput(.csv, excel: excel)
        .render(header: header, rows: check.entries.map(row))
    case .tsv:
      return DelimitedTextWriter.forOutput(.tsv, excel: excel)
        .render(header: header, rows: check.entries.map(row))
    case .json:
      let document = JSONValue.object([("deadlines", .array(check.entries.map(json)))])
      return JSONWriter(style: .pretty).string(document) + "\n"
    case .ndjson:
      let writer = JSONWriter(style: .compact)
      return check.entries.map { writer.string(json($0)) + "\n" }.joined()
    case .table:
      guard !check.entries.isEmpty else { return "nothing overdue or due within the window\n" }
      let rows = check.entries.map { entry in
        let r = row(entry)
        return [r[3], days(entry), r[0], r[1], r[2], r[6], r[7]]
      }
      let table = TextTable(
        header: ["due", "when", "plan", "deadline", "title", "decision", "note"], rows: rows)
      let whenColumn = 1
      var text: [UInt8] = []
      table.render(
        into: &text,
        marks: marks.map { marks in
          { row, column in
            guard column == whenColumn else { return nil }
            return marks(check.entries[row].isOverdue ? .unfavourable : .attention)
          }
        })
      let overdue = check.entries.count(where: \.isOverdue)
      return String(decoding: text, as: UTF8.self) + "\n"
        + "\(overdue) overdue, \(check.entries.count - overdue) due within the window\n"
    }
  }

  private static func state(_ entry: DeadlineCheck.Entry) -> String {
    entry.isOverdue ? "overdue" : "due"
  }

  /// "in 14 days", "today", "3 days overdue".
  private static func days(_ entry: DeadlineCheck.Entry) -> String {
    switch entry.daysLeft {
    case 0: return "today"
    case 1: return "tomorrow"
    case 2...: return "in \(entry.daysLeft) days"
    case -1: return "1 day overdue"
    default: return "\(-entry.daysLeft) days overdue"
    }
  }

  private static func decision(_ reference: DocumentReference?) -> String {
    guard let reference else { return "" }
    var parts: [String] = []
    if let number = reference.number { parts.append(number) }
    if let date = reference.date { parts.append(date.iso) }
    return parts.joined(separator: " of ")
  }

  private static func note(_ o: DeadlineOccurrence) -> String {
    var notes: [String] = []
    if o.yearOnly { notes.append("the plan names only the year \(o.nominalDue.year)") }
    if let reason = o.shiftReason {
      notes.append("moved from \(o.nominalDue.iso): \(reason)")
    }
    return notes.joined(separator: "; ")
  }

  private static func row(_ entry: DeadlineCheck.Entry) -> [String] {
    let o = entry.occurrence
    return [
      o.planID, o.deadlineID, o.title, o.due.iso, String(entry.daysLeft), state(entry),
      decision(o.decision), note(o),
    ]
  }

  private static func json(_ entry: DeadlineCheck.Entry) -> JSONValue {
    let o = entry.occurrence
    return .object([
      ("plan", .string(o.planID)),
      ("plan_file", .string(o.planFile)),
      ("deadline", .string(o.deadlineID)),
      ("title", .string(o.title)),
      ("due", .string(o.due.iso)),
      ("nominal_due", .string(o.nominalDue.iso)),
      ("year_only", .bool(o.yearOnly)),
      ("today", .string(entry.today.iso)),
      ("days_left", .integer(entry.daysLeft)),
      ("state", .string(state(entry))),
      ("decision", .string(orNull: o.decision?.number)),
      ("shift_reason", .string(orNull: o.shiftReason)),
    ])
  }
}
