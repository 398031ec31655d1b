import ThiduaCore

/// `thidua evaluate` (every unit) and `thidua eligible` (the award-eligibility list).
enum EvaluateCommand {
  static let dataOptions: [OptionSpec] = [
    OptionSpec(
      "data", short: "d", valueName: "FILE",
      help: "Household data: a unit-year panel or a household roster (told apart by header).",
      kind: .file, isRequired: true),
    .units, .mergers,
    OptionSpec(
      "year", short: "y", valueName: "YEAR",
      help: "Evaluation year (default: the latest in the data).",
      kind: .integer(expecting: "a year such as 2025")),
    .format, .output,
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
    arguments: [.plan],
    options: dataOptions, flags: [skipInvalid, .excel])

  static let eligibleSpec = CommandSpec(
    name: "eligible",
    abstract: "Write the award-eligibility list: eligible units and the award each qualifies for.",
    examples: [
      "thidua eligible campaigns/ben-tre-2021-2025.json --data campaigns/sample/panel.csv --units campaigns/sample/units.csv --format csv --output eligible.csv"
    ],
    arguments: [.plan],
    options: dataOptions,
    flags: [
      skipInvalid, FlagSpec("include-review", help: "Also list units whose status is review."),
      .excel,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let (format, excel) = try arguments.outputFormat()
    let year = try arguments.int("year")
    let skipInvalid = arguments.flag("skip-invalid")
    let plan = arguments.argument("PLAN") ?? ""
    let dataFile = try arguments.requiredString("data")
    let unitsFile = arguments.string("units")
    let mergersFile = arguments.string("mergers")
    try InputFile.checkStandardInputReadOnce([
      ("PLAN", [plan]), ("--data", [dataFile]), ("--units", unitsFile.map { [$0] } ?? []),
      ("--mergers", mergersFile.map { [$0] } ?? []),
    ])
    let reading = try InputFile.plan(plan, console: console)
    for warning in reading.warnings { console.err(warning.description) }
    let period = reading.plan.period
    if let year, !(period.from...period.to).contains(year) {
      throw .usage(
        message: "--year \(year) is outside the plan's period \(period.from)–\(period.to); "
          + "expected a year from \(period.from) to \(period.to)")
    }
    let data = try DataLoader(skipInvalid: skipInvalid).load(
      data: try InputFile.csv(dataFile, console: console),
      units: try unitsFile.map { name throws(ThiduaError) in
        try InputFile.csv(name, console: console)
      },
      mergers: try mergersFile.map { name throws(ThiduaError) in
        try InputFile.csv(name, console: console)
      })
    for diagnostic in data.diagnostics { console.err(diagnostic.description) }
    if skipInvalid {
      let a = data.accounting
      console.err("rows: \(a.read) read, \(a.used) used, \(a.rejected) rejected")
    }
    let report = try Evaluator(plan: reading.plan, data: data).evaluate(year: year)
    for unit in report.units {
      for warning in unit.warnings { console.err("warning: unit \(unit.code): \(warning)") }
    }
    let list: ListKind =
      arguments.command.name == eligibleSpec.name
      ? .eligibility(includeReview: arguments.flag("include-review")) : .evaluation
    let output = arguments.string("output")
    try emit(
      EvaluationRenderer.renderUTF8(
        report, format: format, list: list, excel: excel,
        marks: output.isStandardOutput ? console.tableMarks : nil),
      to: output, console: console)
    return 0
  }
}
