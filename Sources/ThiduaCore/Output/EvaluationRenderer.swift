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
///
/// In Vietnamese (`language`), the table is in Vietnamese throughout, statuses and levels
/// included; CSV, TSV, JSON and NDJSON keep their English column names, keys and values for
/// scripts, and only the reason, written for people, is Vietnamese. With `excel`, the CSV and TSV
/// headers are Vietnamese too (``excelHeader(for:)``): such a file is for people.
public enum EvaluationRenderer {
  /// The CSV/TSV header of `list`.
  public static func header(for list: ListKind) -> [String] {
    let base = ["unit_code", "unit_name", "level", "criterion", "status", "reason"]
    switch list {
    case .evaluation: return base
    case .eligibility: return base + ["award", "award_title"]
    }
  }

  /// The Vietnamese header of `list` for `--excel --lang vi`, column for column as
  /// ``header(for:)``.
  public static func excelHeader(for list: ListKind) -> [String] {
    let base = ["Mã đơn vị", "Tên đơn vị", "Cấp", "Tiêu chí", "Trạng thái", "Lý do"]
    switch list {
    case .evaluation: return base
    case .eligibility: return base + ["Mã khen thưởng", "Khen thưởng"]
    }
  }

  /// The report as text in `format`, listing the units `list` selects. Ends with a newline.
  /// `excel` makes CSV and TSV for spreadsheets (``DelimitedTextWriter/excel(_:)``); other
  /// formats ignore it. `marks` go around the status cells of the table (for colour on a
  /// terminal; see ``UnitStatus/emphasis``); other formats ignore them.
  public static func render(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind, excel: Bool = false,
    language: Language = .english, marks: EmphasisMarks? = nil
  ) -> String {
    String(
      decoding: renderUTF8(
        report, format: format, list: list, excel: excel, language: language, marks: marks),
      as: UTF8.self)
  }

  /// ``render(_:format:list:excel:language:marks:)`` as UTF-8 bytes, for writing: the table of
  /// every commune of the country is not checked for valid UTF-8 a second time on its way out.
  public static func renderUTF8(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind, excel: Bool = false,
    language: Language = .english, marks: EmphasisMarks? = nil
  ) -> [UInt8] {
    var bytes: [UInt8] = []
    write(report, format: format, list: list, excel: excel, language: language, marks: marks) {
      bytes.append(contentsOf: $0)
    }
    return bytes
  }

  /// ``renderUTF8(_:format:list:excel:language:marks:)`` handed to `sink` in pieces as it is
  /// written: the table of every commune of the country is never held whole. The pieces, joined,
  /// are the bytes `renderUTF8` returns.
  public static func write(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind, excel: Bool = false,
    language: Language = .english, marks: EmphasisMarks? = nil, to sink: ByteSink
  ) {
    // The evaluation lists every unit: no filtered copy of a report of the whole country.
    let units: [UnitEvaluation]
    if case .evaluation = list {
      units = report.units
    } else {
      units = report.units.filter { list.includes($0.status) }
    }
    let header = excel && language == .vietnamese ? excelHeader(for: list) : header(for: list)
    switch format {
    case .csv, .tsv:
      delimited(
        units, header: header, list: list, language: language,
        writer: DelimitedTextWriter.forOutput(format == .csv ? .csv : .tsv, excel: excel),
        to: sink)
    case .json:
      writeJSON(report, units: units, language: language, to: sink)
    case .ndjson:
      writeNDJSON(units, language: language, to: sink)
    case .table:
      table(report, units: units, list: list, language: language, marks: marks, to: sink)
    }
  }

  // MARK: Rows

  /// The CSV or TSV of `units`, a line per unit, handed to `sink` in pieces as it is written.
  private static func delimited(
    _ units: [UnitEvaluation], header: [String], list: ListKind, language: Language,
    writer: DelimitedTextWriter, to sink: ByteSink
  ) {
    var text = TextBuilder(capacity: TextTable.chunkSize)
    writer.writeStart(to: &text)
    writer.write(header, to: &text)
    // Each reason is written here, then as a field: no String for each.
    var reason = TextBuilder(language: language)
    for unit in units {
      writer.write(field: unit.code, first: true, to: &text)
      writer.write(field: unit.name, first: false, to: &text)
      writer.write(field: unit.level?.rawValue ?? "", first: false, to: &text)
      writer.write(field: unit.applied?.criterion.id ?? "", first: false, to: &text)
      writer.write(field: unit.status.rawValue, first: false, to: &text)
      reason.truncate(to: 0)
      Reason.write(unit, to: &reason)
      reason.withBytes { writer.write(field: $0, first: false, to: &text) }
      if case .eligibility = list {
        writer.write(field: unit.awards.map(\.id).joined(separator: ";"), first: false, to: &text)
        writer.write(
          field: unit.awards.map(\.title).joined(separator: "; "), first: false, to: &text)
      }
      writer.endLine(&text)
      text.drain(ifAtLeast: TextTable.chunkSize, to: sink)
    }
    text.drain(to: sink)
  }

