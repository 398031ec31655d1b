/// Every word of the HTML report that does not come from the plan, the data or the evaluation:
/// headings, column names, status and outcome labels, legends and the sentences around figures.
///
/// One value holds a whole language: ``english``, and ``vietnamese`` in
/// `ReportText+Vietnamese.swift`; ``init(language:)`` picks one. Two kinds of text are not here:
/// the reasons, which the evaluation writes in the language, and the plan's criteria in words,
/// which come from ``PlanDescription`` so that `thidua show` and the report say them alike.
public struct ReportText: Sendable {
  /// The document's language: `<html lang>`, and the language of the reasons and of the plan in
  /// words.
  public var language: Language

  // MARK: Title and navigation

  /// The `<title>` and the first heading: "Evaluation of 2025: plan title" (titles carry their
  /// own quotation marks).
  public var title: @Sendable (_ year: Int, _ planTitle: String) -> String
  /// The line above the title: whom the report is for.
  public var audience: String
  /// Link texts of the navigation bar, in the order of the sections.
  public var planSection: String
  public var summarySection: String
  public var parentsSection: String
  public var eligibilitySection: String
  public var unitsSection: String

  // MARK: The plan

  /// Labels of the plan's facts.
  public var planLabel: String
  public var decisionLabel: String
  public var implementsLabel: String
  public var periodLabel: String
  public var baselineYearLabel: String
  public var evaluationYearLabel: String
  public var rowsLabel: String
  /// "ben-tre-2021-2025, read from campaigns/ben-tre-2021-2025.json": the plan's id and file.
  public var plan: @Sendable (_ id: String, _ file: String) -> String
  /// "2021 to 2025".
  public var period: @Sendable (_ from: Int, _ to: Int) -> String
  /// "72 read, 72 used, 0 rejected".
  public var rows: @Sendable (RowAccounting) -> String
  /// Said of a plan with no decision document.
  public var noDecision: String
  /// Said of a plan without a baseline year.
  public var noBaselineYear: String
  /// The heading over the criteria.
  public var criteriaHeading: String
  /// Said of a plan without criteria.
  public var noCriteria: String
  /// The heading over the awards.
  public var awardsHeading: String
  /// Said of a plan without awards.
  public var noAwards: String

  // MARK: Summaries

  /// Column names of the summary tables.
  public var statusColumn: String
  public var unitsColumn: String
  public var meaningColumn: String
  public var parentColumn: String
  public var totalRow: String
  /// The row of units whose parent is not known.
  public var noParent: String
  /// What the table by parent unit counts.
  public var parentsIntro: String
  /// A status as people read it: "not eligible".
  public var status: @Sendable (UnitStatus) -> String
  /// What a status means, one sentence.
  public var statusMeaning: @Sendable (UnitStatus) -> String

  // MARK: Eligibility list

  /// What the eligibility list holds.
  public var eligibilityIntro: String
  /// "7 eligible, 1 to review".
  public var eligibilityCount: @Sendable (_ eligible: Int, _ review: Int) -> String
  /// Said when no unit is eligible or to review.
  public var noneEligible: String
  public var codeColumn: String
  public var nameColumn: String
  public var criterionColumn: String
  public var awardColumn: String
  /// The mark of a unit to review in the eligibility list: a person decides.
  public var toReview: String
  /// Said of an eligible unit whose criterion names no award.
  public var noAward: String

  // MARK: Units

  /// What the units section holds, and how its charts read.
  public var unitsIntro: String
  /// The chart legend's entries.
  public var legendMet: String
  public var legendNotMet: String
  public var legendReview: String
  public var legendOther: String
  public var legendTarget: String
  public var legendBound: String
  /// The label of a unit's chart, for screen readers: "Poverty rate by year".
  public var chartLabel: String
  /// Labels of a unit's facts.
  public var levelLabel: String
  public var parentLabel: String
  public var criterionLabel: String
  public var boundLabel: String
  public var awardsLabel: String
  public var warningsLabel: String
  /// A level as people read it.
  public var level: @Sendable (UnitLevel) -> String
  /// "poverty rate at the end of 2021 at least 5%": the bound of a criterion's selector, given in
  /// words by ``PlanDescription/phrase(for:)``.
  public var bound: @Sendable (_ baselineYear: Int?, _ limits: String) -> String
  /// Said of a unit without yearly figures.
  public var noFigures: String
  /// Row names of a unit's yearly table.
  public var yearRow: String
  public var householdsRow: String
  public var poorRow: String
  public var rateRow: String
  /// "Reduction, points (at least 2)": the measure's unit and threshold.
  public var reductionRow: @Sendable (Measure, _ threshold: String) -> String
  public var resultRow: String
  /// A cell of a year without a row.
  public var missing: String
  /// A year's outcome: "met", "not met", "review".
  public var outcome: @Sendable (YearComparison.Outcome) -> String
  /// A decimal as people read it, from ``Rational/formatted(places:)`` or
  /// ``Rational/decimalDescription``: "-0.33" in English, "-0,33" in Vietnamese.
  public var decimal: @Sendable (_ decimal: String) -> String
  /// A rate written with its sign: "6.65%", from ``Rational/formatted(places:)``.
  public var rate: @Sendable (_ decimal: String) -> String
}

