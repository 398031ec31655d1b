/// The reasons in Vietnamese, sentence for sentence as ``Reason`` writes them in English, in the
/// words of the plans: "đạt “…”: 2022→2023: 32→25 hộ nghèo, −21,9% ≥ 20%".
///
/// Figures keep their form (`2023→2024`, `≥ 20%`, unit codes); decimals take a comma (`10,65%`),
/// dates are written `dd/mm/yyyy`, and plan keys and values are quoted as they are typed in a plan
/// (`whenNoPoorHouseholds: review`).
extension Reason {
  /// Writes the reason of `unit` in Vietnamese.
  static func writeVietnamese(_ unit: UnitEvaluation, to text: inout TextBuilder) {
    switch unit.explanation {
    case .text(let reason): text.write(reason)
    case .rejectedRows(let diagnostics): vietnameseRejectedRows(diagnostics, to: &text)
    case .invalidParts(let units):
      text.write("số liệu của ", vietnameseList(units), " bị loại, nên không thể tin cậy số liệu")
      text.write(" tổng của đơn vị này")
    case .notDescribed:
      text.write(
        "không áp dụng tiêu chí nào: đơn vị không được mô tả (không có cấp và nhãn); "
          + "hãy cho tệp đơn vị có liệt kê đơn vị này")
    case .noCriterion(let why): vietnameseNoCriterion(why, level: unit.level, to: &text)
    case .baselineUnknown(let year, let lookup):
      vietnameseBaselineUnknown(unit.criterion, baselineYear: year, lookup: lookup, to: &text)
    case .missingYears(let missing, let year, _):
      vietnameseMissingYears(missing, criterion: unit.criterion, year: year, to: &text)
    case .measured(let measured): vietnameseMeasured(unit, measured, to: &text)
    case .merged(let merger, let latest):
      text.write("đã sáp nhập vào ", merger.newCode, " từ ngày ", merger.effective.vietnamese)
      if let latest, latest != merger.newCode { text.write(" (nay thuộc ", latest, ")") }
      text.write("; không còn được đánh giá riêng")
    case .ceased(let year, let ending):
      vietnameseCeased(level: unit.level, year: year, ending: ending, to: &text)
    }
  }

  /// The criterion's title, or its id when it has none.
  private static func vietnameseLabel(_ criterion: Criterion?) -> String {
    criterion.map { $0.title ?? $0.id } ?? "tiêu chí"
  }

  /// "cấp tỉnh", "cấp huyện", "cấp xã".
  static func vietnameseLevel(_ level: UnitLevel) -> StaticString {
    switch level {
    case .province: return "cấp tỉnh"
    case .district: return "cấp huyện"
    case .commune: return "cấp xã"
    }
  }

  private static func vietnameseRejectedRows(
    _ diagnostics: [Diagnostic], to text: inout TextBuilder
  ) {
    let errors = diagnostics.sorted()
    let rows = Set(errors.map { "\($0.location.file):\($0.location.line ?? 0)" }).count
    text.write(rows, " dòng của đơn vị này bị loại")
    if errors.count != rows { text.write(" (", errors.count, " lỗi)") }
    text.write(": ")
    for (index, error) in errors.prefix(listedRows).enumerated() {
      text.write(index == 0 ? "" : "; ", error.location.description, ": ", error.message)
    }
    if errors.count > listedRows { text.write("; và ", errors.count - listedRows, " lỗi khác") }
  }

  private static func vietnameseNoCriterion(
    _ why: Explanation.NoCriterion, level: UnitLevel?, to text: inout TextBuilder
  ) {
    if why.criteriaCount == 0 { return text.write("kế hoạch không có tiêu chí nào về số liệu hộ") }
    if why.criteriaCount == 1 {
      text.write("tiêu chí duy nhất của kế hoạch không áp dụng")
    } else {
      text.write("không tiêu chí nào trong ", why.criteriaCount, " tiêu chí của kế hoạch áp dụng")
    }
    text.write(" cho đơn vị")
    if let level { text.write(" ", vietnameseLevel(level)) }
    if !why.flags.isEmpty { text.write(" có nhãn ", why.flags.joined(separator: ", ")) }
    if let rate = why.baselineRate, let year = why.baselineYear {
      text.write(why.flags.isEmpty ? " có" : " và", " tỷ lệ hộ nghèo năm ", year, " là ")
      text.write(rate, places: 2)
      text.write("%")
    }
  }

  private static func vietnameseBaselineUnknown(
    _ criterion: Criterion?, baselineYear: Int?, lookup: UnitSeries.Lookup,
    to text: inout TextBuilder
  ) {
    let year = baselineYear.map { "năm \($0)" } ?? "năm gốc"
    text.write("không xác định được “", vietnameseLabel(criterion), "” có áp dụng hay không: ")
    text.write("điều này phụ thuộc vào tỷ lệ hộ nghèo ", year, ", nhưng ")
    switch lookup {
    case .invalid(let units): text.write("số liệu của ", vietnameseList(units), " bị loại")
    case .missing(let children) where !children.isEmpty:
      text.write("thiếu số liệu ", year, ": đơn vị không có dòng số liệu riêng và ")
      text.write(vietnameseList(children), " không có số liệu ", year)
    case .missingPredecessors(let codes):
      text.write("thiếu số liệu ", year, ": đơn vị được thành lập sau do sáp nhập, và ")
      text.write(codes.count == 1 ? "đơn vị tiền thân " : "các đơn vị tiền thân ")
      text.write(vietnameseList(codes), " không có số liệu ", year)
    case .counts: text.write("đơn vị không có hộ nào trong ", year)
    case .missing: text.write("thiếu số liệu ", year)
    }
  }

