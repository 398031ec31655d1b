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
    json.member("year", report.year)
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
    json.member("id", plan.id)
    json.member("title", plan.title)
    json.key("decision")
    if let decision = plan.decision {
      json.beginObject()
      json.member("number", decision.number)
      json.member("date", decision.date?.iso)
      json.member("issuer", decision.issuer)
      json.endObject()
    } else {
      json.null()
    }
    json.key("period")
    json.beginObject()
    json.member("from", plan.period.from)
    json.member("to", plan.period.to)
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
    json.member("code", unit.code)
    json.member("name", unit.name)
    json.member("level", unit.level?.rawValue)
    json.key("criterion")
    if let criterion = unit.applied?.criterion {
      json.beginObject()
      json.member("id", criterion.id)
      json.member("title", criterion.title)
      json.member("measure", criterion.measure.rawValue)
      json.key("at_least")
      json.number(criterion.atLeast)
      json.member("consecutive_years", criterion.consecutiveYears)
      json.endObject()
    } else {
      json.null()
    }
    json.member("status", unit.status.rawValue)
    json.key("reason")
    reason.truncate(to: 0)
    Reason.write(unit, to: &reason)
    reason.withBytes { json.string(utf8: $0) }
    json.key("awards")
    json.beginArray()
    for award in unit.awards {
      json.beginObject()
      json.member("id", award.id)
      json.member("title", award.title)
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
    json.member("year", figures.year)
    json.member("total_households", figures.counts.total)
    json.member("poor_households", figures.counts.poor)
    if let nearPoor = figures.counts.nearPoor {
      json.member("near_poor_households", nearPoor)
    }
    json.member("poverty_rate", figures.counts.rate?.formatted(places: 2))
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
    json.member("from", comparison.fromYear)
    json.member("to", comparison.toYear)
    json.member("reduction", comparison.reduction?.formatted(places: 2))
    json.member("outcome", comparison.outcome.rawValue)
    json.endObject()
  }
}
