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

  /// The Vietnamese header for `--excel --lang vi`, column for column as ``header``.
  public static let excelHeader = [
    "Kế hoạch", "Mốc thời hạn", "Nội dung", "Hạn", "Số ngày còn lại", "Tình trạng", "Văn bản",
    "Ghi chú",
  ]

  /// The check as text in `format`. Ends with a newline (empty CSV has just the header).
  /// `excel` makes CSV and TSV for spreadsheets (``DelimitedTextWriter/excel(_:)``); other
  /// formats ignore it. `marks` go around the table's `when` cells (for colour on a terminal):
  /// overdue is unfavourable, due within the window calls for attention.
  ///
  /// In Vietnamese (`language`) the table is Vietnamese, dates written `dd/mm/yyyy`; the other
  /// formats keep their English keys, values and ISO dates, and only the notes and the decision,
  /// written for people, are Vietnamese (the header too with `excel`).
  public static func render(
    _ check: DeadlineCheck, format: OutputFormat, excel: Bool = false,
    language: Language = .english, marks: EmphasisMarks? = nil
  ) -> String {
    let header = excel && language == .vietnamese ? excelHeader : header
    let rows = { check.entries.map { row($0, language: language) } }
    switch format {
    case .csv:
      return DelimitedTextWriter.forOutput(.csv, excel: excel).render(header: header, rows: rows())
    case .tsv:
      return DelimitedTextWriter.forOutput(.tsv, excel: excel).render(header: header, rows: rows())
    case .json:
      let entries = check.entries.map { json($0, language: language) }
      let document = JSONValue.object([("deadlines", .array(entries))])
      return JSONWriter(style: .pretty).string(document) + "\n"
    case .ndjson:
      let writer = JSONWriter(style: .compact)
      return check.entries.map { writer.string(json($0, language: language)) + "\n" }.joined()
    case .table:
      return table(check, language: language, marks: marks)
    }
  }

  private static func table(
    _ check: DeadlineCheck, language: Language, marks: EmphasisMarks?
  ) -> String {
    let vietnamese = language == .vietnamese
    guard !check.entries.isEmpty else {
      return vietnamese
        ? "không có thời hạn nào quá hạn hoặc đến hạn trong khoảng thời gian xét\n"
        : "nothing overdue or due within the window\n"
    }
    let rows = check.entries.map { entry in
      let r = row(entry, language: language)
      return [
        entry.occurrence.due.text(in: language), days(entry, language: language), r[0], r[1], r[2],
        r[6], r[7],
      ]
    }
    let header =
      vietnamese
      ? ["Hạn", "Thời gian", "Kế hoạch", "Mốc", "Nội dung", "Văn bản", "Ghi chú"]
      : ["due", "when", "plan", "deadline", "title", "decision", "note"]
    let overdue = check.entries.count(where: \.isOverdue)
    let due = check.entries.count - overdue
    let summary =
      vietnamese
      ? "\(overdue) quá hạn, \(due) đến hạn trong khoảng thời gian xét"
      : "\(overdue) overdue, \(due) due within the window"
    let whenColumn = 1
    var text: [UInt8] = []
    TextTable(header: header, rows: rows).render(
      into: &text,
      marks: marks.map { marks in
        { row, column in
          guard column == whenColumn else { return nil }
          return marks(check.entries[row].isOverdue ? .unfavourable : .attention)
        }
      })
    return String(decoding: text, as: UTF8.self) + "\n" + summary + "\n"
  }

  private static func state(_ entry: DeadlineCheck.Entry) -> String {
    entry.isOverdue ? "overdue" : "due"
  }

  /// "in 14 days", "today", "3 days overdue"; "còn 14 ngày", "hôm nay", "quá hạn 3 ngày".
  private static func days(_ entry: DeadlineCheck.Entry, language: Language) -> String {
    switch (language, entry.daysLeft) {
    case (.english, 0): return "today"
    case (.english, 1): return "tomorrow"
    case (.english, 2...): return "in \(entry.daysLeft) days"
    case (.english, -1): return "1 day overdue"
    case (.english, _): return "\(-entry.daysLeft) days overdue"
    case (.vietnamese, 0): return "hôm nay"
    case (.vietnamese, 1): return "ngày mai"
    case (.vietnamese, 2...): return "còn \(entry.daysLeft) ngày"
    case (.vietnamese, _): return "quá hạn \(-entry.daysLeft) ngày"
    }
  }

  /// "55/KH-SVHTTDL of 2022-09-07"; "55/KH-SVHTTDL ngày 07/09/2022".
  private static func decision(_ reference: DocumentReference?, language: Language) -> String {
    guard let reference else { return "" }
    var parts: [String] = []
    if let number = reference.number { parts.append(number) }
    if let date = reference.date { parts.append(date.text(in: language)) }
    return parts.joined(separator: language == .vietnamese ? " ngày " : " of ")
  }

  private static func note(_ o: DeadlineOccurrence, language: Language) -> String {
    var notes: [String] = []
    switch language {
    case .english:
      if o.yearOnly { notes.append("the plan names only the year \(o.nominalDue.year)") }
      if let reason = o.shiftReason {
        notes.append("moved from \(o.nominalDue.iso): \(reason)")
      }
    case .vietnamese:
      if o.yearOnly { notes.append("kế hoạch chỉ nêu năm \(o.nominalDue.year)") }
      if let reason = shiftReason(o, language: language) {
        notes.append("dời từ ngày \(o.nominalDue.vietnamese): \(reason)")
      }
    }
    return notes.joined(separator: "; ")
  }

  /// Why the occurrence moved, in `language` when its days off are known.
  private static func shiftReason(_ o: DeadlineOccurrence, language: Language) -> String? {
    guard language != .english, !o.daysOff.isEmpty else { return o.shiftReason }
    return o.daysOff.map { $0.text(in: language) }.joined(separator: ", ")
  }

  private static func row(_ entry: DeadlineCheck.Entry, language: Language) -> [String] {
    let o = entry.occurrence
    return [
      o.planID, o.deadlineID, o.title, o.due.iso, String(entry.daysLeft), state(entry),
      decision(o.decision, language: language), note(o, language: language),
    ]
  }

  private static func json(_ entry: DeadlineCheck.Entry, language: Language) -> JSONValue {
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
      ("shift_reason", .string(orNull: shiftReason(o, language: language))),
    ])
  }
}
