/// The sentences that explain a unit's status, quoting the criterion and the figures
/// ("2022→2023: 32→25 poor households, −21.9% ≥ 20%").
///
/// Written in the language of the text they go into: English here, Vietnamese in
/// `Reason+Vietnamese.swift` ("2022→2023: 32→25 hộ nghèo, −21,9% ≥ 20%").
enum Reason {
  /// How many rejected rows a reason lists before it says "and N more".
  static let listedRows = 3

  /// The reason of `unit`, as text in `language`.
  static func text(of unit: borrowing UnitEvaluation, in language: Language = .english) -> String {
    if case .text(let text) = unit.explanation { return text }
    var text = TextBuilder(language: language)
    write(unit, to: &text)
    return text.text
  }

  /// Writes the reason of `unit`, in the language of `text`.
  static func write(_ unit: borrowing UnitEvaluation, to text: inout TextBuilder) {
    if text.language == .vietnamese { return writeVietnamese(unit, to: &text) }
    switch unit.explanation {
    case .text(let reason): text.write(reason)
    case .rejectedRows(let diagnostics): rejectedRows(diagnostics, to: &text)
    case .invalidParts(let units):
      text.write("rows of ", list(units), " were rejected, so this unit's sums cannot be trusted")
    case .notDescribed:
      text.write(
        "no criterion applies: the unit is not described (no level or flags); "
          + "give a units file that lists it")
    case .noCriterion(let why): noCriterion(why, level: unit.level, to: &text)
    case .baselineUnknown(let year, let lookup):
      baselineUnknown(unit.criterion, baselineYear: year, lookup: lookup, to: &text)
    case .missingYears(let missing, let year, let isAggregate):
      missingYears(
        missing, criterion: unit.criterion, year: year, isAggregate: isAggregate, to: &text)
    case .measured(let measured): self.measured(unit, measured, to: &text)
    case .merged(let merger, let latest):
      text.write("merged into ", merger.newCode, " on ", merger.effective.iso)
      if let latest, latest != merger.newCode { text.write(" (now part of ", latest, ")") }
      text.write("; no longer evaluated on its own")
    case .ceased(let year, let ending):
      ceased(level: unit.level, year: year, ending: ending, to: &text)
    }
  }

  /// The criterion's title, or its id when it has none.
  private static func label(_ criterion: Criterion?) -> String {
    criterion.map { $0.title ?? $0.id } ?? "the criterion"
  }

  private static func rejectedRows(_ diagnostics: [Diagnostic], to text: inout TextBuilder) {
    let errors = diagnostics.sorted()
    let rows = Set(errors.map { "\($0.location.file):\($0.location.line ?? 0)" }).count
    text.write(rows, rows == 1 ? " row" : " rows", " of this unit rejected")
    if errors.count != rows { text.write(" (", errors.count, " findings)") }
    text.write(": ")
    for (index, error) in errors.prefix(listedRows).enumerated() {
      text.write(index == 0 ? "" : "; ", error.location.description, ": ", error.message)
    }
    if errors.count > listedRows { text.write("; and ", errors.count - listedRows, " more") }
  }

  private static func noCriterion(
    _ why: Explanation.NoCriterion, level: UnitLevel?, to text: inout TextBuilder
  ) {
    if why.criteriaCount == 0 { return text.write("the plan has no criteria on household data") }
    if why.criteriaCount == 1 {
      text.write("the plan's one criterion does not apply")
    } else {
      text.write("none of the plan's ", why.criteriaCount, " criteria applies")
    }
    text.write(" to a ", level?.rawValue ?? "unit")
    if !why.flags.isEmpty { text.write(" with flags ", why.flags.joined(separator: ", ")) }
    if let rate = why.baselineRate, let year = why.baselineYear {
      text.write(" whose ", year, " poverty rate was ")
      text.write(rate, places: 2)
      text.write("%")
    }
  }

  private static func baselineUnknown(
    _ criterion: Criterion?, baselineYear: Int?, lookup: UnitSeries.Lookup,
    to text: inout TextBuilder
  ) {
    let year = baselineYear.map(String.init) ?? "baseline"
    text.write("cannot tell whether “", label(criterion), "” applies: it depends on the ", year)
    text.write(" poverty rate, and ")
    switch lookup {
    case .invalid(let units): text.write("rows of ", list(units), " were rejected")
    case .missing(let children) where !children.isEmpty:
      text.write(year, " is missing: no row of its own and ", list(children), " ", lack(children))
      text.write(" ", year)
    case .missingPredecessors(let codes):
      text.write(year, " is missing: the unit was formed later by a merger and its predecessor")
      text.write(codes.count == 1 ? " " : "s ", list(codes), " ", lack(codes), " ", year)
    case .counts: text.write("the unit had no households in ", year)
    case .missing: text.write(year, " is missing")
    }
  }

