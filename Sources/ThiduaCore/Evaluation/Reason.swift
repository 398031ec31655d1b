/// The sentences that explain a unit's status, quoting the criterion and the figures
/// ("2022→2023: 32→25 poor households, −21.9% ≥ 20%").
enum Reason {
  /// How many rejected rows a reason lists before it says "and N more".
  static let listedRows = 3

  static func label(_ criterion: Criterion) -> String {
    "“\(criterion.title ?? criterion.id)”"
  }

  static func rejectedRows(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.sorted()
    let rows = Set(errors.map { "\($0.location.file):\($0.location.line ?? 0)" }).count
    let shown = errors.prefix(listedRows).map { "\($0.location.description): \($0.message)" }
    var text = "\(rows) row\(rows == 1 ? "" : "s") of this unit rejected"
    if errors.count != rows { text += " (\(errors.count) findings)" }
    text += ": " + shown.joined(separator: "; ")
    if errors.count > listedRows { text += "; and \(errors.count - listedRows) more" }
    return text
  }

  static func invalidParts(_ units: [String]) -> String {
    "rows of \(list(units)) were rejected, so this unit's sums cannot be trusted"
  }

  static func noCriterion(unit: Unit?, baselineRate: Rational?, plan: Plan) -> String {
    guard let unit else {
      return "no criterion applies: the unit is not described (no level or flags); "
        + "give a units file that lists it"
    }
    if plan.criteria.isEmpty { return "the plan has no criteria on household data" }
    let count = plan.criteria.count
    var text =
      (count == 1
        ? "the plan's one criterion does not apply"
        : "none of the plan's \(count) criteria applies")
      + " to a \(unit.level.rawValue)"
    if !unit.flags.isEmpty { text += " with flags \(unit.flags.sorted().joined(separator: ", "))" }
    if let baselineRate, let year = plan.baselineYear {
      text += " whose \(year) poverty rate was \(baselineRate.formatted(places: 2))%"
    }
    return text
  }

  static func baselineUnknown(_ criterion: Criterion, plan: Plan, lookup: UnitSeries.Lookup)
    -> String
  {
    let year = plan.baselineYear.map(String.init) ?? "baseline"
    let why: String
    switch lookup {
    case .invalid(let units): why = "rows of \(list(units)) were rejected"
    case .missing(let children) where !children.isEmpty:
      why = "\(year) is missing: no row of its own and \(list(children)) \(lack(children)) \(year)"
    case .missingPredecessors(let codes):
      why =
        "\(year) is missing: the unit was formed later by a merger and its predecessor"
        + "\(codes.count == 1 ? "" : "s") \(list(codes)) \(lack(codes)) \(year)"
    case .counts: why = "the unit had no households in \(year)"
    case .missing: why = "\(year) is missing"
    }
    return "cannot tell whether \(label(criterion)) applies: it depends on the \(year) "
      + "poverty rate, and \(why)"
  }

  /// A year a criterion needs and cannot have: the children or predecessors that lack it.
  struct MissingYear {
    var year: Int
    var parts: [String]
    var arePredecessors = false
  }

  static func missingYears(
    _ missing: [MissingYear], criterion: Criterion, year: Int, isAggregate: Bool
  ) -> String {
    let first = year - criterion.consecutiveYears
    let parts = missing.map { entry in
      if entry.parts.isEmpty { return "\(entry.year)" }
      let whose = entry.arePredecessors ? "formed later by a merger; " : "no row of its own; "
      return "\(entry.year) (\(whose)\(list(entry.parts)) \(lack(entry.parts)) \(entry.year))"
    }
    return "\(label(criterion)) needs \(first)–\(year) (\(criterion.consecutiveYears) consecutive "
      + "years and the year before): missing \(parts.joined(separator: ", "))"
  }

