/// Evaluates every unit of a data set against a plan's criteria for one year (SPEC 3).
public struct Evaluator: Sendable {
  public let plan: Plan
  public let data: DataSet
  /// The plan's awards for each criterion, by position, found once rather than for every
  /// eligible unit.
  private let awards: [[Award]]
  /// The plan's criteria, each held once for all the units it applies to.
  private let applied: [AppliedCriterion]

  public init(plan: Plan, data: DataSet) {
    self.plan = plan
    self.data = data
    awards = plan.criteria.map { plan.awards(for: $0.id) }
    applied = plan.criteria.map(AppliedCriterion.init)
  }

  /// The evaluation year: `requested`, or the latest year in the data.
  public func evaluationYear(requested: Int?) -> Int? {
    requested ?? data.latestYear
  }

  /// Evaluates every unit of the units file and of the data, exactly once each, sorted by code.
  public func evaluate(year requested: Int? = nil) throws(ThiduaError) -> EvaluationReport {
    guard let year = evaluationYear(requested: requested) else {
      throw .usage(message: .noUsableRows)
    }
    var series = UnitSeries(data: data)
    // Each evaluation is made and decided where the array keeps it: made apart and then stored,
    // it was copied and destroyed up to three times, retaining and releasing each of its strings
    // and arrays.
    let count = series.index.codes.count
    let units = [UnitEvaluation](unsafeUninitializedCapacity: count) { buffer, initialized in
      let described = series.index.units
      for id in 0..<count {
        // The unit's fields are read where they are: a copy of the whole unit would retain and
        // release each of its strings and its flags.
        let slot = described.slot(id)
        buffer.initializeElement(
          at: id,
          to: UnitEvaluation(
            code: series.index.codes[id], name: slot.map { described.directory[$0].name } ?? "",
            level: slot.map { described.directory[$0].level }))
        initialized = id + 1
        decide(&buffer[id], id, year: year, series: &series)
      }
    }
    return EvaluationReport(
      plan: plan, year: year, units: units, accounting: data.accounting,
      warnings: data.diagnostics.filter { $0.severity == .warning })
  }

  /// Decides the status of unit `id` for `year`, and why.
  private func decide(
    _ result: inout UnitEvaluation, _ id: Int, year: Int, series: inout UnitSeries
  ) {
    let code = result.code
    let level = result.level
    if series.index.invalid(id), let rejected = data.invalidRows[code] {
      result.status = .invalidData
      result.explanation = .rejectedRows(rejected)
      return
    }
    if let ending = series.ending(id, year) {
      let selection = select(id, level: level, series: &series)
      if case .merged(let merger) = ending, level != .district {
        // An old unit that became part of another: nothing to evaluate (SPEC 3, `merged`).
        // Districts were abolished rather than merged: a district is insufficient-data below.
        result.status = .merged
        result.explanation = .merged(merger, now: data.mergers.latestSuccessor(of: code))
        return
      }
      // A district (or province) that ceased: its criterion cannot be evaluated for `year`.
      switch selection {
      case .none(let baselineRate):
        result.explanation = noCriterion(unit: series.index.units[id], baselineRate: baselineRate)
      case .undecided(let criterion, _), .selected(let criterion, _):
        result.applied = applied[criterion]
        result.status = .insufficientData
        result.explanation = .ceased(year: year, ending: ending)
      }
      return
    }
    switch select(id, level: level, series: &series) {
    case .none(let baselineRate):
      result.explanation = noCriterion(unit: series.index.units[id], baselineRate: baselineRate)
    case .undecided(let criterion, let lookup):
      result.applied = applied[criterion]
      result.status = lookup.isInvalid ? .invalidData : .insufficientData
      result.explanation = .baselineUnknown(baselineYear: plan.baselineYear, lookup: lookup)
    case .selected(let criterion, let baseline):
      result.applied = applied[criterion]
      measure(&result, id, criterion, year: year, baseline: baseline, series: &series)
    }
  }

  /// Why no criterion applies to `unit`.
  private func noCriterion(unit: Unit?, baselineRate: Rational?) -> Explanation {
    guard let unit else { return .notDescribed }
    return .noCriterion(
      Explanation.NoCriterion(
        flags: unit.flags.sorted(), criteriaCount: plan.criteria.count,
        baselineRate: baselineRate, baselineYear: plan.baselineYear))
  }

  /// The outcome of trying the plan's criteria in order; a criterion by its position.
  private enum Selection {
    case selected(Int, baseline: Baseline?)
    /// The selector needs the baseline rate and it cannot be had.
    case undecided(Int, UnitSeries.Lookup)
    /// No selector matched; the baseline rate is given when it was computed.
    case none(baselineRate: Rational?)
  }

