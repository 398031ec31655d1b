import ThiduaCore

/// A tool shaped like thidua's own: every kind of option, flag and argument the parser knows.
enum FuzzedTool {
  static let spec = ToolSpec(
    name: "thidua", abstract: "Fuzzed.", version: "0",
    commands: [
      CommandSpec(
        name: "evaluate", abstract: "One plan, required and typed options.",
        arguments: [ArgumentSpec("PLAN", help: "A plan.")],
        options: [
          OptionSpec("data", short: "d", valueName: "FILE", help: "Data.", isRequired: true),
          OptionSpec("units", short: "u", valueName: "FILE", help: "Units."),
          OptionSpec(
            "year", short: "y", valueName: "YEAR", help: "Year.",
            kind: .integer(expecting: "a year such as 2025")),
          OptionSpec(
            "format", short: "f", valueName: "FORMAT", help: "Format.",
            kind: .choice(["table", "csv", "tsv", "json", "ndjson"]), defaultValue: "table"),
          OptionSpec("output", short: "o", valueName: "FILE", help: "Output."),
        ],
        flags: [FlagSpec("skip-invalid", help: "Skip."), FlagSpec("quiet", short: "q", help: "Q.")]
      ),
      CommandSpec(
        name: "deadlines", abstract: "Many plans, repeatable options.",
        arguments: [ArgumentSpec("PLAN", help: "Plans.", arity: .oneOrMore)],
        options: [
          OptionSpec(
            "within", short: "w", valueName: "DAYS", help: "Days.",
            kind: .integer(expecting: "a number of days")),
          OptionSpec("today", valueName: "DATE", help: "Today."),
          OptionSpec("holidays", valueName: "FILE", help: "Holidays.", isRepeatable: true),
        ],
        flags: [FlagSpec("quiet", short: "q", help: "Quiet.")]),
      CommandSpec(
        name: "show", abstract: "An optional argument.",
        arguments: [ArgumentSpec("PLAN", help: "A plan.", arity: .optional)]),
    ])
}