  static func measured(
    _ criterion: Criterion, status: UnitStatus, figures: [YearFigures],
    comparisons: [YearComparison], baseline: Baseline?, plan: Plan
  ) -> String {
    let lead: StaticString
    switch status {
    case .eligible: lead = "meets"
    case .review: lead = "needs review under"
    default: lead = "does not meet"
    }
    var text = TextBuilder()
    text += "\(lead) “"
    text.append(criterion.title ?? criterion.id)
    text += "”: "
    var first = true
    for comparison in comparisons {
      guard let before = figures.first(where: { $0.year == comparison.fromYear })?.counts,
        let after = figures.first(where: { $0.year == comparison.toYear })?.counts
      else { continue }
      if !first { text += "; " }
      first = false
      year(
        comparison, before, after, criterion: criterion, rule: plan.whenNoPoorHouseholds,
        to: &text)
    }
    if let baseline, let rate = baseline.counts.rate, let bound = criterion.applies.baselineRate {
      text += "; baseline \(baseline.year): \(rate.formatted(places: 2))% "
      text += "(\(baseline.counts.poor) of \(baseline.counts.total) households)"
      if let below = bound.below { text += ", below \(below)%" }
      if let atLeast = bound.atLeast { text += ", at least \(atLeast)%" }
      if case .predecessors(let codes) = baseline.source {
        text += "; baseline \(baseline.year) from \(codes.joined(separator: " + "))"
      }
    }
    text += "\(predecessorSums(figures))"
    if let sums = figures.lazy.compactMap({ f -> [String]? in
      if case .children(let codes) = f.source { return codes }
      return nil
    }).first {
      text += "; figures are sums of \(sums.count) unit\(sums.count == 1 ? "" : "s") below it"
    }
    return text.text
  }

  /// "; 2023 and 2024 figures are the sum of 90401 + 90402": the years whose figures come from a
  /// merged unit's predecessors, grouped by the predecessors summed.
  static func predecessorSums(_ figures: [YearFigures]) -> String {
    var groups: [(years: [Int], codes: [String])] = []
    for figure in figures {
      guard case .predecessors(let codes) = figure.source else { continue }
      if let last = groups.indices.last, groups[last].codes == codes {
        groups[last].years.append(figure.year)
      } else {
        groups.append(([figure.year], codes))
      }
    }
    return groups.map { group in
      let years = list(group.years.map(String.init), all: true)
      let noun = group.years.count == 1 ? "figures are the sum" : "figures are the sums"
      return "; \(years) \(noun) of \(group.codes.joined(separator: " + "))"
    }.joined()
  }

  /// One year compared with the year before across two poverty standards.
  struct StandardChange {
    var fromYear: Int
    var toYear: Int
    var from: String
    var to: String
  }

  /// "; 2024→2025 compares figures under two poverty standards (`A` → `B`): …".
  static func standardChanges(_ changes: [StandardChange], rule: AcrossStandardsRule) -> String {
    changes.map { change in
      var text =
        "; \(change.fromYear)→\(change.toYear) compares figures under two poverty standards "
        + "(`\(change.from)` → `\(change.to)`)"
      switch rule {
      case .review: text += ": a person decides (acrossStandards: review)"
      case .compare: text += ", compared as they are (acrossStandards: compare)"
      }
      return text
    }.joined()
  }

  /// "merged into 90410 on 2025-07-01", and the unit it is part of now when that merged too.
  static func merged(_ merger: Merger, now latest: String?) -> String {
    var text = "merged into \(merger.newCode) on \(merger.effective.iso)"
    if let latest, latest != merger.newCode { text += " (now part of \(latest))" }
    return text + "; no longer evaluated on its own"
  }

