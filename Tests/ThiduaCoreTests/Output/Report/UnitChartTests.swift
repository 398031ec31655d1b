import Testing

@testable import ThiduaCore

@Suite struct UnitChartTests {
  /// 10% → 8% → 5% under "2 points a year": the targets are 8% and 6%.
  static let years: [UnitYears.Year] = [
    UnitYears.Year(year: 2021, counts: HouseholdCounts(total: 100, poor: 10)),
    UnitYears.Year(
      year: 2022, counts: HouseholdCounts(total: 100, poor: 8),
      comparison: YearComparison(
        fromYear: 2021, toYear: 2022, reduction: Rational(2), outcome: .met),
      targetRate: Rational(8)),
    UnitYears.Year(
      year: 2023, counts: HouseholdCounts(total: 100, poor: 7),
      comparison: YearComparison(
        fromYear: 2022, toYear: 2023, reduction: Rational(1), outcome: .notMet),
      targetRate: Rational(6)),
  ]

  @Test func barsShowEachYearsOutcomeAndTicksItsTarget() {
    let svg = UnitChart.svg(Self.years, baselineYear: nil, bound: nil, label: "Rate")
    // Scale: 10% fills the 66 pixels above the axis at y = 70.
    #expect(svg.contains("<path class=\"o\" d=\"M5 70V4h20V70z\"/>"))
    #expect(svg.contains("<path class=\"m\" d=\"M35 70V17h20V70z\"/>"))
    #expect(svg.contains("<path class=\"n\" d=\"M65 70V24h20V70z\"/>"))
    // The met year's bar reaches its tick exactly (8%); the other stops above its tick (6%).
    #expect(svg.contains("<path class=\"t\" d=\"M32 17h26M62 30h26\"/>"))
    #expect(!svg.contains("class=\"b\""))
    #expect(svg.contains(">2021</text>") && svg.contains(">2023</text>"))
  }

  @Test func theBaselineBoundIsDrawnOverTheBaselineYear() {
    let svg = UnitChart.svg(
      Self.years, baselineYear: 2021, bound: RateBound(atLeast: Rational(5)), label: "Rate")
    #expect(svg.contains("<path class=\"b\" d=\"M0 37h30\"/>"))
    let both = UnitChart.svg(
      Self.years, baselineYear: 2022,
      bound: RateBound(below: Rational(12), atLeast: Rational(5)), label: "Rate")
    // A bound above every rate sets the scale: 12% fills the plot.
    #expect(both.contains("<path class=\"b\" d=\"M30 4h30M30 42h30\"/>"))
  }

  @Test func noBoundWhenTheBaselineYearIsNotShown() {
    let svg = UnitChart.svg(
      Self.years, baselineYear: 2019, bound: RateBound(below: Rational(5)), label: "Rate")
    #expect(!svg.contains("class=\"b\""))
  }

  @Test func aYearForAPersonToDecideAndARateOfZero() {
    let years = [
      UnitYears.Year(year: 2024, counts: HouseholdCounts(total: 50, poor: 2)),
      UnitYears.Year(
        year: 2025, counts: HouseholdCounts(total: 50, poor: 0),
        comparison: YearComparison(
          fromYear: 2024, toYear: 2025, reduction: nil, outcome: .review)),
    ]
    let svg = UnitChart.svg(years, baselineYear: nil, bound: nil, label: "Rate")
    // Zero keeps a bar two pixels high.
    #expect(svg.contains("<path class=\"r\" d=\"M35 70V68h20V70z\"/>"))
  }

  @Test func aMissingYearHasNoBarAndNoCountsNoChart() {
    let years = [
      UnitYears.Year(year: 2023, counts: HouseholdCounts(total: 10, poor: 1)),
      UnitYears.Year(year: 2024, counts: nil),
      UnitYears.Year(year: 2025, counts: HouseholdCounts(total: 10, poor: 1)),
    ]
    let svg = UnitChart.svg(years, baselineYear: nil, bound: nil, label: "Rate")
    #expect(svg.contains("<path class=\"o\" d=\"M5 70V4h20V70zM65 70V4h20V70z\"/>"))
    #expect(
      UnitChart.svg(
        [UnitYears.Year(year: 2024, counts: nil)], baselineYear: nil, bound: nil, label: "")
        == "")
  }

  @Test func theLabelIsEscapedAndAFiveYearChartStaysSmall() {
    var years = Self.years
    years.append(
      UnitYears.Year(
        year: 2024, counts: HouseholdCounts(total: 100_000, poor: 12_345),
        comparison: YearComparison(
          fromYear: 2023, toYear: 2024, reduction: Rational(-5), outcome: .notMet),
        targetRate: Rational(5)))
    years.append(UnitYears.Year(year: 2025, counts: HouseholdCounts(total: 99_999, poor: 9_999)))
    let svg = UnitChart.svg(
      years, baselineYear: 2021, bound: RateBound(atLeast: Rational(5)), label: "<\"rate\">")
    #expect(svg.contains("aria-label=\"&lt;&quot;rate&quot;&gt;\""))
    #expect(svg.utf8.count < 600)
  }
}
