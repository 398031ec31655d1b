@testable import ThiduaCore

/// A small hand-built report: Vietnamese names, every status, a reason with a comma and a quote,
/// a unit with awards, figures from children and predecessors.
enum SampleReport {
  static let xaDuoi5 = Criterion(
    id: "xa-duoi-5", title: "Xã có tỷ lệ hộ nghèo cuối năm 2021 dưới 5%: giảm 20% số hộ nghèo/năm",
    applies: Selector(level: .commune, baselineRate: RateBound(below: Rational(5))),
    measure: .poorHouseholdsReductionPercent, atLeast: Rational(20), consecutiveYears: 2)
  static let xaTu5 = Criterion(
    id: "xa-tu-5", title: nil,
    applies: Selector(level: .commune, noneFlag: ["ward"]),
    measure: .povertyRateReductionPoints, atLeast: Rational(5, 2), consecutiveYears: 2)
  static let huyen = Criterion(
    id: "huyen", title: "Cấp huyện",
    applies: Selector(level: .district),
    measure: .poorHouseholdsReductionPercent, atLeast: Rational(1, 3), consecutiveYears: 2)

  static let bangKhen = Award(
    id: "bang-khen-tinh", title: "Bằng khen của Chủ tịch UBND tỉnh", criteria: ["xa-duoi-5"])
  static let giayKhen = Award(id: "giay-khen", title: "Giấy khen", criteria: ["xa-duoi-5"])

  static let plan = Plan(
    file: "campaigns/ben-tre-2021-2025.json", id: "ben-tre-2021-2025",
    title: "Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” tỉnh Bến Tre",
    decision: DocumentReference(
      number: "1234/KH-UBND", date: CalendarDate(year: 2022, month: 7, day: 20),
      issuer: "UBND tỉnh Bến Tre"),
    period: YearRange(from: 2021, to: 2025), baselineYear: 2021,
    criteria: [xaDuoi5, xaTu5, huyen], awards: [bangKhen, giayKhen])

  static let units: [UnitEvaluation] = [
    UnitEvaluation(
      code: "28756", name: "Xã Thạnh Phong", level: .commune, criterion: xaDuoi5,
      status: .eligible,
      reason: "giảm 25.00% rồi 20.00% số hộ nghèo, đạt \"từ 20%\" trong 2 năm liên tục",
      figures: [
        YearFigures(
          year: 2023, counts: HouseholdCounts(total: 2150, poor: 40, nearPoor: 61), source: .own),
        YearFigures(
          year: 2024, counts: HouseholdCounts(total: 2160, poor: 30, nearPoor: 55), source: .own),
        YearFigures(
          year: 2025, counts: HouseholdCounts(total: 2170, poor: 24, nearPoor: 50), source: .own),
      ],
      comparisons: [
        YearComparison(fromYear: 2023, toYear: 2024, reduction: Rational(25), outcome: .met),
        YearComparison(fromYear: 2024, toYear: 2025, reduction: Rational(20), outcome: .met),
      ],
      awards: [bangKhen, giayKhen]),
    UnitEvaluation(
      code: "28757", name: "Xã An Thủy", level: .commune, criterion: xaTu5,
      status: .notEligible,
      reason: "2025: tỷ lệ hộ nghèo giảm 1.50 điểm, chưa đạt 2.5 điểm, \"theo kế hoạch\"",
      figures: [
        YearFigures(year: 2023, counts: HouseholdCounts(total: 2150, poor: 186), source: .own),
        YearFigures(year: 2024, counts: HouseholdCounts(total: 2150, poor: 129), source: .own),
        YearFigures(year: 2025, counts: HouseholdCounts(total: 2000, poor: 90), source: .own),
      ],
      comparisons: [
        YearComparison(
          fromYear: 2023, toYear: 2024, reduction: Rational(2_65, 1_00), outcome: .met),
        YearComparison(fromYear: 2024, toYear: 2025, reduction: Rational(-1, 3), outcome: .notMet),
      ]),
    UnitEvaluation(
      code: "28758", name: "Xã Bình Thắng", level: .commune, criterion: xaDuoi5,
      status: .review,
      reason: "2025: không còn hộ nghèo (0 → 0); cần xem xét",
      figures: [
        YearFigures(year: 2024, counts: HouseholdCounts(total: 900, poor: 0), source: .own),
        YearFigures(year: 2025, counts: HouseholdCounts(total: 0, poor: 0), source: .own),
      ],
      comparisons: [
        YearComparison(fromYear: 2024, toYear: 2025, reduction: nil, outcome: .review)
      ],
      awards: [bangKhen]),
    UnitEvaluation(
      code: "829", name: "Huyện Ba Tri", level: .district, criterion: huyen,
      status: .insufficientData, reason: "thiếu số liệu năm 2023 của xã 28760",
      figures: [
        YearFigures(
          year: 2024, counts: HouseholdCounts(total: 5000, poor: 300),
          source: .children(["28756", "28757"]))
      ],
      warnings: ["own rows of 2024 differ from the sum of the children (300 ≠ 301)"]),
    UnitEvaluation(
      code: "29000", name: "Phường\tAn Hội", level: .commune, criterion: nil,
      status: .invalidData, reason: "panel.csv:12: poor_households 'x' is not a number\nsee row 13"),
    UnitEvaluation(
      code: "29001", name: "", level: nil, criterion: nil, status: .noCriterion,
      reason: "không có tiêu chí nào áp dụng"),
    UnitEvaluation(
      code: "29002", name: "Xã Tân Xuân (cũ)", level: .commune, criterion: nil, status: .merged,
      reason: "sáp nhập vào 29100 từ 2025-07-01",
      figures: [
        YearFigures(
          year: 2025, counts: HouseholdCounts(total: 4000, poor: 100),
          source: .predecessors(["29002", "29003"]))
      ]),
  ]

  static let report = EvaluationReport(
    plan: plan, year: 2025, units: units, accounting: RowAccounting(read: 20, used: 19, rejected: 1)
  )
}
