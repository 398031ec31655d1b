/// A campaign plan (kế hoạch thi đua): who issued it, what it implements, its criteria, awards and
/// deadlines. Read from a `thidua.plan/1` JSON file by `PlanReader`.
public struct Plan: Sendable, Hashable {
  /// The schema this reader understands.
  public static let schema = "thidua.plan/1"

  /// The file the plan was read from, as the user named it.
  public var file: String
  public var id: String
  public var title: String
  /// The document that issued the plan (quyết định / kế hoạch), when it has one.
  public var decision: DocumentReference?
  /// The documents this plan implements (e.g. 666/QĐ-TTg).
  public var implements: [DocumentReference]
  public var period: YearRange
  /// IANA time zone for "today" in deadlines; `Asia/Ho_Chi_Minh` unless the plan says otherwise.
  public var timeZone: String
  /// The year whose end-of-year poverty rate selectors such as "below 5% at the end of 2021" use.
  public var baselineYear: Int?
  public var whenNoPoorHouseholds: NoPoorHouseholdsRule
  /// What a year compared with the year before under a different poverty standard counts as.
  public var acrossStandards: AcrossStandardsRule
  /// Tried in this order; the first whose selector matches a unit applies.
  public var criteria: [Criterion]
  public var awards: [Award]
  public var deadlines: [Deadline]
  /// Move deadlines that fall on a weekend or public holiday to the next working day.
  public var shiftToWorkingDay: Bool

  public init(
    file: String, id: String, title: String, decision: DocumentReference? = nil,
    implements: [DocumentReference] = [], period: YearRange, timeZone: String = "Asia/Ho_Chi_Minh",
    baselineYear: Int? = nil, whenNoPoorHouseholds: NoPoorHouseholdsRule = .review,
    criteria: [Criterion] = [], awards: [Award] = [], deadlines: [Deadline] = [],
    shiftToWorkingDay: Bool = false, acrossStandards: AcrossStandardsRule = .review
  ) {
    self.file = file
    self.id = id
    self.title = title
    self.decision = decision
    self.implements = implements
    self.period = period
    self.timeZone = timeZone
    self.baselineYear = baselineYear
    self.whenNoPoorHouseholds = whenNoPoorHouseholds
    self.acrossStandards = acrossStandards
    self.criteria = criteria
    self.awards = awards
    self.deadlines = deadlines
    self.shiftToWorkingDay = shiftToWorkingDay
  }

  /// The awards a unit meeting `criterionID` qualifies for, in the plan's order.
  public func awards(for criterionID: String) -> [Award] {
    awards.filter { $0.criteria.contains(criterionID) }
  }
}

/// A legal document: number (`666/QĐ-TTg`), date, issuer. Any part may be unknown.
public struct DocumentReference: Sendable, Hashable {
  public var number: String?
  public var date: CalendarDate?
  public var issuer: String?

  public init(number: String? = nil, date: CalendarDate? = nil, issuer: String? = nil) {
    self.number = number
    self.date = date
    self.issuer = issuer
  }
}

/// Inclusive years, `from` ≤ `to`.
public struct YearRange: Sendable, Hashable {
  public var from: Int
  public var to: Int

  public init(from: Int, to: Int) {
    self.from = from
    self.to = to
  }

  public func contains(_ year: Int) -> Bool { (from...to).contains(year) }
}

/// What a year that ends with no poor households, and does not meet its measure, counts as
/// (0 → 0 households, or 1.5% → 0%).
public enum NoPoorHouseholdsRule: String, Sendable, Hashable, CaseIterable {
  case review
  case met
  case notMet = "not-met"
}

/// What a year compared with the year before counts as when the two were reviewed under different
/// poverty standards (chuẩn nghèo), as the panel's `standard` column says.
public enum AcrossStandardsRule: String, Sendable, Hashable, CaseIterable {
  /// The comparison needs a person: status `review`, the reason names both standards (default).
  case review
  /// The figures are compared as they are; the reason still names both standards.
  case compare
}

/// One criterion (tiêu chí thi đua): which units it applies to, and what they must achieve.
public struct Criterion: Sendable, Hashable {
  public var id: String
  /// The plan's own wording, quoted in reasons.
  public var title: String?
  public var applies: Selector
  public var measure: Measure
  /// The threshold, read exactly from the JSON decimal.
  public var atLeast: Rational
  /// "trong N năm liên tục trước khi trình khen thưởng".
  public var consecutiveYears: Int