  private func select(_ id: Int, level: UnitLevel?, series: inout UnitSeries) -> Selection {
    // The baseline counts, once looked up: their rate is made only for the explanation of a
    // unit no criterion applies to.
    var baselineCounts: HouseholdCounts?
    let described = series.index.units
    let flags = described.slot(id).map { described.directory[$0].flags } ?? []
    for index in applied.indices {
      // Read in place, through the shared criterion: a copy of the selector for every unit and
      // criterion would retain and release each of its lists.
      let candidate = applied[index]
      if let wanted = candidate.criterion.applies.level, level != wanted { continue }
      if flags.isEmpty {
        // Most units have no flags: only a selector that asks for none can match.
        if !candidate.criterion.applies.allFlags.isEmpty
          || !candidate.criterion.applies.anyFlag.isEmpty
        {
          continue
        }
      } else {
        if !candidate.criterion.applies.allFlags.allSatisfy(flags.contains) { continue }
        if !candidate.criterion.applies.anyFlag.isEmpty,
          !candidate.criterion.applies.anyFlag.contains(where: flags.contains)
        {
          continue
        }
        if candidate.criterion.applies.noneFlag.contains(where: flags.contains) { continue }
      }
      guard let bound = candidate.criterion.applies.baselineRate else {
        return .selected(index, baseline: nil)
      }
      guard let baselineYear = plan.baselineYear else { continue }
      let lookup = series.lookup(id, baselineYear)
      guard case .counts(let counts, let source) = lookup, counts.total > 0 else {
        return .undecided(index, lookup)
      }
      if bound.contains(rateOf: counts) {
        return .selected(
          index, baseline: Baseline(year: baselineYear, counts: counts, source: source))
      }
      baselineCounts = counts
    }
    return .none(baselineRate: baselineCounts?.rate)
  }

  private func measure(
    _ result: inout UnitEvaluation, _ id: Int, _ criterionIndex: Int, year: Int,
    baseline: Baseline?, series: inout UnitSeries
  ) {
    // Read in place through the shared criterion, not copied for every unit.
    let criterion = applied[criterionIndex]
    let consecutiveYears = criterion.criterion.consecutiveYears
    let first = year - consecutiveYears
    var missing: [Reason.MissingYear] = []
    var invalid: [String] = []
    // Gathered here and stored in the evaluation once, rather than appended through it.
    var figures: [YearFigures] = []
    figures.reserveCapacity(consecutiveYears + 1)
    // Only a unit with children can have an own row that differs from their sum.
    let hasChildren = !series.index.children[id].isEmpty
    for y in first...year {
      switch series.lookup(id, y) {
      case .counts(let counts, let source):
        figures.append(YearFigures(year: y, counts: counts, source: source))
        if hasChildren, let warning = series.mismatchWarning(id, y) {
          result.notes.append(warning)
        }
      case .missing(let children): missing.append(.init(year: y, parts: children))
      case .missingPredecessors(let codes):
        missing.append(.init(year: y, parts: codes, arePredecessors: true))
      case .invalid(let units): invalid.append(contentsOf: units)
      }
    }
    result.figures = figures
    if !invalid.isEmpty {
      result.status = .invalidData
      result.explanation = .invalidParts(Array(Set(invalid)).sorted(by: UnitSeries.codeOrder))
      return
    }
    if !missing.isEmpty {
      result.status = .insufficientData
      result.explanation = .missingYears(missing, year: year, isAggregate: hasChildren)
      return
    }
    var standardChanges: [Reason.StandardChange] = []
    var hasNotMet = false
    var hasReview = false
    var comparisons: [YearComparison] = []
    comparisons.reserveCapacity(consecutiveYears)
    for (before, after) in zip(figures, figures.dropFirst()) {
      var comparison = criterion.criterion.measure.compare(
        before.counts, after.counts, fromYear: before.year, toYear: after.year,
        atLeast: criterion.criterion.atLeast, rule: plan.whenNoPoorHouseholds)
      if let from = series.standard(id, before.year, before.source),
        let to = series.standard(id, after.year, after.source), from != to
      {
        standardChanges.append(
          Reason.StandardChange(fromYear: before.year, toYear: after.year, from: from, to: to))
        // Poverty standards count households differently: a change across them is not a reduction.
        if plan.acrossStandards == .review { comparison.outcome = .review }
      }
      switch comparison.outcome {
      case .met: break
      case .notMet: hasNotMet = true
      case .review: hasReview = true
      }
      comparisons.append(comparison)
    }
    result.comparisons = comparisons
    result.status = hasNotMet ? .notEligible : hasReview ? .review : .eligible
    if result.status != .notEligible { result.awards = awards[criterionIndex] }
    result.explanation = .measured(
      Explanation.Measured(
        baseline: baseline, standardChanges: standardChanges,
        whenNoPoorHouseholds: plan.whenNoPoorHouseholds, acrossStandards: plan.acrossStandards))
  }
}

/// The baseline-year counts a selector's rate was computed from, and where they came from.
struct Baseline {
  var year: Int
  var counts: HouseholdCounts
  var source: YearFigures.Source
}

extension UnitSeries.Lookup {
  var isInvalid: Bool {
    if case .invalid = self { return true }
    return false
  }
}
