/// The years a unit's block in the report shows, oldest first: its counts, the comparison with
/// the year before where the evaluation made one, and the rate that would meet the measure
/// exactly.
///
/// Counts come from the evaluation's figures (what the criterion was judged on, sums of
/// children or predecessors included) and, for the other years, from the unit's own rows, so a
/// commune shows the whole of its data and a merged unit its years before the merger. A year
/// between two shown years without counts is shown as missing.
struct UnitYears: Sendable, Hashable {
  /// One year of the block.
  struct Year: Sendable, Hashable {
    var year: Int
    /// Nil when the unit has no counts for the year.
    var counts: HouseholdCounts?
    /// The year against the year before, when it is in the criterion's window.
    var comparison: YearComparison?
    /// The poverty rate (percent) at which the year would meet the criterion's measure exactly,
    /// given the year before: at or below it, the year meets the measure. Nil outside the
    /// window, or when the measure cannot be met (no poor households the year before).
    var targetRate: Rational?
  }

  /// The years, oldest first.
  var years: [Year]

  /// The most years a gap between two shown years is filled with missing years; beyond it only
  /// the years with counts are shown, so that stray years cannot make a table of centuries.
  static let widestSpan = 30

  /// The years of `unit`, with `ownCounts` the unit's own rows by year.
  init(unit: UnitEvaluation, ownCounts: [Int: HouseholdCounts]?) {
    var counts: [Int: HouseholdCounts] = ownCounts ?? [:]
    for figure in unit.figures { counts[figure.year] = figure.counts }
    guard let first = counts.keys.min(), let last = counts.keys.max() else {
      years = []
      return
    }
    let shown: [Int] =
      last - first < Self.widestSpan ? Array(first...last) : counts.keys.sorted()
    var comparisons: [Int: YearComparison] = [:]
    for comparison in unit.comparisons { comparisons[comparison.toYear] = comparison }
    years = shown.map { year in
      let comparison = comparisons[year]
      var target: Rational?
      if let comparison, let criterion = unit.criterion,
        let before = counts[comparison.fromYear], let after = counts[year]
      {
        target = Self.targetRate(
          criterion.measure, atLeast: criterion.atLeast, before: before, after: after)
      }
      return Year(year: year, counts: counts[year], comparison: comparison, targetRate: target)
    }
  }

  /// The rate in percent at which `after` meets `measure` against `before` exactly.
  ///
  /// - Points of rate: the rate before less the threshold.
  /// - Percent of poor households: the poor households allowed, `poor·(100 − threshold)/100`,
  ///   as a rate of the year's households, `poor·(100 − threshold)/total`.
  static func targetRate(
    _ measure: Measure, atLeast threshold: Rational, before: HouseholdCounts,
    after: HouseholdCounts
  ) -> Rational? {
    switch measure {
    case .povertyRateReductionPoints:
      return before.rate.map { $0 - threshold }
    case .poorHouseholdsReductionPercent:
      guard before.poor > 0, after.total > 0 else { return nil }
      return Rational(Int128(before.poor)) * (Rational(100) - threshold)
        / Rational(Int128(after.total))
    }
  }
}
