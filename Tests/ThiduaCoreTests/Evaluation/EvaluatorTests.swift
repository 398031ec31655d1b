import Testing

@testable import ThiduaCore

/// A plan shaped like Bến Tre's: coastal/island first, district, then the two commune rules.
func benTreLikePlan(rule: NoPoorHouseholdsRule = .review) -> Plan {
  Plan(
    file: "plan.json", id: "test", title: "Test plan", period: YearRange(from: 2021, to: 2025),
    baselineYear: 2021, whenNoPoorHouseholds: rule,
    criteria: [
      Criterion(
        id: "coastal", title: "Xã bãi ngang ven biển, xã đảo",
        applies: Selector(level: .commune, anyFlag: ["coastal-extremely-difficult", "island"]),
        measure: .povertyRateReductionPoints, atLeast: Rational(2), consecutiveYears: 2),
      Criterion(
        id: "district", title: "Cấp huyện", applies: Selector(level: .district),
        measure: .poorHouseholdsReductionPercent, atLeast: Rational(20), consecutiveYears: 2),
      Criterion(
        id: "below-5", title: "Xã dưới 5%",
        applies: Selector(level: .commune, baselineRate: RateBound(below: Rational(5))),
        measure: .poorHouseholdsReductionPercent, atLeast: Rational(20), consecutiveYears: 2),
      Criterion(
        id: "from-5", title: "Xã từ 5%",
        applies: Selector(
          level: .commune, noneFlag: ["ward"], baselineRate: RateBound(atLeast: Rational(5))),
        measure: .povertyRateReductionPoints, atLeast: Rational(2), consecutiveYears: 2),
    ],
    awards: [
      Award(id: "bang-khen", title: "Bằng khen", criteria: ["below-5", "from-5", "district"])
    ])
}

/// Builds a data set from `code: [year: (total, poor)]`.
func dataSet(
  units: [Unit], counts: [String: [Int: (Int, Int)]], invalid: [String: [Diagnostic]] = [:]
) -> DataSet {
  DataSet(
    units: Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) }), hasUnitsFile: true,
    counts: counts.mapValues { $0.mapValues { HouseholdCounts(total: $0.0, poor: $0.1) } },
    invalidRows: invalid)
}

func commune(_ code: String, parent: String = "D1", flags: Set<String> = []) -> Unit {
  Unit(code: code, name: "Xã \(code)", level: .commune, parentCode: parent, flags: flags)
}