  /// A year a criterion needs and cannot have: the children or predecessors that lack it.
  struct MissingYear: Sendable {
    var year: Int
    var parts: [String]
    var arePredecessors = false
  }

  private static func missingYears(
    _ missing: [MissingYear], criterion: Criterion?, year: Int, isAggregate: Bool,
    to text: inout TextBuilder
  ) {
    let consecutive = criterion?.consecutiveYears ?? 0
    text.write("“", label(criterion), "” needs ", year - consecutive, "–", year, " (")
    text.write(consecutive, " consecutive years and the year before): missing ")
    for (index, entry) in missing.enumerated() {
      if index > 0 { text.write(", ") }
      text.write(entry.year)
      if entry.parts.isEmpty { continue }
      let whose = entry.arePredecessors ? " (formed later by a merger; " : " (no row of its own; "
      text.write(whose, list(entry.parts), " ", lack(entry.parts), " ", entry.year, ")")
    }
  }

  private static func measured(
    _ unit: borrowing UnitEvaluation, _ measured: Explanation.Measured, to text: inout TextBuilder
  ) {
    guard let criterion = unit.criterion else { return }
    let lead: StaticString
    switch unit.status {
    case .eligible: lead = "meets"
    case .review: lead = "needs review under"
    default: lead = "does not meet"
    }
    text.write(lead, Mark.openQuote, label(criterion), Mark.closeQuote, Mark.colon)
    let figures = unit.figures
    comparedYears(of: unit, criterion: criterion, measured: measured, words: .english, to: &text)
    // The words written for every unit are `StaticString`s (see ``Mark``): a literal among the
    // pieces would be a `String`, checked as any text a table shows.
    if let baseline = measured.baseline, let rate = shownRate(baseline.counts),
      let bound = criterion.applies.baselineRate
    {
      text.write("; baseline " as StaticString, baseline.year, Mark.colon)
      text.write(rate)
      text.write(
        Mark.percentOpen, baseline.counts.poor, " of " as StaticString, baseline.counts.total,
        " households)" as StaticString)
      if let below = bound.below { text.write(", below " as StaticString, below, Mark.percent) }
      if let atLeast = bound.atLeast {
        text.write(", at least " as StaticString, atLeast, Mark.percent)
      }
      if case .predecessors(let codes) = baseline.source {
        text.write("; baseline ", baseline.year, " from ")
        text.write(codes, separator: " + ")
      }
    }
    predecessorSums(figures, to: &text)
    if let count = summedChildren(figures) {
      let units: StaticString = count == 1 ? " unit below it" : " units below it"
      text.write("; figures are sums of " as StaticString, count, units)
    }
    for change in measured.standardChanges {
      text.write("; ", change.fromYear, "→", change.toYear, " compares figures under two poverty ")
      text.write("standards (`", change.from, "` → `", change.to, "`)")
      switch measured.acrossStandards {
      case .review: text.write(": a person decides (acrossStandards: review)")
      case .compare: text.write(", compared as they are (acrossStandards: compare)")
      }
    }
  }

  /// Each year of `unit` compared with the year before, in `words`, separated by `; `.
  static func comparedYears(
    of unit: borrowing UnitEvaluation, criterion: Criterion, measured: Explanation.Measured,
    words: YearWords, to text: inout TextBuilder
  ) {
    var first = true
    forEachComparedYear(of: unit) { comparison, before, after in
      if !first { text.write(Mark.semicolon) }
      first = false
      year(
        comparison, before, after, criterion: criterion, rule: measured.whenNoPoorHouseholds,
        words: words, to: &text)
    }
  }

  /// How many units the first figures summed from children were summed from, if any were.
  static func summedChildren(_ figures: [YearFigures]) -> Int? {
    for figure in figures {
      if case .children(let codes) = figure.source { return codes.count }
    }
    return nil
  }

  /// "; 2023 and 2024 figures are the sum of 90401 + 90402": the years whose figures come from a
  /// merged unit's predecessors, grouped by the predecessors summed.
  private static func predecessorSums(_ figures: [YearFigures], to text: inout TextBuilder) {
    for group in predecessorGroups(figures) {
      let noun = group.years.count == 1 ? " figures are the sum of " : " figures are the sums of "
      text.write("; ", list(group.years, all: true), noun)
      text.write(group.codes, separator: " + ")
    }
  }

