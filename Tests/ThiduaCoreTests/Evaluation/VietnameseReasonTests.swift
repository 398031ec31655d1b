import Testing

@testable import ThiduaCore

/// Every kind of reason has a Vietnamese text: no English words are left in it, decimals take a
/// comma, dates are written dd/mm/yyyy, and the English text stays as it was.
@Suite struct VietnameseReasonTests {
  /// Words of the English reasons that must not appear in a Vietnamese one.
  static let englishWords: Set<String> = [
    "households", "household", "poor", "meets", "meet", "missing", "needs", "baseline", "figures",
    "points", "units", "unit", "rows", "row", "rejected", "merged", "into", "criterion",
    "criteria", "plan", "the", "of", "and", "lacks", "lack", "ceased", "exists", "longer",
    "whose", "rate", "sums", "sum", "below", "least", "from", "decides", "person", "compared",
    "standards", "more", "findings", "year", "years", "consecutive", "before", "cannot",
    "depends", "formed", "later", "predecessor", "predecessors", "district", "commune",
    "province", "flags", "with", "none", "applies", "does", "under", "left", "counted", "as",
    "on", "own", "below", "evaluated", "its", "is", "are", "a", "to", "no", "not",
  ]

  /// `text` without what it quotes in backquotes (values as the user typed them).
  static func unquoted(_ text: String) -> String {
    text.split(separator: "`", omittingEmptySubsequences: false)
      .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
  }

  /// The words of `text` outside backquotes, hyphens kept inside words (`not-met` is a value).
  static func words(_ text: String) -> [String] {
    unquoted(text).split { !($0.isLetter || $0 == "-") }.map(String.init)
  }

  static let criterionPercent = Criterion(
    id: "below-5", title: "Xã dưới 5%",
    applies: Selector(level: .commune, baselineRate: RateBound(below: Rational(5))),
    measure: .poorHouseholdsReductionPercent, atLeast: Rational(20), consecutiveYears: 2)

  static let criterionPoints = Criterion(
    id: "from-5", title: nil,
    applies: Selector(
      level: .commune, noneFlag: ["ward"], baselineRate: RateBound(atLeast: Rational(5, 2))),
    measure: .povertyRateReductionPoints, atLeast: Rational(5, 2), consecutiveYears: 2)

  static let merger = Merger(
    oldCode: "90401", newCode: "90410",
    effective: CalendarDate(year: 2025, month: 7, day: 1) ?? CalendarDate(daysSinceEpoch: 0))

  static func unit(
    _ explanation: Explanation, status: UnitStatus = .insufficientData,
    level: UnitLevel? = .commune, criterion: Criterion? = criterionPercent,
    figures: [YearFigures] = [], comparisons: [YearComparison] = []
  ) -> UnitEvaluation {
    var unit = UnitEvaluation(
      code: "90101", name: "Xã Mẫu", level: level, criterion: criterion, status: status,
      reason: "", figures: figures, comparisons: comparisons)
    unit.explanation = explanation
    return unit
  }

  static func figures(_ source: YearFigures.Source, poor: [Int]) -> [YearFigures] {
    poor.enumerated().map { index, poor in
      YearFigures(
        year: 2023 + index, counts: HouseholdCounts(total: 1000, poor: poor), source: source)
    }
  }

  static func comparisons(_ reductions: [Rational?], outcome: YearComparison.Outcome = .met)
    -> [YearComparison]
  {
    reductions.enumerated().map { index, reduction in
      YearComparison(
        fromYear: 2023 + index, toYear: 2024 + index, reduction: reduction, outcome: outcome)
    }
  }

  static func measured(
    baseline: Baseline? = nil, changes: [Reason.StandardChange] = [],
    rule: NoPoorHouseholdsRule = .review, across: AcrossStandardsRule = .review
  ) -> Explanation {
    .measured(
      Explanation.Measured(
        baseline: baseline, standardChanges: changes, whenNoPoorHouseholds: rule,
        acrossStandards: across))
  }

