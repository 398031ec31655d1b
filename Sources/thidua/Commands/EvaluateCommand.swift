import ThiduaCore

/// `thidua evaluate` (every unit) and `thidua eligible` (the award-eligibility list).
enum EvaluateCommand {
  static let dataOptions: [OptionSpec] =
    EvaluationRun.inputOptions + [.format, EvaluationRun.output]

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
    options: dataOptions, flags: [EvaluationRun.skipInvalid, .excel])

  static let eligibleSpec = CommandSpec(
    name: "eligible",
    abstract: "Write the award-eligibility list: eligible units and the award each qualifies for.",
    examples: [
      "thidua eligible campaigns/ben-tre-2021-2025.json --data campaigns/sample/panel.csv --units campaigns/sample/units.csv --format csv --output eligible.csv"
    ],
    arguments: [.plan],
    options: dataOptions,
    flags: [
      EvaluationRun.skipInvalid,
      FlagSpec("include-review", help: "Also list units whose status is review."),
      .excel,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let (format, excel) = try arguments.outputFormat()
    let (report, data) = try EvaluationRun.evaluate(arguments, console: console)
    // Taken apart unit by unit they would cost more than the rest of a small run; the process
    // ends right after the output and gives all its memory back at once.
    KeptUntilExit.keep(report, data)
    let list: ListKind =
      arguments.command.name == eligibleSpec.name
      ? .eligibility(includeReview: arguments.flag("include-review")) : .evaluation
    let output = arguments.string("output")
    let marks = output.isStandardOutput ? console.tableMarks : nil
    try emit(to: output, console: console) { sink in
      EvaluationRenderer.write(
        report, format: format, list: list, excel: excel, language: console.language,
        marks: marks, to: sink)
    }
    return 0
  }
}
