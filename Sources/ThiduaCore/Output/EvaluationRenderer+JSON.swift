/// The JSON shapes of the evaluation output. Keys are snake_case and always in this order.
extension EvaluationRenderer {
  /// `{ "id", "title", "decision": { "number", "date", "issuer" } | null,
  /// "period": { "from", "to" } }`.
  public static func json(_ plan: Plan) -> JSONValue {
    let decision: JSONValue =
      plan.decision.map { decision in
        .object([
          ("number", .string(orNull: decision.number)),
          ("date", .string(orNull: decision.date?.iso)),
          ("issuer", .string(orNull: decision.issuer)),
        ])
      } ?? .null
    return .object([
      ("id", .string(plan.id)),
      ("title", .string(plan.title)),
      ("decision", decision),
      (
        "period", .object([("from", .integer(plan.period.from)), ("to", .integer(plan.period.to))])
      ),
    ])
  }

  /// One unit: `code`, `name`, `level` (or null), `criterion` (`id`, `title` or null, `measure`,
  /// `at_least` as an exact number, `consecutive_years`; or null), `status`, `reason`, `awards`
  /// (`id`, `title`), `warnings`, `figures` and `comparisons`.
  ///
  /// A figure is `year`, `total_households`, `poor_households`, `near_poor_households` (only when
  /// known), `poverty_rate` (a string with two decimals, `"8.65"`, or null when there are no
  /// households), `source` (`own`, `children` or `predecessors`) and, for the last two,
  /// `source_units` (the codes summed). A comparison is `from`, `to`, `reduction` (a string with
  /// two decimals, or null when it cannot be computed) and `outcome` (`met`, `not-met`, `review`).
  public static func json(_ unit: UnitEvaluation, language: Language = .english) -> JSONValue {
    let criterion: JSONValue =
      unit.criterion.map { criterion in
        .object([
          ("id", .string(criterion.id)),
          ("title", .string(orNull: criterion.title)),
          ("measure", .string(criterion.measure.rawValue)),
          ("at_least", .number(criterion.atLeast)),
          ("consecutive_years", .integer(criterion.consecutiveYears)),
        ])
      } ?? .null
    return .object([
      ("code", .string(unit.code)),
      ("name", .string(unit.name)),
      ("level", .string(orNull: unit.level?.rawValue)),
      ("criterion", criterion),
      ("status", .string(unit.status.rawValue)),
      ("reason", .string(Reason.text(of: unit, in: language))),
      (
        "awards",
        .array(unit.awards.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })
      ),
      ("warnings", .array(unit.warnings(in: language).map(JSONValue.string))),
      ("figures", .array(unit.figures.map(json))),
      ("comparisons", .array(unit.comparisons.map(json))),
    ])
  }

  static func json(_ figures: YearFigures) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("year", .integer(figures.year)),
      ("total_households", .integer(figures.counts.total)),
      ("poor_households", .integer(figures.counts.poor)),
    ]
    if let nearPoor = figures.counts.nearPoor {
      members.append(("near_poor_households", .integer(nearPoor)))
    }
    members.append(("poverty_rate", .string(orNull: figures.counts.rate?.formatted(places: 2))))
    switch figures.source {
    case .own:
      members.append(("source", .string("own")))
    case .children(let codes):
      members.append(("source", .string("children")))
      members.append(("source_units", .array(codes.map(JSONValue.string))))
    case .predecessors(let codes):
      members.append(("source", .string("predecessors")))
      members.append(("source_units", .array(codes.map(JSONValue.string))))
    }
    return .object(members)
  }

  static func json(_ comparison: YearComparison) -> JSONValue {
    .object([
      ("from", .integer(comparison.fromYear)),
      ("to", .integer(comparison.toYear)),
      ("reduction", .string(orNull: comparison.reduction?.formatted(places: 2))),
      ("outcome", .string(comparison.outcome.rawValue)),
    ])
  }
}
