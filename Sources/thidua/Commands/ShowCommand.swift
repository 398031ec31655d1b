import ThiduaCore

/// `thidua show PLAN`: the plan in words.
enum ShowCommand {
  static let spec = CommandSpec(
    name: "show",
    abstract: "Print a plan in words: decision, criteria in the order applied, awards, deadlines.",
    examples: ["thidua show campaigns/ben-tre-2021-2025.json"],
    arguments: [.plan])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let reading = try InputFile.plan(arguments.argument("PLAN") ?? "", console: console)
    for warning in reading.warnings { console.err(warning.description(in: console.language)) }
    console.out(describe(reading.plan, language: console.language))
    return 0
  }
}
