extension Measure {
  /// The reduction from `before` to `after` in this measure's unit: percent fewer poor households,
  /// or percentage points of poverty rate fewer. Negative when poverty grew; nil when undefined
  /// (a percent reduction from no poor households, or a year with no households).
  public func reduction(from before: HouseholdCounts, to after: HouseholdCounts) -> Rational? {
    switch self {
    case .poorHouseholdsReductionPercent:
      guard before.poor > 0 else { return nil }
      return Rational(Int128(100 * (before.poor - after.poor)), Int128(before.poor))
    case .povertyRateReductionPoints:
      guard before.total > 0, after.total > 0 else { return nil }
      // before.rate − after.rate as one fraction, reduced once: the two rates reduced apart and
      // then subtracted took three reductions, for every year of every unit.
      let (t0, t1) = (Int128(before.total), Int128(after.total))
      let difference = Int128(before.poor) * t1 - Int128(after.poor) * t0
      return Rational(100 * difference, t0 * t1)
    }
  }

  /// Compares one year with the year before against `threshold`, exactly.
  ///
  /// A year that ends with no poor households and does not meet the measure (0 → 0, or
  /// 1.5% → 0% against 2 points) is decided by `rule`.
  public func compare(
    _ before: HouseholdCounts, _ after: HouseholdCounts, fromYear: Int, toYear: Int,
    atLeast threshold: Rational, rule: NoPoorHouseholdsRule
  ) -> YearComparison {
    let reduction = reduction(from: before, to: after)
    var outcome: YearComparison.Outcome = .notMet
    if let reduction, reduction >= threshold {
      outcome = .met
    } else if after.poor == 0 {
      switch rule {
      case .review: outcome = .review
      case .met: outcome = .met
      case .notMet: outcome = .notMet
      }
    }
    return YearComparison(
      fromYear: fromYear, toYear: toYear, reduction: reduction, outcome: outcome)
  }
}