  /// One year compared with the year before across two poverty standards.
  struct StandardChange: Sendable {
    var fromYear: Int
    var toYear: Int
    var from: String
    var to: String
  }

  /// Why a district (or province) that ceased cannot be evaluated for `year`.
  private static func ceased(
    level: UnitLevel?, year: Int, ending: UnitSeries.Ending, to text: inout TextBuilder
  ) {
    text.write("the ", level?.rawValue ?? "unit", " no longer exists in ", year, ": ")
    switch ending {
    case .merged(let merger):
      text.write("merged into ", merger.newCode, " on ", merger.effective.iso)
    case .childrenGone(let children, let mergers):
      text.write("its ", children.count, children.count == 1 ? " unit (" : " units (")
      text.write(list(children), children.count == 1 ? ") ceased" : ") all ceased")
      let successors = successors(mergers)
      if !successors.codes.isEmpty {
        text.write(", merged into ", list(successors.codes))
        if let date = successors.date { text.write(" on ", date.iso) }
      }
    }
    text.write("; no figures of its own for ", year, ", so its criterion cannot be evaluated")
  }

  /// The words of one year's comparison, in one language.
  struct YearWords: Sendable {
    /// " poor households", after the counts.
    var poorHouseholds: StaticString
    /// " of ", between poor households and all households.
    var of: StaticString
    /// " households)", closing the counts behind two rates.
    var households: StaticString
    /// " points", after a change of poverty rate.
    var points: StaticString
    /// ", no poor households to reduce".
    var nothingToReduce: StaticString
    /// What a year that ends with no poor households comes to under each rule.
    var noneLeft: @Sendable (NoPoorHouseholdsRule) -> StaticString

    static let english = YearWords(
      poorHouseholds: " poor households", of: " of ", households: " households)",
      points: " points", nothingToReduce: ", no poor households to reduce"
    ) { rule in
      switch rule {
      case .review: "; no poor households left: a person decides (whenNoPoorHouseholds: review)"
      case .met: "; no poor households left: counted as met (whenNoPoorHouseholds: met)"
      case .notMet:
        "; no poor households left: counted as not met (whenNoPoorHouseholds: not-met)"
      }
    }
  }

  /// The marks of a reason and of a year's comparison, the same in every language. They are `StaticString`s
  /// because a literal among the pieces of a `write` would be a `String`, which is checked and
  /// copied as any text; a year is compared twice for every unit of the country.
  enum Mark {
    static let arrow: StaticString = "→"
    static let spacedArrow: StaticString = " → "
    static let colon: StaticString = ": "
    static let comma: StaticString = ", "
    static let percent: StaticString = "%"
    static let percentArrow: StaticString = "%→"
    static let percentOpen: StaticString = "% ("
    static let atLeast: StaticString = " ≥ "
    static let below: StaticString = " < "
    static let semicolon: StaticString = "; "
    static let openQuote: StaticString = " “"
    static let closeQuote: StaticString = "”"
  }

  /// "2022→2023: 32→25 poor households, −21.9% ≥ 20%", appended to `text` in `words`.
  static func year(
    _ c: YearComparison, _ before: HouseholdCounts, _ after: HouseholdCounts,
    criterion: Criterion, rule: NoPoorHouseholdsRule, words: YearWords,
    to text: inout TextBuilder
  ) {
    text.write(c.fromYear, Mark.arrow, c.toYear, Mark.colon)
    let unit: StaticString
    let places: Int
    switch criterion.measure {
    case .poorHouseholdsReductionPercent:
      text.write(before.poor, Mark.arrow, after.poor, words.poorHouseholds)
      unit = Mark.percent
      places = 1
    case .povertyRateReductionPoints:
      rate(before, to: &text)
      text.write(Mark.percentArrow)
      rate(after, to: &text)
      text.write(Mark.percentOpen, before.poor, words.of, before.total, Mark.spacedArrow)
      text.write(after.poor, words.of, after.total, words.households)
      unit = words.points
      places = 2
    }
    if let reduction = c.reduction {
      let met = reduction >= criterion.atLeast
      text.write(Mark.comma)
      shown(reduction, places: places, threshold: criterion.atLeast, met: met, to: &text)
      text.write(unit, met ? Mark.atLeast : Mark.below, criterion.atLeast)
      if criterion.measure == .poorHouseholdsReductionPercent { text.write(Mark.percent) }
    } else {
      text.write(words.nothingToReduce)
    }
    if after.poor == 0 && c.reduction.map({ $0 < criterion.atLeast }) ?? true {
      text.write(words.noneLeft(rule))
    }
  }

