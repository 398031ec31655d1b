import ThiduaCore

/// `thidua check PLAN|DIR ...`: validates plans, `ok` per file or every finding.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check",
    abstract: "Validate plans: 'ok' per file, or file:line:column: error: message.",
    discussion: "A directory stands for the *.json files in it. Exit 65 when a plan is invalid.",
    examples: ["thidua check campaigns/", "thidua check campaigns/ben-tre-2021-2025.json"],
    arguments: [
      ArgumentSpec(
        "PLAN", help: "A plan file or a directory of plans.", arity: .oneOrMore, kind: .file)
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    try InputFile.checkStandardInputReadOnce([("PLAN", arguments.arguments("PLAN"))])
    let files = try PlanCatalog.planFiles(arguments.arguments("PLAN"))
    var status: Int32 = 0
    for file in files {
      do throws(ThiduaError) {
        let reading = try InputFile.plan(file, console: console)
        for warning in reading.warnings { console.err(warning.description(in: console.language)) }
        console.out(Message.planOK(file: reading.plan.file).text(in: console.language) + "\n")
      } catch {
        console.err(error.message(in: console.language))
        status = max(status, Thidua.exitStatus(for: error))
      }
    }
    return status
  }
}