  public init(
    id: String, title: String? = nil, applies: Selector, measure: Measure, atLeast: Rational,
    consecutiveYears: Int
  ) {
    self.id = id
    self.title = title
    self.applies = applies
    self.measure = measure
    self.atLeast = atLeast
    self.consecutiveYears = consecutiveYears
  }
}

/// Which units a criterion applies to. Every key given must hold.
public struct Selector: Sendable, Hashable {
  public var level: UnitLevel?
  public var allFlags: [String]
  public var anyFlag: [String]
  public var noneFlag: [String]
  public var baselineRate: RateBound?

  public init(
    level: UnitLevel? = nil, allFlags: [String] = [], anyFlag: [String] = [],
    noneFlag: [String] = [], baselineRate: RateBound? = nil
  ) {
    self.level = level
    self.allFlags = allFlags
    self.anyFlag = anyFlag
    self.noneFlag = noneFlag
    self.baselineRate = baselineRate
  }
}

/// A condition on the baseline-year poverty rate, in percent: `below` and/or `atLeast`.
public struct RateBound: Sendable, Hashable {
  public var below: Rational?
  public var atLeast: Rational?

  public init(below: Rational? = nil, atLeast: Rational? = nil) {
    self.below = below
    self.atLeast = atLeast
  }

  /// Whether `rate` (percent) satisfies every bound given.
  public func contains(_ rate: Rational) -> Bool {
    if let below, !(rate < below) { return false }
    if let atLeast, rate < atLeast { return false }
    return true
  }

  /// Whether the poverty rate of `counts`, 100·poor/total, satisfies every bound given; false
  /// when there are no households. The same as ``contains(_:)`` of ``HouseholdCounts/rate``,
  /// compared without reducing the rate first: the selector is tried for every unit of the
  /// country.
  func contains(rateOf counts: HouseholdCounts) -> Bool {
    guard counts.total > 0 else { return false }
    let (percent, total) = (100 * Int128(counts.poor), Int128(counts.total))
    // rate < bound, with bound = n/d and d > 0: 100·poor·d < n·total.
    func isBelow(_ bound: Rational) -> Bool {
      percent * bound.denominator < bound.numerator * total
    }
    if let below, !isBelow(below) { return false }
    if let atLeast, isBelow(atLeast) { return false }
    return true
  }
}

/// What a criterion measures, year over year.
public enum Measure: String, Sendable, Hashable, CaseIterable {
  /// 100·(poor[w−1] − poor[w]) / poor[w−1] ≥ threshold ("giảm 20% tổng số hộ nghèo/năm").
  case poorHouseholdsReductionPercent = "poor-households-reduction-percent"
  /// rate[w−1] − rate[w] ≥ threshold, rate = 100·poor/total ("giảm tỷ lệ hộ nghèo từ 2%/năm").
  case povertyRateReductionPoints = "poverty-rate-reduction-points"
}

/// An award form (hình thức khen thưởng) and the criteria that qualify a unit for it.
public struct Award: Sendable, Hashable {
  public var id: String
  public var title: String
  public var criteria: [String]

  public init(id: String, title: String, criteria: [String]) {
    self.id = id
    self.title = title
    self.criteria = criteria
  }
}

/// A milestone of the plan: a review (sơ kết, tổng kết), a report, a submission.
public struct Deadline: Sendable, Hashable {
  public var id: String
  public var title: String
  public var schedule: Schedule

  public init(id: String, title: String, schedule: Schedule) {
    self.id = id
    self.title = title
    self.schedule = schedule
  }

  /// When a deadline falls.
  public enum Schedule: Sendable, Hashable {
    /// `"due": "2023-12-15"`, done when `done` is set.
    case once(due: CalendarDate, done: CalendarDate?)
    /// `"due": "2023"`: a text that names the year but no day; due by the end of that year.
    case duringYear(Int, done: CalendarDate?)
    /// `"every": "year", "on": "MM-DD", "from", "to"`, with the years already done.
    case yearly(month: Int, day: Int, from: Int, to: Int, done: [Int])
  }
}
