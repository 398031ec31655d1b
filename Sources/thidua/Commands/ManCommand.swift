import ThiduaCore

/// `thidua man`: the manual page thidua(1), written from the help text.
enum ManCommand {
  static let spec = CommandSpec(
    name: "man",
    abstract: "Print the manual page thidua(1), in roff for man.",
    discussion: """
      The page holds the help of every command. Read it with 'thidua man | man -l -', or \
      install it where man looks for pages of section 1.
      """,
    examples: [
      "thidua man | man -l -",
      "thidua man > ~/.local/share/man/man1/thidua.1",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    console.out(ManPage.page(for: Thidua.tool))
    return 0
  }
}
