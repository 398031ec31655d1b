/// The result of one year's household poverty review for one unit (end of year).
public struct HouseholdCounts: Sendable, Hashable {
  public var total: Int
  public var poor: Int
  /// Hộ cận nghèo; absent when the panel has no such column.
  public var nearPoor: Int?

  public init(total: Int, poor: Int, nearPoor: Int? = nil) {
    self.total = total
    self.poor = poor
    self.nearPoor = nearPoor
  }

  /// The poverty rate in percent, exactly: 100·poor/total. Nil when `total` is 0.
  public var rate: Rational? {
    total == 0 ? nil : Rational(Int128(100 * poor), Int128(total))
  }

  /// Counts added (rates are recomputed from sums, never averaged).
  public static func + (a: HouseholdCounts, b: HouseholdCounts) -> HouseholdCounts {
    let near: Int? = if let x = a.nearPoor, let y = b.nearPoor { x + y } else { nil }
    return HouseholdCounts(total: a.total + b.total, poor: a.poor + b.poor, nearPoor: near)
  }
}
