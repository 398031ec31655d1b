/// The JSON shapes of the evaluation output. Keys are snake_case and always in this order.
extension EvaluationRenderer {
  /// The evaluation as one JSON document, `{"plan": …, "year": …, "units": […]}`, handed to
  /// `sink` in pieces: each unit is written as it is read and the text drained after it.
  static func writeJSON(
    _ report: EvaluationReport, units: [UnitEvaluation], language: Language, to sink: ByteSink
  ) {
    var json = JSONEmitter(style: .pretty, capacity: TextTable.chunkSize)
    json.beginObject()
    json.key("plan")
    write(report.plan, to: &json)
    json.key("year")
    json.integer(report.year)
    json.key("units")
    json.beginArray()
    var reason = TextBuilder(language: language)
    for unit in units {
      write(unit, reason: &reason, to: &json)
      json.drain(ifAtLeast: TextTable.chunkSize, to: sink)
    }
    json.endArray()
    json.endObject()
    json.endLine()
    json.drain(to: sink)
  }

  /// The evaluation as NDJSON: one compact line per unit, handed to `sink` in pieces.
  static func writeNDJSON(_ units: [UnitEvaluation], language: Language, to sink: ByteSink) {
    var json = JSONEmitter(style: .compact, capacity: TextTable.chunkSize)
    var reason = TextBuilder(language: language)
    for unit in units {
      write(unit, reason: &reason, to: &json)
      json.endLine()
      json.drain(ifAtLeast: TextTable.chunkSize, to: sink)
    }
    json.drain(to: sink)
  }

  /// `{ "id", "title", "decision": { "number", "date", "issuer" } | null,
  /// "period": { "from", "to" } }`.
  static func write(_ plan: Plan, to json: inout JSONEmitter) {
    json.beginObject()
    json.key("id")
    json.string(plan.id)
    json.key("title")
    json.string(plan.title)
    json.key("decision")
    if let decision = plan.decision {
      json.beginObject()
      json.key("number")
      json.string(orNull: decision.number)
      json.key("date")
      json.string(orNull: decision.date?.iso)
      json.key("issuer")
      json.string(orNull: decision.issuer)
      json.endObject()
    } else {
      json.null()
    }
    json.key("period")
    json.beginObject()
    json.key("from")
    json.integer(plan.period.from)
    json.key("to")
    json.integer(plan.period.to)
    json.endObject()
    json.endObject()
  }

  /// One unit: `code`, `name`, `level` (or null), `criterion` (`id`, `title` or null, `measure`,
  /// `at_least` as an exact number, `consecutive_years`; or null), `status`, `reason`, `awards`
  /// (`id`, `title`), `warnings`, `figures` and `comparisons`. The reason is written in
  /// `reason`'s language, in `reason` (a buffer reused from unit to unit).
  ///
  /// A figure is `year`, `total_households`, `poor_households`, `near_poor_households` (only when
  /// known), `poverty_rate` (a string with two decimals, `"8.65"`, or null when there are no
  /// households), `source` (`own`, `children` or `predecessors`) and, for the last two,
  /// `source_units` (the codes summed). A comparison is `from`, `to`, `reduction` (a string with
  /// two decimals, or null when it cannot be computed) and `outcome` (`met`, `not-met`, `review`).
  static func write(
    _ unit: UnitEvaluation, reason: inout TextBuilder, to json: inout JSONEmitter
  ) {
    json.beginObject()
    json.key("code")
    json.string(unit.code)
    json.key("name")
    json.string(unit.name)
    json.key("level")
    json.string(orNull: unit.level?.rawValue)
    json.key("criterion")
    if let criterion = unit.applied?.criterion {
      json.beginObject()
      json.key("id")
      json.string(criterion.id)
      json.key("title")
      json.string(orNull: criterion.title)
      json.key("measure")
      json.string(criterion.measure.rawValue)
      json.key("at_least")
      json.number(criterion.atLeast)
      json.key("consecutive_years")
      json.integer(criterion.consecutiveYears)
      json.endObject()
    } else {
      json.null()
    }
    json.key("status")
    json.string(unit.status.rawValue)
    json.key("reason")
    reason.truncate(to: 0)
    Reason.write(unit, to: &reason)
    reason.withBytes { json.string(utf8: $0) }
    json.key("awards")
    json.beginArray()
    for award in unit.awards {
      json.beginObject()
      json.key("id")
      json.string(award.id)
      json.key("title")
      json.string(award.title)
      json.endObject()
    }
    json.endArray()
    json.key("warnings")
    json.beginArray()
    for warning in unit.warnings(in: reason.language) { json.string(warning) }
    json.endArray()
    json.key("figures")
    json.beginArray()
    for figures in unit.figures { write(figures, to: &json) }
    json.endArray()
    json.key("comparisons")
    json.beginArray()
    for comparison in unit.comparisons { write(comparison, to: &json) }
    json.endArray()
    json.endObject()
  }

  static func write(_ figures: YearFigures, to json: inout JSONEmitter) {
    json.beginObject()
    json.key("year")
    json.integer(figures.year)
    json.key("total_households")
    json.integer(figures.counts.total)
    json.key("poor_households")
    json.integer(figures.counts.poor)
    if let nearPoor = figures.counts.nearPoor {
      json.key("near_poor_households")
      json.integer(nearPoor)
    }
    json.key("poverty_rate")
    json.string(orNull: figures.counts.rate?.formatted(places: 2))
    json.key("source")
    switch figures.source {
    case .own:
      json.string("own")
    case .children(let codes):
      json.string("children")
      sourceUnits(codes, to: &json)
    case .predecessors(let codes):
      json.string("predecessors")
      sourceUnits(codes, to: &json)
    }
    json.endObject()
  }

  /// `"source_units": [codes]`.
  private static func sourceUnits(_ codes: [String], to json: inout JSONEmitter) {
    json.key("source_units")
    json.beginArray()
    for code in codes { json.string(code) }
    json.endArray()
  }

  static func write(_ comparison: YearComparison, to json: inout JSONEmitter) {
    json.beginObject()
    json.key("from")
    json.integer(comparison.fromYear)
    json.key("to")
    json.integer(comparison.toYear)
    json.key("reduction")
    json.string(orNull: comparison.reduction?.formatted(places: 2))
    json.key("outcome")
    json.string(comparison.outcome.rawValue)
    json.endObject()
  }
}
