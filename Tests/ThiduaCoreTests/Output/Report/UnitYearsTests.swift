import Testing

@testable import ThiduaCore

@Suite struct UnitYearsTests {
  static let points = Criterion(
    id: "points", applies: Selector(), measure: .povertyRateReductionPoints,
    atLeast: Rational(2), consecutiveYears: 2)
  static let percent = Criterion(
    id: "percent", applies: Selector(), measure: .poorHouseholdsReductionPercent,
    atLeast: Rational(20), consecutiveYears: 2)

  @Test func ownRowsFillTheYearsOutsideTheWindowAndGapsAreMissing() {
    let unit = UnitEvaluation(
      code: "1", name: "", level: .commune, criterion: Self.points, status: .insufficientData,
      reason: "",
      figures: [
        YearFigures(year: 2023, counts: HouseholdCounts(total: 100, poor: 9), source: .own),
        YearFigures(year: 2025, counts: HouseholdCounts(total: 100, poor: 5), source: .own),
      ])
    let own = [
      2021: HouseholdCounts(total: 100, poor: 12), 2023: HouseholdCounts(total: 100, poor: 9),
      2025: HouseholdCounts(total: 100, poor: 5),
    ]
    let years = UnitYears(unit: unit, ownCounts: own).years
    #expect(years.map(\.year) == [2021, 2022, 2023, 2024, 2025])
    #expect(years.map { $0.counts?.poor } == [12, nil, 9, nil, 5])
    #expect(years.allSatisfy { $0.comparison == nil && $0.targetRate == nil })
  }

  @Test func theEvaluationsFiguresWinOverOwnRows() {
    // A merged unit: its 2024 figures are its predecessors' sums, its own row is 2025 only.
    let unit = UnitEvaluation(
      code: "9", name: "", level: .commune, criterion: Self.points, status: .eligible,
      reason: "",
      figures: [
        YearFigures(
          year: 2024, counts: HouseholdCounts(total: 300, poor: 18), source: .predecessors(["1"])),
        YearFigures(year: 2025, counts: HouseholdCounts(total: 300, poor: 12), source: .own),
      ],
      comparisons: [
        YearComparison(fromYear: 2024, toYear: 2025, reduction: Rational(2), outcome: .met)
      ])
    let years = UnitYears(
      unit: unit, ownCounts: [2025: HouseholdCounts(total: 999, poor: 1)]
    ).years
    #expect(years.map(\.year) == [2024, 2025])
    #expect(years.map { $0.counts?.total } == [300, 300])
    #expect(years[1].comparison?.outcome == .met)
  }

  @Test func theTargetOfPointsIsTheRateBeforeLessTheThreshold() {
    // 7.00% → 5.00% is exactly 2 points: the year lands exactly on its target.
    let target = UnitYears.targetRate(
      .povertyRateReductionPoints, atLeast: Rational(2),
      before: HouseholdCounts(total: 2150, poor: 150, nearPoor: nil),
      after: HouseholdCounts(total: 2150, poor: 107))
    #expect(target == Rational(150 * 100, 2150) - Rational(2))
  }

  @Test(arguments: [
    // poor before, households after, threshold: poor·(100 − t)/total is the target rate.
    (10, 900, Rational(20), Rational(800, 900)),
    (5, 1000, Rational(20), Rational(400, 1000)),
    (3, 100, Rational(1, 3), Rational(3 * (300 - 1), 3 * 100)),
  ])
  func theTargetOfPercentIsThePoorHouseholdsAllowedAsARate(
    poor: Int, total: Int, threshold: Rational, expected: Rational
  ) throws {
    let before = HouseholdCounts(total: total, poor: poor)
    let target = try #require(
      UnitYears.targetRate(
        .poorHouseholdsReductionPercent, atLeast: threshold, before: before,
        after: HouseholdCounts(total: total, poor: 0)))
    #expect(target == expected)
    // A year exactly at the allowed number of poor households sits exactly on the target.
    let allowed = Rational(Int128(poor)) * (Rational(100) - threshold) / Rational(100)
    #expect(allowed * Rational(100) / Rational(Int128(total)) == target)
  }

  @Test func noTargetWithoutPoorHouseholdsBeforeOrHouseholdsAfter() {
    let none = HouseholdCounts(total: 100, poor: 0)
    let some = HouseholdCounts(total: 100, poor: 4)
    let empty = HouseholdCounts(total: 0, poor: 0)
    #expect(
      UnitYears.targetRate(
        .poorHouseholdsReductionPercent, atLeast: Rational(20), before: none, after: some) == nil)
    #expect(
      UnitYears.targetRate(
        .poorHouseholdsReductionPercent, atLeast: Rational(20), before: some, after: empty) == nil)
    #expect(
      UnitYears.targetRate(
        .povertyRateReductionPoints, atLeast: Rational(2), before: empty, after: some) == nil)
  }

  @Test func yearsFarApartAreShownWithoutFillingTheGap() {
    let unit = UnitEvaluation(
      code: "1", name: "", level: nil, criterion: nil, status: .noCriterion, reason: "")
    let own = [1990: HouseholdCounts(total: 1, poor: 0), 2025: HouseholdCounts(total: 1, poor: 0)]
    #expect(UnitYears(unit: unit, ownCounts: own).years.map(\.year) == [1990, 2025])
  }
}