  /// Why a district (or province) that ceased cannot be evaluated for `year`.
  static func ceased(unit: Unit?, year: Int, ending: UnitSeries.Ending) -> String {
    let level = unit?.level.rawValue ?? "unit"
    var text = "the \(level) no longer exists in \(year): "
    switch ending {
    case .merged(let merger):
      text += "merged into \(merger.newCode) on \(merger.effective.iso)"
    case .childrenGone(let children, let mergers):
      text += "its \(children.count) unit\(children.count == 1 ? "" : "s") (\(list(children))) "
      text += children.count == 1 ? "ceased" : "all ceased"
      let successors = Set(mergers.map(\.newCode)).sorted(by: UnitSeries.codeOrder)
      let dates = Set(mergers.map(\.effective))
      if !successors.isEmpty {
        text += ", merged into \(list(successors))"
        if dates.count == 1, let date = dates.first { text += " on \(date.iso)" }
      }
    }
    return text + "; no figures of its own for \(year), so its criterion cannot be evaluated"
  }

  /// "2022→2023: 32→25 poor households, −21.9% ≥ 20%", appended to `text`.
  private static func year(
    _ c: YearComparison, _ before: HouseholdCounts, _ after: HouseholdCounts,
    criterion: Criterion, rule: NoPoorHouseholdsRule, to text: inout TextBuilder
  ) {
    text += "\(c.fromYear)→\(c.toYear): "
    let unit: StaticString
    let places: Int
    switch criterion.measure {
    case .poorHouseholdsReductionPercent:
      text += "\(before.poor)→\(after.poor) poor households"
      unit = "%"
      places = 1
    case .povertyRateReductionPoints:
      let r0 = before.rate?.formatted(places: 2) ?? "?"
      let r1 = after.rate?.formatted(places: 2) ?? "?"
      text += "\(r0)%→\(r1)% (\(before.poor) of \(before.total) → \(after.poor) of "
      text += "\(after.total) households)"
      unit = " points"
      places = 2
    }
    if let reduction = c.reduction {
      let met = reduction >= criterion.atLeast
      let shown = shown(reduction, places: places, threshold: criterion.atLeast, met: met)
      text += ", \(shown)\(unit) \(met ? "≥" : "<") \(criterion.atLeast)"
      if criterion.measure == .poorHouseholdsReductionPercent { text += "%" }
    } else {
      text += ", no poor households to reduce"
    }
    if after.poor == 0 && c.reduction.map({ $0 < criterion.atLeast }) ?? true {
      switch rule {
      case .review:
        text += "; no poor households left: a person decides (whenNoPoorHouseholds: review)"
      case .met: text += "; no poor households left: counted as met (whenNoPoorHouseholds: met)"
      case .notMet:
        text += "; no poor households left: counted as not met (whenNoPoorHouseholds: not-met)"
      }
    }
  }

  /// A reduction shown as a signed change (`−21.9`, `+5.0`), with enough decimals that the
  /// rounded figure never seems to contradict the exact comparison (19.96 is not shown as 20.0).
  static func shown(_ reduction: Rational, places: Int, threshold: Rational, met: Bool) -> String {
    var places = places
    while places < 6, reduction.rounded(places: places, isAtLeast: threshold) != met { places += 1 }
    let text = reduction.formatted(places: places)
    if text.utf8.first == UInt8(ascii: "-") { return "+" + text.dropFirst() }
    if reduction.roundsToZero(places: places) { return text }
    return "−" + text
  }

  /// "lacks" for one unit, "lack" for several.
  static func lack(_ codes: [String]) -> String {
    codes.count == 1 ? "lacks" : "lack"
  }

  /// `90101`, `90101 and 90102`, `90101, 90102 and 3 more`; with `all`, every item is named.
  static func list(_ codes: [String], all: Bool = false) -> String {
    if all, codes.count > 1 {
      return codes.dropLast().joined(separator: ", ") + " and " + (codes.last ?? "")
    }
    switch codes.count {
    case 0: return "no unit"
    case 1: return codes[0]
    case 2...4: return codes.dropLast().joined(separator: ", ") + " and " + (codes.last ?? "")
    default: return codes.prefix(3).joined(separator: ", ") + " and \(codes.count - 3) more"
    }
  }
}
