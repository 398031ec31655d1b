import ThiduaCore

/// `thidua check-data --units FILE [--mergers FILE] [--data FILE]`: validates data files.
enum CheckDataCommand {
  static let spec = CommandSpec(
    name: "check-data",
    abstract: "Validate a units file, a mergers file and a data file, alone and together.",
    discussion: """
      Mergers are checked against the units (unknown codes), for cycles, for a unit merged into \
      two successors, and, with --data, for effective dates outside the data's years. Every \
      error is reported as file:line:column; exit 65 when any file is invalid.
      """,
    examples: [
      "thidua check-data --units campaigns/sample/units.csv --mergers campaigns/sample/mergers.csv --data campaigns/sample/panel.csv"
    ],
    options: [
      .units, .mergers,
      OptionSpec(
        "data", short: "d", valueName: "FILE", help: "A unit-year panel or a household roster.",
        kind: .file),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let units = arguments.string("units")
    let mergers = arguments.string("mergers")
    let data = arguments.string("data")
    guard units != nil || mergers != nil || data != nil else {
      throw .usage(message: .checkDataNeedsAFile)
    }
    try InputFile.checkStandardInputReadOnce([
      ("--units", units.map { [$0] } ?? []), ("--mergers", mergers.map { [$0] } ?? []),
      ("--data", data.map { [$0] } ?? []),
    ])
    func input(_ name: String?) throws(ThiduaError) -> CSVInput? {
      try name.map { name throws(ThiduaError) in try InputFile.csv(name, console: console) }
    }
    let check = try DataCheck.run(
      units: try input(units), mergers: try input(mergers), data: try input(data))
    for warning in check.warnings { console.err(warning.description(in: console.language)) }
    console.out(check.summaries.map { $0.text(in: console.language) + "\n" }.joined())
    return 0
  }
}