  /// Each comparison of `unit` with the counts of its two years, in order.
  static func forEachComparedYear(
    of unit: borrowing UnitEvaluation,
    _ body: (YearComparison, HouseholdCounts, HouseholdCounts) -> Void
  ) {
    for comparison in unit.comparisons {
      guard let before = unit.figures.first(where: { $0.year == comparison.fromYear })?.counts,
        let after = unit.figures.first(where: { $0.year == comparison.toYear })?.counts
      else { continue }
      body(comparison, before, after)
    }
  }

  /// The years whose figures are the sums of a merged unit's predecessors, grouped by the
  /// predecessors summed.
  static func predecessorGroups(_ figures: [YearFigures]) -> [(years: [String], codes: [String])] {
    var groups: [(years: [String], codes: [String])] = []
    for figure in figures {
      guard case .predecessors(let codes) = figure.source else { continue }
      if let last = groups.indices.last, groups[last].codes == codes {
        groups[last].years.append(String(figure.year))
      } else {
        groups.append(([String(figure.year)], codes))
      }
    }
    return groups
  }

  /// The units the children of a ceased unit merged into, and the one date they all merged on.
  static func successors(_ mergers: [Merger]) -> (codes: [String], date: CalendarDate?) {
    let codes = Set(mergers.map(\.newCode)).sorted(by: UnitSeries.codeOrder)
    let dates = Set(mergers.map(\.effective))
    return (codes, dates.count == 1 ? dates.first : nil)
  }

  /// A unit's poverty rate as a reason shows it, with two decimals; nil when it had no
  /// households. Rounded from the counts as they are: the fraction is not reduced first.
  static func shownRate(_ counts: HouseholdCounts) -> Rational.Rounded? {
    guard counts.total > 0 else { return nil }
    return Rational.rounded(Int128(100 * counts.poor), over: Int128(counts.total), toPlaces: 2)
  }

  /// A unit's poverty rate with two decimals, or `?` when it had no households.
  static func rate(_ counts: HouseholdCounts, to text: inout TextBuilder) {
    if let rate = shownRate(counts) { text.write(rate) } else { text.write("?") }
  }

  /// A reduction shown as a signed change (`−21.9`, `+5.0`), with enough decimals that the
  /// rounded figure never seems to contradict the exact comparison (19.96 is not shown as 20.0).
  static func shown(_ reduction: Rational, places: Int, threshold: Rational, met: Bool) -> String {
    var text = TextBuilder()
    shown(reduction, places: places, threshold: threshold, met: met, to: &text)
    return text.text
  }

  /// ``shown(_:places:threshold:met:)``, appended to `text`.
  static func shown(
    _ reduction: Rational, places: Int, threshold: Rational, met: Bool,
    to text: inout TextBuilder
  ) {
    var places = places
    var rounded = reduction.rounded(toPlaces: places)
    while places < 6, rounded.isAtLeast(threshold) != met {
      places += 1
      rounded = reduction.rounded(toPlaces: places)
    }
    // A reduction is shown as a change: fewer (−), more (+), or neither (no sign).
    if !rounded.isZero { text.write(reduction.isNegative ? "+" as StaticString : "−") }
    text.write(rounded, signed: false)
  }

  /// "lacks" for one unit, "lack" for several.
  static func lack(_ codes: [String]) -> String {
    codes.count == 1 ? "lacks" : "lack"
  }

  /// `90101`, `90101 and 90102`, `90101, 90102 and 3 more`; with `all`, every item is named.
  static func list(_ codes: [String], all: Bool = false) -> String {
    list(codes, all: all, and: " and ", none: "no unit") { "\($0) more" }
  }

  /// A list in the words of one language: up to four items named, then `more(n)` for the rest.
  static func list(
    _ codes: [String], all: Bool, and: String, none: String, more: (Int) -> String
  ) -> String {
    if all || codes.count <= 4, codes.count > 1 {
      return codes.dropLast().joined(separator: ", ") + and + (codes.last ?? "")
    }
    switch codes.count {
    case 0: return none
    case 1: return codes[0]
    default: return codes.prefix(3).joined(separator: ", ") + and + more(codes.count - 3)
    }
  }
}