extension ReportText {
  /// The words of the report in `language`.
  public init(language: Language) {
    switch language {
    case .english: self = .english
    case .vietnamese: self = .vietnamese
    }
  }

  /// The report in English.
  public static let english = ReportText(
    language: .english,
    title: { year, planTitle in "Evaluation of \(year): \(planTitle)" },
    audience: "For the Emulation and Commendation Council (Hội đồng Thi đua – Khen thưởng)",
    planSection: "The plan",
    summarySection: "Summary",
    parentsSection: "By parent unit",
    eligibilitySection: "Eligibility list",
    unitsSection: "Units",
    planLabel: "Plan",
    decisionLabel: "Decision",
    implementsLabel: "Implements",
    periodLabel: "Period",
    baselineYearLabel: "Baseline year",
    evaluationYearLabel: "Evaluation year",
    rowsLabel: "Data rows",
    plan: { id, file in "\(id), read from \(file)" },
    period: { from, to in "\(from) to \(to)" },
    rows: { "\($0.read) read, \($0.used) used, \($0.rejected) rejected" },
    noDecision: "the plan names no decision document",
    noBaselineYear: "none",
    criteriaHeading: "Criteria, tried in this order (the first that applies to a unit decides)",
    noCriteria: "None: the plan sets goals but no criteria on household figures.",
    awardsHeading: "Awards",
    noAwards: "The plan names no award.",
    statusColumn: "Status",
    unitsColumn: "Units",
    meaningColumn: "Meaning",
    parentColumn: "Parent unit",
    totalRow: "Total",
    noParent: "no parent",
    parentsIntro:
      "Each unit is counted under its parent in the units file. After the 2025 reform, "
      + "communes hang directly under provinces; units whose parent is not known are counted "
      + "under “no parent”.",
    status: { status in
      switch status {
      case .eligible: return "eligible"
      case .notEligible: return "not eligible"
      case .review: return "review"
      case .insufficientData: return "insufficient data"
      case .invalidData: return "invalid data"
      case .noCriterion: return "no criterion"
      case .merged: return "merged"
      }
    },
    statusMeaning: { status in
      switch status {
      case .eligible: return "Every year of the window meets the criterion."
      case .notEligible: return "At least one year of the window does not meet the criterion."
      case .review: return "A person decides, e.g. a year that ends with no poor households."
      case .insufficientData: return "Years or units below it are missing."
      case .invalidData: return "Rows of the unit were rejected."
      case .noCriterion: return "No criterion of the plan applies to the unit."
      case .merged: return "The unit no longer exists in the evaluation year."
      }
    },
    eligibilityIntro:
      "Units that meet their criterion, with the awards it qualifies them for, and units a "
      + "person must review, marked as such.",
    eligibilityCount: { eligible, review in "\(eligible) eligible, \(review) to review" },
    noneEligible: "No unit is eligible or to review.",
    codeColumn: "Code",
    nameColumn: "Name",
    criterionColumn: "Criterion",
    awardColumn: "Award",
    toReview: "to review: a person decides",
    noAward: "the plan names no award for this criterion",
    unitsIntro:
      "Every unit, by code. Each chart shows the unit's poverty rate by year, on its own scale; "
      + "the table beside it gives the figures.",
    legendMet: "year meets the measure",
    legendNotMet: "year does not meet it",
    legendReview: "a person decides",
    legendOther: "year outside the window",
    legendTarget: "the highest rate that meets the measure",
    legendBound: "the baseline-year bound of the criterion",
    chartLabel: "Poverty rate by year",
    levelLabel: "Level",
    parentLabel: "Parent",
    criterionLabel: "Criterion",
    boundLabel: "Applies when",
    awardsLabel: "Awards",
    warningsLabel: "Warnings",
    level: { level in level.rawValue },
    bound: { year, limits in
      "poverty rate " + (year.map { "at the end of \($0)" } ?? "in the baseline year") + " "
        + limits
    },
    noFigures: "No yearly figures.",
    yearRow: "Year",
    householdsRow: "Households",
    poorRow: "Poor households",
    rateRow: "Poverty rate",
    reductionRow: { measure, threshold in
      switch measure {
      case .poorHouseholdsReductionPercent:
        return "Fewer poor households, % (at least \(threshold))"
      case .povertyRateReductionPoints:
        return "Rate reduction, points (at least \(threshold))"
      }
    },
    resultRow: "Result",
    missing: "—",
    outcome: { outcome in
      switch outcome {
      case .met: return "met"
      case .notMet: return "not met"
      case .review: return "review"
      }
    },
    decimal: { $0 },
    rate: { "\($0)%" })
}
