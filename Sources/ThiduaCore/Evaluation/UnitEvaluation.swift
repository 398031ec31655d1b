/// What the evaluation says of one unit: the criterion applied, the status, a reason a person can
/// read, and the figures behind it.
public struct UnitEvaluation: Sendable, Hashable {
  public var code: String
  /// Empty when the unit is known only from data rows without names.
  public var name: String
  public var level: UnitLevel?
  /// The criterion applied (the first whose selector matched), if any.
  public var criterion: Criterion? {
    get { applied?.criterion }
    set { applied = newValue.map(AppliedCriterion.init) }
  }
  /// The criterion applied, shared by every unit it applies to: a unit holds a reference, not a
  /// copy of the criterion's title, selector and threshold (the evaluation of the country keeps
  /// 10,000 units).
  var applied: AppliedCriterion?
  public var status: UnitStatus
  /// One or more sentences, quoting the criterion's title and the figures.
  public var reason: String {
    get { Reason.text(of: self) }
    set { explanation = .text(newValue) }
  }
  /// What the reason says, as data: written in words only when output.
  var explanation: Explanation
  /// The yearly counts used, oldest first.
  public var figures: [YearFigures]
  /// Each year of the window against the year before it, oldest first.
  public var comparisons: [YearComparison]
  /// The awards the unit qualifies for (only when eligible or review).
  public var awards: [Award]
  /// Things a person should know that do not change the status (e.g. own rows ≠ children's sum),
  /// in English; ``warnings(in:)`` writes them in a language.
  public var warnings: [String] {
    get { notes.map { $0.text(in: .english) } }
    set { notes = newValue.map(UnitWarning.text) }
  }
  /// What the warnings say, as data: written in words only when output.
  var notes: [UnitWarning]

  public init(
    code: String, name: String, level: UnitLevel?, criterion: Criterion?, status: UnitStatus,
    reason: String, figures: [YearFigures] = [], comparisons: [YearComparison] = [],
    awards: [Award] = [], warnings: [String] = []
  ) {
    self.code = code
    self.name = name
    self.level = level
    self.applied = criterion.map(AppliedCriterion.init)
    self.status = status
    self.explanation = .text(reason)
    self.figures = figures
    self.comparisons = comparisons
    self.awards = awards
    self.notes = warnings.map(UnitWarning.text)
  }

  /// A unit with nothing decided yet: no criterion, no figures, the status `noCriterion`; what
  /// the evaluation starts from. `applied` is left to its implicit `nil`: assigned here, it made
  /// the compiler build the evaluation twice and copy it, retaining and releasing its strings.
  init(code: String, name: String, level: UnitLevel?) {
    self.code = code
    self.name = name
    self.level = level
    status = .noCriterion
    explanation = .text("")
    figures = []
    comparisons = []
    awards = []
    notes = []
  }

  /// Whether the unit has warnings.
  public var hasWarnings: Bool { !notes.isEmpty }

  /// The warnings, written in `language`.
  public func warnings(in language: Language) -> [String] {
    notes.map { $0.text(in: language) }
  }
}

extension UnitEvaluation {
  /// Two evaluations are equal when they say the same, reasons compared as text.
  public static func == (a: UnitEvaluation, b: UnitEvaluation) -> Bool {
    a.code == b.code && a.name == b.name && a.level == b.level && a.criterion == b.criterion
      && a.status == b.status && a.figures == b.figures && a.comparisons == b.comparisons
      && a.awards == b.awards && a.warnings == b.warnings && a.reason == b.reason
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(status)
    hasher.combine(reason)
  }
}

/// A criterion of a plan, held once for all the units it applies to.
final class AppliedCriterion: Sendable {
  let criterion: Criterion

  init(_ criterion: Criterion) {
    self.criterion = criterion
  }
}

/// A unit's counts for one year, and where they came from.
public struct YearFigures: Sendable, Hashable {
  public var year: Int
  public var counts: HouseholdCounts
  public var source: Source

  public init(year: Int, counts: HouseholdCounts, source: Source) {
    self.year = year
    self.counts = counts
    self.source = source
  }

  /// Where a year's counts come from.
  public enum Source: Sendable, Hashable {
    /// The unit's own row.
    case own
    /// The sum of its children (a district or province without rows of its own).
    case children([String])
    /// The sum of its predecessors (a unit formed by a merger).
    case predecessors([String])
  }
}

/// One year of the window measured against the year before.
public struct YearComparison: Sendable, Hashable {
  public var fromYear: Int
  public var toYear: Int
  /// The change measured: percent fewer poor households, or points of poverty rate fewer
  /// (negative when poverty grew). Nil when it cannot be computed (no poor households before).
  public var reduction: Rational?
  public var outcome: Outcome

  public init(fromYear: Int, toYear: Int, reduction: Rational?, outcome: Outcome) {
    self.fromYear = fromYear
    self.toYear = toYear
    self.reduction = reduction
    self.outcome = outcome
  }

  /// Whether the year meets the measure.
  public enum Outcome: String, Sendable, Hashable {
    case met
    case notMet = "not-met"
    /// Ended with no poor households without meeting the measure; decided by the plan's rule.
    case review
  }
}

/// The evaluation of every unit for one plan and year, sorted by unit code.
public struct EvaluationReport: Sendable {
  public var plan: Plan
  public var year: Int
  public var units: [UnitEvaluation]
  public var accounting: RowAccounting
  /// Warnings for stderr (e.g. own rows that differ from the children's sum).
  public var warnings: [Diagnostic]

  public init(
    plan: Plan, year: Int, units: [UnitEvaluation], accounting: RowAccounting,
    warnings: [Diagnostic] = []
  ) {
    self.plan = plan
    self.year = year
    self.units = units
    self.accounting = accounting
    self.warnings = warnings
  }
}
