import ThiduaCore

/// `thidua report`: the evaluation as one self-contained HTML page for the award council.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report",
    abstract: "Write the evaluation as one self-contained HTML page for the award council.",
    discussion: """
      The page holds the plan's decision and criteria in words, units per status and per parent \
      unit, the eligibility list with awards (units to review marked), and for every unit a \
      small chart of its poverty rate by year, its figures and the reason. It needs no network \
      and prints on A4. Bad input rows are all reported and nothing is written (exit 65) unless \
      --skip-invalid is given; exit 73 when the output cannot be written.
      """,
    examples: [
      "thidua report campaigns/ben-tre-2021-2025.json --data campaigns/sample/panel.csv --units campaigns/sample/units.csv --mergers campaigns/sample/mergers.csv --output report.html"
    ],
    arguments: [.plan],
    options: EvaluationRun.inputOptions + [EvaluationRun.output],
    flags: [EvaluationRun.skipInvalid])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let (report, data) = try EvaluationRun.evaluate(arguments, console: console)
    KeptUntilExit.keep(report, data)
    try emit(
      ReportRenderer.render(report, data: data, language: console.language),
      to: arguments.string("output"), console: console)
    return 0
  }
}