  private static func vietnameseMissingYears(
    _ missing: [MissingYear], criterion: Criterion?, year: Int, to text: inout TextBuilder
  ) {
    let consecutive = criterion?.consecutiveYears ?? 0
    text.write("“", vietnameseLabel(criterion), "” cần số liệu các năm ", year - consecutive, "–")
    text.write(year, " (", consecutive, " năm liên tục và năm liền trước): thiếu số liệu năm ")
    for (index, entry) in missing.enumerated() {
      if index > 0 { text.write(", ") }
      text.write(entry.year)
      if entry.parts.isEmpty { continue }
      let whose =
        entry.arePredecessors ? " (thành lập sau do sáp nhập; " : " (không có dòng số liệu riêng; "
      text.write(whose, vietnameseList(entry.parts), " không có số liệu năm ", entry.year, ")")
    }
  }

  private static func vietnameseMeasured(
    _ unit: UnitEvaluation, _ measured: Explanation.Measured, to text: inout TextBuilder
  ) {
    guard let criterion = unit.criterion else { return }
    let lead: StaticString
    switch unit.status {
    case .eligible: lead = "đạt"
    case .review: lead = "cần xem xét theo"
    default: lead = "không đạt"
    }
    text.write(lead, Mark.openQuote, vietnameseLabel(criterion), Mark.closeQuote, Mark.colon)
    let figures = unit.figures
    comparedYears(of: unit, criterion: criterion, measured: measured, words: .vietnamese, to: &text)
    if let baseline = measured.baseline, let rate = shownRate(baseline.counts),
      let bound = criterion.applies.baselineRate
    {
      text.write("; năm gốc ", baseline.year, ": ")
      text.write(rate)
      text.write("% (", baseline.counts.poor, " trên ", baseline.counts.total, " hộ)")
      if let below = bound.below { text.write(", dưới ", below, "%") }
      if let atLeast = bound.atLeast { text.write(", từ ", atLeast, "% trở lên") }
      if case .predecessors(let codes) = baseline.source {
        text.write("; số liệu năm gốc ", baseline.year, " lấy từ ")
        text.write(codes, separator: " + ")
      }
    }
    vietnamesePredecessorSums(figures, to: &text)
    if let count = summedChildren(figures) {
      text.write("; số liệu là tổng của ", count, " đơn vị trực thuộc")
    }
    for change in measured.standardChanges {
      text.write("; ", change.fromYear, "→", change.toYear, " so sánh số liệu theo hai chuẩn ")
      text.write("nghèo khác nhau (`", change.from, "` → `", change.to, "`)")
      switch measured.acrossStandards {
      case .review: text.write(": cần xem xét, quyết định (acrossStandards: review)")
      case .compare: text.write(", vẫn được so sánh như hiện có (acrossStandards: compare)")
      }
    }
  }

  /// "; số liệu năm 2023 và 2024 là tổng của 90401 + 90402": the years whose figures come from a
  /// merged unit's predecessors, grouped by the predecessors summed.
  private static func vietnamesePredecessorSums(
    _ figures: [YearFigures], to text: inout TextBuilder
  ) {
    for group in predecessorGroups(figures) {
      text.write("; số liệu năm ", vietnameseList(group.years, all: true), " là tổng của ")
      text.write(group.codes, separator: " + ")
    }
  }

  /// Why a district (or province) that ceased cannot be evaluated for `year`.
  private static func vietnameseCeased(
    level: UnitLevel?, year: Int, ending: UnitSeries.Ending, to text: inout TextBuilder
  ) {
    text.write("đơn vị")
    if let level { text.write(" ", vietnameseLevel(level)) }
    text.write(" này không còn tồn tại trong năm ", year, ": ")
    switch ending {
    case .merged(let merger):
      text.write("đã sáp nhập vào ", merger.newCode, " từ ngày ", merger.effective.vietnamese)
    case .childrenGone(let children, let mergers):
      if children.count == 1 {
        text.write("đơn vị trực thuộc duy nhất (", vietnameseList(children), ") không còn")
      } else {
        text.write("cả ", children.count, " đơn vị trực thuộc (", vietnameseList(children))
        text.write(") đều không còn")
      }
      let successors = successors(mergers)
      if !successors.codes.isEmpty {
        text.write(", đã sáp nhập vào ", vietnameseList(successors.codes))
        if let date = successors.date { text.write(" từ ngày ", date.vietnamese) }
      }
    }
    text.write("; không có số liệu riêng của năm ", year, ", nên không thể đánh giá theo tiêu chí")
  }

  /// `90101`, `90101 và 90102`, `90101, 90102, 90103 và 3 đơn vị khác`; with `all`, every item
  /// is named.
  static func vietnameseList(_ codes: [String], all: Bool = false) -> String {
    list(codes, all: all, and: " và ", none: "không đơn vị nào") { "\($0) đơn vị khác" }
  }
}

extension Reason.YearWords {
  /// "2022→2023: 32→25 hộ nghèo, −21,9% ≥ 20%".
  static let vietnamese = Reason.YearWords(
    poorHouseholds: " hộ nghèo", of: " trên ", households: " hộ)", points: " điểm phần trăm",
    nothingToReduce: ", không có hộ nghèo để giảm"
  ) { rule in
    switch rule {
    case .review: "; không còn hộ nghèo: cần xem xét, quyết định (whenNoPoorHouseholds: review)"
    case .met: "; không còn hộ nghèo: được tính là đạt (whenNoPoorHouseholds: met)"
    case .notMet: "; không còn hộ nghèo: được tính là không đạt (whenNoPoorHouseholds: not-met)"
    }
  }
}
