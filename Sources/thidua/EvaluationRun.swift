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
  ]

  /// `--output FILE`, written atomically; `-` or no option is standard output.
  static let output = OptionSpec(
    "output", short: "o", valueName: "FILE",
    help: "Write here (atomically) instead of standard output.")

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
    let reading = try PlanReader.read(file: arguments.argument("PLAN") ?? "")
    for warning in reading.warnings { console.err(warning.description) }
    let period = reading.plan.period
    if let year, !(period.from...period.to).contains(year) {
      throw .usage(
        message: "--year \(year) is outside the plan's period \(period.from)–\(period.to); "
          + "expected a year from \(period.from) to \(period.to)")
    }
    let data = try DataLoader(skipInvalid: skipInvalid).load(
      dataFile: try arguments.requiredString("data"), unitsFile: arguments.string("units"),
      mergersFile: arguments.string("mergers"))
    for diagnostic in data.diagnostics { console.err(diagnostic.description) }
    if skipInvalid {
      let a = data.accounting
      console.err("rows: \(a.read) read, \(a.used) used, \(a.rejected) rejected")
    }
    let report = try Evaluator(plan: reading.plan, data: data).evaluate(year: year)
    for unit in report.units {
      for warning in unit.warnings { console.err("warning: unit \(unit.code): \(warning)") }
    }
    return (report, data)
  }
}