  // MARK: Table

  private static func table(
    _ report: EvaluationReport, units: [UnitEvaluation], list: ListKind, language: Language,
    marks: EmphasisMarks?, to sink: ByteSink
  ) {
    let vietnamese = language == .vietnamese
    let title: String
    var header =
      vietnamese
      ? ["Mã", "Tên đơn vị", "Cấp", "Tiêu chí", "Trạng thái"]
      : ["code", "name", "level", "criterion", "status"]
    switch (list, language) {
    case (.evaluation, .english):
      title = "Evaluation of \(report.year): \(report.plan.title)"
    case (.evaluation, .vietnamese):
      title = "Kết quả đánh giá năm \(report.year): \(report.plan.title)"
    case (.eligibility(let includeReview), .english):
      title =
        (includeReview ? "Eligible or to review" : "Eligible for an award")
        + " in \(report.year): \(report.plan.title)"
    case (.eligibility(let includeReview), .vietnamese):
      title =
        (includeReview ? "Đơn vị đủ điều kiện hoặc cần xem xét" : "Đơn vị đủ điều kiện khen thưởng")
        + " năm \(report.year): \(report.plan.title)"
    }
    if case .eligibility = list { header.append(vietnamese ? "Khen thưởng" : "award") }
    header.append(vietnamese ? "Lý do" : "reason")
    // The cells are read from the units as they are written: no row of strings per unit.
    let cell = { (row: Int, column: Int) -> String in
      switch column {
      case 0: return units[row].code
      case 1: return units[row].name
      case 2: return units[row].level.map { levelName($0, in: language) } ?? "-"
      case 3: return units[row].applied?.criterion.id ?? "-"
      case 4: return statusName(units[row].status, in: language)
      default:
        let awards = units[row].awards
        return awards.isEmpty ? "-" : awards.map(\.title).joined(separator: "; ")
      }
    }
    var text = TextBuilder(checksTexts: true, language: language)
    text.write(TextTable.clean(title), "\n\n")
    let statusColumn = 4
    let statusMarks = marks.map { marks in
      { (row: Int, column: Int) -> (before: String, after: String)? in
        guard column == statusColumn, let emphasis = units[row].status.emphasis else {
          return nil
        }
        return marks(emphasis)
      }
    }
    // The table keeps the sink only while it is written.
    withoutActuallyEscaping(sink) { sink in
      TextTable.render(
        header: header, rowCount: units.count, columnCount: header.count - 1, cell: cell,
        into: &text, marks: statusMarks, sink: sink
      ) { row, cellText in
        Reason.write(units[row], to: &cellText)
      }
    }
    text.write("\n", summary(units, in: language), "\n")
    text.drain(to: sink)
  }

  /// A status as the table shows it: its value (`not-eligible`) in English, words in Vietnamese.
  public static func statusName(_ status: UnitStatus, in language: Language) -> String {
    switch language {
    case .english: return status.rawValue
    case .vietnamese:
      switch status {
      case .eligible: return "đủ điều kiện"
      case .notEligible: return "không đủ điều kiện"
      case .review: return "cần xem xét"
      case .insufficientData: return "thiếu số liệu"
      case .invalidData: return "số liệu không hợp lệ"
      case .noCriterion: return "không có tiêu chí áp dụng"
      case .merged: return "đã sáp nhập"
      }
    }
  }

  /// A level as the table shows it: `commune` in English, `xã` in Vietnamese.
  public static func levelName(_ level: UnitLevel, in language: Language) -> String {
    switch (language, level) {
    case (.english, _): return level.rawValue
    case (.vietnamese, .province): return "tỉnh"
    case (.vietnamese, .district): return "huyện"
    case (.vietnamese, .commune): return "xã"
    }
  }

  /// `5 units: 2 eligible, 1 not-eligible, 2 review`, statuses in their declared order;
  /// `5 đơn vị: 2 đủ điều kiện, …` in Vietnamese.
  static func summary(_ units: [UnitEvaluation], in language: Language = .english) -> String {
    // Counted by position in `allCases`: a dictionary keyed by status cost a hash for every unit.
    let statuses = UnitStatus.allCases
    var tally = [Int](repeating: 0, count: statuses.count)
    for index in units.indices {
      let status = units[index].status
      for slot in statuses.indices where statuses[slot] == status { tally[slot] += 1 }
    }
    let counts = statuses.indices.compactMap { slot -> String? in
      tally[slot] == 0 ? nil : "\(tally[slot]) \(statusName(statuses[slot], in: language))"
    }
    switch language {
    case .english:
      guard !counts.isEmpty else { return "no units" }
      let noun = units.count == 1 ? "unit" : "units"
      return "\(units.count) \(noun): " + counts.joined(separator: ", ")
    case .vietnamese:
      guard !counts.isEmpty else { return "không có đơn vị nào" }
      return "\(units.count) đơn vị: " + counts.joined(separator: ", ")
    }
  }
}