func evaluate(
  _ data: DataSet, plan: Plan = benTreLikePlan(), year: Int? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> [String: UnitEvaluation] {
  let report = try Evaluator(plan: plan, data: data).evaluate(year: year)
  return Dictionary(uniqueKeysWithValues: report.units.map { ($0.code, $0) })
}

@Suite struct EvaluatorTests {
  @Test func exactlyTwoPointsIsMetWhereDoubleSaysNo() throws {
    // 186 → 143 of 2150 is 8.65% → 6.65%, exactly 2 points; binary floating point says 1.99999….
    let data = dataSet(
      units: [commune("A", flags: ["coastal-extremely-difficult"])],
      counts: ["A": [2023: (2150, 229), 2024: (2150, 186), 2025: (2150, 143)]])
    let a = try #require(try evaluate(data)["A"])
    #expect(a.status == .eligible)
    #expect(a.criterion?.id == "coastal")
    #expect(a.comparisons.map(\.reduction) == [Rational(2), Rational(2)])
    #expect(
      a.reason.contains(
        "2024→2025: 8.65%→6.65% (186 of 2150 → 143 of 2150 households), −2.00 points ≥ 2"))
  }

  @Test func exactlyTwentyPercentIsMet() throws {
    // 10 → 8 poor households is exactly 20%; baseline 2021 below 5%.
    let data = dataSet(
      units: [commune("B")],
      counts: ["B": [2021: (1000, 40), 2023: (1000, 10), 2024: (1000, 8), 2025: (1000, 6)]])
    let b = try #require(try evaluate(data)["B"])
    #expect(b.criterion?.id == "below-5")
    #expect(b.status == .eligible)
    #expect(b.reason.contains("2023→2024: 10→8 poor households, −20.0% ≥ 20%"))
    #expect(b.reason.contains("2024→2025: 8→6 poor households, −25.0% ≥ 20%"))
    #expect(b.reason.contains("baseline 2021: 4.00% (40 of 1000 households), below 5%"))
    #expect(b.awards.map(\.id) == ["bang-khen"])
  }

  @Test(arguments: [
    // (poor before, poor after, threshold percent, met)
    (5, 4, 20, true), (5, 5, 20, false), (32, 25, 20, true), (25, 21, 20, false),
    (3, 2, 33, true), (3, 2, 34, false), (1000, 800, 20, true), (1000, 801, 20, false),
  ])
  func poorHouseholdsBoundary(before: Int, after: Int, threshold: Int, met: Bool) {
    let c = Measure.poorHouseholdsReductionPercent.compare(
      HouseholdCounts(total: 5000, poor: before), HouseholdCounts(total: 5000, poor: after),
      fromYear: 2024, toYear: 2025, atLeast: Rational(threshold), rule: .review)
    #expect(c.outcome == (met ? .met : .notMet))
  }

  @Test(arguments: [
    // (total0, poor0, total1, poor1, threshold as decimal text, met)
    (2150, 186, 2150, 143, "2", true), (2150, 186, 2150, 144, "2", false),
    (700, 49, 700, 35, "2", true), (1000, 70, 1100, 55, "2", true),  // 7% → 5%
    (1000, 70, 1000, 50, "2.5", false), (1000, 75, 1000, 50, "2.5", true),
    (1000, 11, 1000, 10, "0.1", true), (3000, 100, 3000, 40, "2", true),
  ])
  func povertyRateBoundary(t0: Int, p0: Int, t1: Int, p1: Int, threshold: String, met: Bool) throws
  {
    let c = Measure.povertyRateReductionPoints.compare(
      HouseholdCounts(total: t0, poor: p0), HouseholdCounts(total: t1, poor: p1),
      fromYear: 2024, toYear: 2025, atLeast: try #require(Rational(decimal: threshold)),
      rule: .review)
    #expect(c.outcome == (met ? .met : .notMet))
  }

  /// A selector's bound on the poverty rate decides from the counts as it decides from their
  /// rate, at the bounds themselves and around them, and refuses counts with no households.
  @Test func rateBoundsDecideFromCountsAsFromTheRate() throws {
    var generator = SeededGenerator(seed: 17)
    let bounds = [
      RateBound(below: Rational(5)), RateBound(atLeast: Rational(5)),
      RateBound(below: Rational(10), atLeast: Rational(5, 2)), RateBound(),
      RateBound(below: Rational(1, 3)), RateBound(atLeast: Rational(100)),
    ]
    for round in 0..<4_000 {
      let total = 1 + Int(generator.next() % UInt64([20, 400, 100_000][round % 3]))
      let counts = HouseholdCounts(total: total, poor: Int(generator.next() % UInt64(total + 1)))
      let rate = try #require(counts.rate)
      for bound in bounds {
        #expect(bound.contains(rateOf: counts) == bound.contains(rate), "\(counts) \(bound)")
      }
    }
    // Exactly at a bound: 5 of 100 is 5%, not below 5 and at least 5.
    let five = HouseholdCounts(total: 100, poor: 5)
    #expect(!RateBound(below: Rational(5)).contains(rateOf: five))
    #expect(RateBound(atLeast: Rational(5)).contains(rateOf: five))
    #expect(!RateBound().contains(rateOf: HouseholdCounts(total: 0, poor: 0)))
  }

  /// A change of poverty rate is the rate before less the rate after, exactly, reduced: for
  /// counts of a commune, of a province and of the country, for growth and for none.
  @Test func povertyRateReductionIsTheDifferenceOfTheRates() throws {
    var generator = SeededGenerator(seed: 3)
    for round in 0..<3_000 {
      let scale = [100, 5_000, 2_000_000, 30_000_000][round % 4]
      let total0 = 1 + Int(generator.next() % UInt64(scale))
      let total1 = round % 7 == 0 ? total0 : 1 + Int(generator.next() % UInt64(scale))
      let before = HouseholdCounts(total: total0, poor: Int(generator.next() % UInt64(total0 + 1)))
      let after = HouseholdCounts(total: total1, poor: Int(generator.next() % UInt64(total1 + 1)))
      let reduction = Measure.povertyRateReductionPoints.reduction(from: before, to: after)
      let expected = try #require(before.rate) - (try #require(after.rate))
      #expect(reduction == expected, "\(before) → \(after)")
      #expect(reduction.map { $0.denominator > 0 } == true)
    }
    let none = HouseholdCounts(total: 0, poor: 0)
    let some = HouseholdCounts(total: 10, poor: 1)
    #expect(Measure.povertyRateReductionPoints.reduction(from: none, to: some) == nil)
    #expect(Measure.povertyRateReductionPoints.reduction(from: some, to: none) == nil)
  }

  @Test(arguments: [
    (NoPoorHouseholdsRule.review, UnitStatus.review), (.met, .eligible), (.notMet, .notEligible),
  ])
  func noPoorHouseholdsLeftFollowsThePlan(rule: NoPoorHouseholdsRule, expected: UnitStatus) throws {
    // 2 → 0 meets the measure (−100%); 0 → 0 does not, and ends with no poor households.
    let data = dataSet(
      units: [commune("C")],
      counts: ["C": [2021: (400, 4), 2023: (400, 2), 2024: (400, 0), 2025: (400, 0)]])
    let c = try #require(try evaluate(data, plan: benTreLikePlan(rule: rule))["C"])
    #expect(c.status == expected)
    #expect(c.comparisons.map(\.reduction) == [Rational(100), nil])
    #expect(c.reason.contains("2024→2025: 0→0 poor households, no poor households to reduce"))
  }

  @Test func rateFallingToZeroBelowTheThresholdIsLeftToTheRule() throws {
    // 1.5% → 0% is 1.5 points, short of 2, but no poor households are left.
    let data = dataSet(
      units: [commune("E", flags: ["island"])],
      counts: ["E": [2023: (200, 10), 2024: (200, 3), 2025: (200, 0)]])
    let e = try #require(try evaluate(data)["E"])
    #expect(e.comparisons.map(\.outcome) == [.met, .review])
    #expect(e.status == .review)
  }

  @Test func theFirstMatchingCriterionApplies() throws {
    // A coastal commune below 5% is judged by the coastal rule, tried first.
    let data = dataSet(
      units: [commune("F", flags: ["coastal-extremely-difficult"])],
      counts: ["F": [2021: (1000, 10), 2023: (1000, 10), 2024: (1000, 8), 2025: (1000, 6)]])
    let f = try #require(try evaluate(data)["F"])
    #expect(f.criterion?.id == "coastal")
    #expect(f.status == .notEligible)
  }

  @Test func aWardAtOrAboveFivePercentHasNoCriterion() throws {
    let data = dataSet(
      units: [commune("W", flags: ["ward"])],
      counts: ["W": [2021: (1000, 62), 2023: (1000, 40), 2024: (1000, 20), 2025: (1000, 0)]])
    let w = try #require(try evaluate(data)["W"])
    #expect(w.status == .noCriterion)
    #expect(w.criterion == nil)
    #expect(
      w.reason
        == "none of the plan's 4 criteria applies to a commune with flags ward whose 2021 poverty rate was 6.20%"
    )
  }

  @Test func missingYearsAreNamed() throws {
    let data = dataSet(
      units: [commune("G")], counts: ["G": [2021: (100, 3), 2023: (100, 3), 2025: (100, 1)]])
    let g = try #require(try evaluate(data)["G"])
    #expect(g.status == .insufficientData)
    #expect(g.reason.hasSuffix("missing 2024"))
  }

  @Test func aMissingBaselineLeavesTheCriterionUndecided() throws {
    let data = dataSet(
      units: [commune("H")], counts: ["H": [2023: (100, 3), 2024: (100, 2), 2025: (100, 1)]])
    let h = try #require(try evaluate(data)["H"])
    #expect(h.status == .insufficientData)
    #expect(h.criterion?.id == "below-5")
    #expect(h.reason.contains("depends on the 2021 poverty rate, and 2021 is missing"))
  }

  @Test func aDistrictIsTheSumOfItsCommunes() throws {
    let units = [
      Unit(code: "D1", name: "Huyện 1", level: .district), commune("K1"), commune("K2"),
    ]
    let data = dataSet(
      units: units,
      counts: [
        "K1": [2023: (500, 20), 2024: (500, 16), 2025: (500, 12)],
        "K2": [2023: (500, 12), 2024: (500, 9), 2025: (500, 8)],
      ])
    let d = try #require(try evaluate(data)["D1"])
    #expect(d.status == .eligible)
    #expect(d.figures.map(\.counts.poor) == [32, 25, 20])
    #expect(d.figures.first?.source == .children(["K1", "K2"]))
    #expect(d.reason.contains("2023→2024: 32→25 poor households, −21.9% ≥ 20%"))
  }

  @Test func aDistrictWithAChildMissingAYearIsInsufficient() throws {
    let units = [Unit(code: "D1", name: "Huyện 1", level: .district), commune("K1"), commune("K2")]
    let data = dataSet(
      units: units,
      counts: [
        "K1": [2023: (500, 20), 2024: (500, 16), 2025: (500, 12)],
        "K2": [2023: (500, 12), 2025: (500, 8)],
      ])
    let d = try #require(try evaluate(data)["D1"])
    #expect(d.status == .insufficientData)
    #expect(d.reason.hasSuffix("missing 2024 (no row of its own; K2 lacks 2024)"))
  }

  @Test func ownRowsWinOverChildrenWithAWarning() throws {
    let units = [Unit(code: "D1", name: "Huyện 1", level: .district), commune("K1")]
    let data = dataSet(
      units: units,
      counts: [
        "D1": [2023: (1000, 50), 2024: (1000, 40), 2025: (1000, 30)],
        "K1": [2023: (1000, 50), 2024: (1000, 41), 2025: (1000, 30)],
      ])
    let d = try #require(try evaluate(data)["D1"])
    #expect(d.figures.map(\.counts.poor) == [50, 40, 30])
    #expect(d.figures.allSatisfy { $0.source == .own })
    #expect(
      d.warnings == [
        "2024: own row says 40 poor of 1000 households, its 1 children sum to 41 of 1000; the own row is used"
      ])
    #expect(
      d.warnings(in: .vietnamese) == [
        "năm 2024: dòng số liệu riêng ghi 40 hộ nghèo trên 1000 hộ, tổng của 1 đơn vị trực thuộc là 41 trên 1000 hộ; dùng dòng số liệu riêng"
      ])
  }

  @Test func rejectedRowsMakeTheUnitAndItsParentsInvalid() throws {
    let bad = Diagnostic.error(
      at: ThiduaCore.SourceLocation(file: "panel.csv", line: 7, column: 12),
      "column `poor_households`: '1.000' has a thousands separator")
    let units = [Unit(code: "D1", name: "Huyện 1", level: .district), commune("K1"), commune("K2")]
    let data = dataSet(
      units: units,
      counts: ["K1": [2023: (500, 20), 2024: (500, 16), 2025: (500, 12)]], invalid: ["K2": [bad]])
    let result = try evaluate(data)
    #expect(result["K2"]?.status == .invalidData)
    #expect(
      result["K2"]?.reason
        == "1 row of this unit rejected: panel.csv:7:12: column `poor_households`: '1.000' has a thousands separator"
    )
    #expect(result["D1"]?.status == .invalidData)
    #expect(result["D1"]?.reason.contains("K2") == true)
  }

  @Test func everyUnitOnceSortedAndTheLatestYearByDefault() throws {
    let data = dataSet(
      units: [commune("9"), commune("10"), commune("A")],
      counts: ["10": [2024: (10, 1)], "X": [2023: (10, 1)]])
    let report = try Evaluator(plan: benTreLikePlan(), data: data).evaluate()
    #expect(report.year == 2024)
    #expect(report.units.map(\.code) == ["10", "9", "A", "X"])
    #expect(report.units.last?.reason.contains("not described") == true)
  }

  @Test func roundedFiguresNeverContradictTheComparison() {
    // 19.96% would round to 20.0 and read "−20.0% < 20%".
    #expect(
      Reason.shown(Rational(1996, 100), places: 1, threshold: Rational(20), met: false) == "−19.96")
    #expect(Reason.shown(Rational(-5), places: 1, threshold: Rational(20), met: false) == "+5.0")
    #expect(
      Reason.shown(Rational(219, 10), places: 1, threshold: Rational(20), met: true) == "−21.9")
  }
}
