import ThiduaCore

/// `thidua schema`: the JSON Schema of the plan format, for editors.
enum SchemaCommand {
  static let spec = CommandSpec(
    name: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of the plan format.",
    discussion: """
      Editors such as VS Code use it to check and complete plans as they are typed, when a \
      plan names it in its "$schema" key. campaigns/plan.schema.json is this output.
      """,
    examples: ["thidua schema > plan.schema.json"])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    console.out(PlanSchema.text)
    return 0
  }
}
