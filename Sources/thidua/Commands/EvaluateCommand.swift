import ThiduaCore

/// `thidua evaluate` (every unit) and `thidua eligible` (the award-eligibility list).
enum EvaluateCommand {
  static let dataOptions: [OptionSpec] = [
    OptionSpec(
      "data", short: "d", valueName: "FILE",
      help: "Household data: a unit-year panel or a household roster (told apart by header).",
      isRequired: true),
    OptionSpec(
      "units", short: "u", valueName: "FILE", help: "Units: code, name, level, parent, flags."),
    OptionSpec(
      "mergers", short: "m", valueName: "FILE",
      help: "Mergers: old_code, new_code, effective (YYYY-MM-DD)."),
    OptionSpec(
      "year", short: "y", valueName: "YEAR",
      help: "Evaluation year (default: the latest in the data).",
      kind: .integer(expecting: "a year such as 2025")),
    .format,
    OptionSpec(
      "output", short: "o", valueName: "FILE",
      help: "Write here (atomically) instead of standard output."),
  ]

  static let skipInvalid = FlagSpec(
    "skip-invalid",
    help: "Evaluate despite bad rows: their units become invalid-data; counts go to stderr.")

  static let evaluateSpec = CommandSpec(
    name: "evaluate",
    abstract: "Evaluate every unit against the plan's criteria, with status and reason.",
    discussion: """
      Statuses: eligible, not-eligible, review, insufficient-data, invalid-data, no-criterion, \
      merged. \
      Rows are sorted by unit code. Bad input rows are all reported and nothing is written (exit \
      65) unless --skip-invalid is given.
      """,
    examples: [
      "thidua evaluate campaigns/ben-tre-2021-2025.json --data campaigns/sample/panel.csv --units campaigns/sample/units.csv",
      "thidua evaluate campaigns/ben-tre-2021-2025.json --data campaigns/sample/roster.csv --units campaigns/sample/units.csv --format json",
    ],
    arguments: [ArgumentSpec("PLAN", help: "The plan file.")],
    options: dataOptions, flags: [skipInvalid, .excel])

  static let eligibleSpec = CommandSpec(
    name: "eligible",
    abstract: "Write the award-eligibility list: eligible units and the award each qualifies for.",
    examples: [
      "thidua eligible campaigns/ben-tre-2021-2025.json --data campaigns/sample/panel.csv --units campaigns/sample/units.csv --format csv --output eligible.csv"
    ],
    arguments: [ArgumentSpec("PLAN", help: "The plan file.")],
    options: dataOptions,
    flags: [
      skipInvalid, FlagSpec("include-review", help: "Also list units whose status is review."),
      .excel,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let (format, excel) = try arguments.outputFormat()
    let year = try arguments.int("year")
    let skipInvalid = arguments.flag("skip-invalid")
    let reading = try PlanReader.read(file: arguments.argument("PLAN") ?? "")
    let language = console.language
    for warning in reading.warnings { console.err(warning.description(in: language)) }
    let period = reading.plan.period
    if let year, !(period.from...period.to).contains(year) {
      throw .usage(message: .yearOutsidePeriod(year: year, from: period.from, to: period.to))
    }
    let data = try DataLoader(skipInvalid: skipInvalid).load(
      dataFile: try arguments.requiredString("data"), unitsFile: arguments.string("units"),
      mergersFile: arguments.string("mergers"))
    for diagnostic in data.diagnostics { console.err(diagnostic.description(in: language)) }
    if skipInvalid {
      let a = data.accounting
      console.err(
        Message.rowCounts(read: a.read, used: a.used, rejected: a.rejected).text(in: language))
    }
    let report = try Evaluator(plan: reading.plan, data: data).evaluate(year: year)
    for unit in report.units {
      for warning in unit.warnings {
        console.err(Message.unitWarning(code: unit.code, warning).text(in: language))
      }
    }
    let list: ListKind =
      arguments.command.name == eligibleSpec.name
      ? .eligibility(includeReview: arguments.flag("include-review")) : .evaluation
    try emit(
      EvaluationRenderer.renderUTF8(
        report, format: format, list: list, excel: excel, language: language),
      to: arguments.string("output"), console: console)
    return 0
  }
}
