import ThiduaCore

/// What `evaluate`, `eligible` and `report` share: the options naming the plan's data, and the run
/// that reads the plan and the data and evaluates them, so the three load, warn and count rows
/// the same way.
enum EvaluationRun {
  /// `--data`, `--units`, `--mergers` and `--year`, in the order help lists them.
  static let inputOptions: [OptionSpec] = [
    OptionSpec(
      "data", short: "d", valueName: "FILE",
      help: "Household data: a unit-year panel or a household roster (told apart by header).",
      kind: .file, isRequired: true),
    .units, .mergers,
    OptionSpec(
      "year", short: "y", valueName: "YEAR",
      help: "Evaluation year (default: the latest in the data).",
      kind: .integer(expecting: "a year such as 2025")),
  ]

  /// `--output FILE`, written atomically; `-` or no option is standard output.
  static let output = OptionSpec.output

  /// `--skip-invalid`.
  static let skipInvalid = FlagSpec(
    "skip-invalid",
    help: "Evaluate despite bad rows: their units become invalid-data; counts go to stderr.")

  /// Reads the plan `PLAN` and the data files the options name, evaluates them for `--year` (or
  /// the latest year of the data), and returns the evaluation with the data it came from.
  ///
  /// Plan warnings, rejected rows (under `--skip-invalid`, with the row counts) and the units'
  /// warnings go to standard error.
  static func evaluate(_ arguments: ParsedArguments, console: Console) throws(ThiduaError)
    -> (report: EvaluationReport, data: DataSet)
  {
    let year = try arguments.int("year")
    let skipInvalid = arguments.flag(Self.skipInvalid.name)
    let plan = arguments.argument("PLAN") ?? ""
    let dataFile = try arguments.requiredString("data")
    let unitsFile = arguments.string("units")
    let mergersFile = arguments.string("mergers")
    try InputFile.checkStandardInputReadOnce([
      ("PLAN", [plan]), ("--data", [dataFile]), ("--units", unitsFile.map { [$0] } ?? []),
      ("--mergers", mergersFile.map { [$0] } ?? []),
    ])
    let language = console.language
    let reading = try InputFile.plan(plan, console: console)
    for warning in reading.warnings { console.err(warning.description(in: language)) }
    let period = reading.plan.period
    if let year, !(period.from...period.to).contains(year) {
      throw .usage(message: .yearOutsidePeriod(year: year, from: period.from, to: period.to))
    }
    let data = try DataLoader(skipInvalid: skipInvalid).load(
      data: try InputFile.csv(dataFile, console: console),
      units: try unitsFile.map { name throws(ThiduaError) in
        try InputFile.csv(name, console: console)
      },
      mergers: try mergersFile.map { name throws(ThiduaError) in
        try InputFile.csv(name, console: console)
      })
    for diagnostic in data.diagnostics { console.err(diagnostic.description(in: language)) }
    if skipInvalid {
      let a = data.accounting
      console.err(
        Message.rowCounts(read: a.read, used: a.used, rejected: a.rejected).text(in: language))
    }
    let report = try Evaluator(plan: reading.plan, data: data).evaluate(year: year)
    // By position: a loop over the units would copy each of the country's units to read them.
    for index in report.units.indices where report.units[index].hasWarnings {
      for warning in report.units[index].warnings(in: language) {
        console.err(
          Message.unitWarning(code: report.units[index].code, warning).text(in: language))
      }
    }
    return (report, data)
  }
}

/// What a command leaves for the process's end to free: the evaluation of the whole country is
/// tens of thousands of arrays and strings, which the end of the process takes back at once
/// instead of one by one. Reachable from here, they are not leaks.
enum KeptUntilExit {
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `report` and `data` until the process ends.
  static func keep(_ report: EvaluationReport, _ data: DataSet) {
    values.append(report)
    values.append(data)
  }
}
