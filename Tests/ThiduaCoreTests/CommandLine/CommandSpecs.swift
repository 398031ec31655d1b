@testable import ThiduaCore

/// Realistic specs, shaped like the ones the executable declares.
enum CommandSpecs {
  static let evaluate = CommandSpec(
    name: "evaluate",
    abstract: "Evaluate every unit of a plan against its criteria.",
    discussion: """
      Each unit is checked against the first criterion whose selector matches it, for the \
      evaluation year and the years before it that the criterion needs.

      Rows are sorted by unit code.
      """,
    examples: [
      "thidua evaluate campaigns/ben-tre-2021-2025.json --data panel.csv --year 2025",
      "thidua evaluate plan.json --data panel.csv --format json --output result.json",
    ],
    arguments: [ArgumentSpec("PLAN", help: "The campaign plan (JSON).")],
    options: [
      OptionSpec(
        "data", short: "d", valueName: "FILE",
        help: "Yearly household data: a unit-year panel or a household roster (CSV).",
        isRequired: true),
      OptionSpec("units", valueName: "FILE", help: "The administrative units (CSV)."),
      OptionSpec(
        "mergers", valueName: "FILE", help: "Mergers of units: old code, new code, date (CSV)."),
      OptionSpec(
        "year", short: "y", valueName: "YEAR",
        help: "The evaluation year; the latest year in the data by default.",
        kind: .integer(expecting: "a year such as 2025")),
      OptionSpec(
        "format", short: "f", valueName: "FORMAT", help: "How to write the results.",
        kind: .choice(OutputFormat.allCases.map(\.rawValue)), defaultValue: "table"),
      OptionSpec(
        "output", short: "o", valueName: "FILE",
        help: "Write to FILE atomically instead of standard output."),
    ],
    flags: [
      FlagSpec(
        "skip-invalid", help: "Mark units with bad rows invalid-data instead of stopping."),
      FlagSpec("quiet", short: "q", help: "Print no counts on standard error."),
    ])

  static let check = CommandSpec(
    name: "check", abstract: "Validate plans.",
    arguments: [ArgumentSpec("PLAN|DIR", help: "Plans, or folders of plans.", arity: .oneOrMore)],
    options: [
      OptionSpec(
        "exclude", valueName: "GLOB", help: "Skip files matching GLOB.", isRepeatable: true)
    ])

  static let show = CommandSpec(
    name: "show", abstract: "Describe a plan in words.",
    arguments: [
      ArgumentSpec("PLAN", help: "The plan."),
      ArgumentSpec("SECTION", help: "Only this section.", arity: .optional),
    ])

  static let tool = ToolSpec(
    name: "thidua",
    abstract: "Track emulation campaigns against poverty.",
    version: "thidua 1.0.0",
    commands: [check, show, evaluate])
}