  /// One unit of every kind of reason, and of every branch a kind has.
  static let units: [UnitEvaluation] = {
    let rows = [
      Diagnostic.error(
        at: SourceLocation(file: "data.csv", line: 2, column: 3),
        .poorAboveTotal(poor: 12, total: 10)),
      Diagnostic.error(
        at: SourceLocation(file: "data.csv", line: 2, column: 5),
        .badCount(column: "near_poor_households", .decimal("1.5"))),
      Diagnostic.error(at: SourceLocation(file: "data.csv", line: 3, column: 1), .blankRow),
      Diagnostic.error(
        at: SourceLocation(file: "data.csv", line: 4, column: 2), .badYear(.outOfRange(1800))),
    ]
    let changes = [Reason.StandardChange(fromYear: 2021, toYear: 2022, from: "2016", to: "2021")]
    let baseline = Baseline(
      year: 2021, counts: HouseholdCounts(total: 3000, poor: 330),
      source: .predecessors(["90401", "90402"]))
    let twoGone = UnitSeries.Ending.childrenGone(
      children: ["90401", "90402", "90403", "90404", "90405"], mergers: [merger])
    let oneGone = UnitSeries.Ending.childrenGone(children: ["90401"], mergers: [])
    return [
      unit(.rejectedRows(rows), status: .invalidData),
      unit(.rejectedRows(Array(rows.prefix(1))), status: .invalidData),
      unit(.invalidParts(["90101", "90102", "90103", "90104", "90105"]), status: .invalidData),
      unit(.notDescribed, status: .noCriterion, level: nil, criterion: nil),
      unit(
        .noCriterion(
          Explanation.NoCriterion(
            flags: ["ward"], criteriaCount: 4, baselineRate: Rational(6), baselineYear: 2021)),
        status: .noCriterion, criterion: nil),
      unit(
        .noCriterion(
          Explanation.NoCriterion(
            flags: [], criteriaCount: 1, baselineRate: Rational(13, 2), baselineYear: 2021)),
        status: .noCriterion, level: nil, criterion: nil),
      unit(
        .noCriterion(
          Explanation.NoCriterion(
            flags: [], criteriaCount: 0, baselineRate: nil, baselineYear: nil)),
        status: .noCriterion, criterion: nil),
      unit(.baselineUnknown(baselineYear: 2021, lookup: .invalid(units: ["90101"]))),
      unit(.baselineUnknown(baselineYear: 2021, lookup: .missing(children: ["90101", "90102"]))),
      unit(.baselineUnknown(baselineYear: nil, lookup: .missing(children: []))),
      unit(.baselineUnknown(baselineYear: 2021, lookup: .missingPredecessors(["90401"]))),
      unit(.baselineUnknown(baselineYear: 2021, lookup: .missingPredecessors(["90401", "90402"]))),
      unit(
        .baselineUnknown(
          baselineYear: 2021, lookup: .counts(HouseholdCounts(total: 0, poor: 0), .own))),
      unit(
        .missingYears(
          [
            Reason.MissingYear(year: 2023, parts: []),
            Reason.MissingYear(year: 2024, parts: ["90301"]),
            Reason.MissingYear(year: 2025, parts: ["90401", "90402"], arePredecessors: true),
          ], year: 2025, isAggregate: true)),
      unit(
        measured(), status: .eligible,
        figures: figures(.children(["90101", "90102"]), poor: [40, 32, 25]),
        comparisons: comparisons([Rational(20), Rational(219, 10)])),
      unit(
        measured(rule: .review), status: .review, figures: figures(.own, poor: [2, 0, 0]),
        comparisons: comparisons([Rational(100), nil], outcome: .review)),
      unit(
        measured(rule: .met), status: .eligible, figures: figures(.own, poor: [2, 0, 0]),
        comparisons: comparisons([Rational(100), nil])),
      unit(
        measured(rule: .notMet), status: .notEligible, figures: figures(.own, poor: [2, 0, 0]),
        comparisons: comparisons([Rational(100), nil], outcome: .notMet)),
      unit(
        measured(baseline: baseline, changes: changes, across: .review), status: .review,
        criterion: criterionPoints,
        figures: figures(.predecessors(["90401", "90402"]), poor: [240, 180])
          + [YearFigures(year: 2025, counts: HouseholdCounts(total: 0, poor: 0), source: .own)],
        comparisons: comparisons([Rational(6), Rational(-1, 3)], outcome: .notMet)),
      unit(
        measured(changes: changes, across: .compare), status: .notEligible,
        criterion: criterionPoints, figures: figures(.own, poor: [210, 180, 150]),
        comparisons: comparisons([Rational(3), Rational(3)])),
      unit(.merged(merger, now: "90500"), status: .merged, criterion: nil),
      unit(.merged(merger, now: nil), status: .merged, criterion: nil),
      unit(.ceased(year: 2025, ending: .merged(merger)), level: .district),
      unit(.ceased(year: 2025, ending: twoGone), level: .district),
      unit(.ceased(year: 2025, ending: oneGone), level: nil),
    ]
  }()

