import ThiduaCore

/// `thidua completions SHELL`: a completion script written from the tool's own specs.
enum CompletionsCommand {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The script completes commands, options, the values of options such as --format, and file \
      names where a file is expected. It is written from the same description of the commands \
      as this help, so it always matches the installed thidua.
      """,
    examples: [
      "source <(thidua completions bash)",
      "thidua completions zsh > \"${fpath[1]}/_thidua\"",
      "thidua completions fish > ~/.config/fish/completions/thidua.fish",
    ],
    arguments: [
      ArgumentSpec(
        "SHELL", help: "The shell.",
        kind: .choice(CompletionScript.Shell.allCases.map(\.rawValue)))
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let name = arguments.argument("SHELL") ?? ""
    guard let shell = CompletionScript.Shell(rawValue: name) else {
      throw .internal(message: "the parser let through shell '\(name)'")
    }
    console.out(CompletionScript.script(for: Thidua.tool, shell: shell))
    return 0
  }
}