  @Test(arguments: units)
  func everyReasonHasAVietnameseText(unit: UnitEvaluation) {
    let english = Reason.text(of: unit, in: .english)
    let vietnamese = Reason.text(of: unit, in: .vietnamese)
    #expect(english == unit.reason)
    #expect(!vietnamese.isEmpty)
    #expect(vietnamese != english)
    let left = Self.words(vietnamese).filter(Self.englishWords.contains)
    #expect(left.isEmpty, "English words \(left) in: \(vietnamese)")
    // Decimals take a comma; no digit is followed by a point and another digit.
    #expect(Self.unquoted(vietnamese).firstRange(of: /[0-9]\.[0-9]/) == nil, "\(vietnamese)")
    #expect(!vietnamese.contains("2025-07-01"))
  }

  @Test func theVietnameseWordsAreThoseOfThePlans() {
    let texts = Self.units.map { Reason.text(of: $0, in: .vietnamese) }
    let all = texts.joined(separator: "\n")
    for expected in [
      "đạt “Xã dưới 5%”: 2023→2024: 40→32 hộ nghèo, −20,0% ≥ 20%; 2024→2025: 32→25 hộ nghèo, "
        + "−21,9% ≥ 20%; số liệu là tổng của 2 đơn vị trực thuộc",
      "đã sáp nhập vào 90410 từ ngày 01/07/2025 (nay thuộc 90500); không còn được đánh giá riêng",
      "không tiêu chí nào trong 4 tiêu chí của kế hoạch áp dụng cho đơn vị cấp xã có nhãn ward và "
        + "tỷ lệ hộ nghèo năm 2021 là 6,00%",
      "; năm gốc 2021: 11,00% (330 trên 3000 hộ), từ 2,5% trở lên; số liệu năm gốc 2021 lấy từ "
        + "90401 + 90402; số liệu năm 2023 và 2024 là tổng của 90401 + 90402",
      "−3,00 điểm phần trăm ≥ 2,5",
      "+0,33 điểm phần trăm < 2,5",
      "3 dòng của đơn vị này bị loại (4 lỗi): data.csv:2:3: cột `poor_households`: 12 lớn hơn "
        + "`total_households` 10; cần nhiều nhất 10; data.csv:2:5: cột `near_poor_households`: "
        + "`1.5` không phải là số nguyên; cần số hộ là một số nguyên; data.csv:3:1: dòng trống; cần "
        + "một dòng số liệu (hãy xóa các dòng trống giữa các dòng số liệu); và 1 lỗi khác",
      "cả 5 đơn vị trực thuộc (90401, 90402, 90403 và 2 đơn vị khác) đều không còn, đã sáp nhập "
        + "vào 90410 từ ngày 01/07/2025",
    ] {
      #expect(all.contains(expected), "missing: \(expected)")
    }
  }

  @Test func aTableInVietnameseWritesItsReasonsInVietnamese() throws {
    let data = dataSet(
      units: [commune("A")],
      counts: ["A": [2021: (100, 4), 2022: (100, 10), 2023: (100, 8), 2024: (100, 7)]])
    let report = try Evaluator(plan: benTreLikePlan(), data: data).evaluate()
    let table = EvaluationRenderer.render(
      report, format: .table, list: .evaluation, language: .vietnamese)
    let unit = try #require(report.units.first)
    #expect(table.contains(Reason.text(of: unit, in: .vietnamese)))
    #expect(table.hasPrefix("Kết quả đánh giá năm 2024: Test plan\n\nMã  Tên đơn vị  Cấp  "))
    #expect(table.hasSuffix("\n1 đơn vị: 1 không đủ điều kiện\n"))
  }
}
