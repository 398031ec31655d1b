import Testing

@testable import ThiduaCore

@Suite struct CompletionScriptTests {
  /// The fixture tool, with a command whose argument is a choice and whose help needs quoting.
  static let tool: ToolSpec = {
    var tool = CommandSpecs.tool
    tool.commands.append(
      CommandSpec(
        name: "completions", abstract: "Print a script: it's [bash] or zsh.",
        arguments: [
          ArgumentSpec("SHELL", help: "The shell.", kind: .choice(["bash", "zsh", "fish"]))
        ]))
    return tool
  }()

  /// Every word a script must name so that nothing the parser accepts is left out.
  static var everyName: [String] {
    var names: [String] = []
    for command in tool.commands {
      names.append(command.name)
      names += CompletionScript.optionNames(command)
      for option in command.options {
        if case .choice(let values) = option.kind { names += values }
      }
      for argument in command.arguments {
        if case .choice(let values) = argument.kind { names += values }
      }
    }
    return names
  }

  /// Whether `word` occurs in `text` as a whole word: not inside a longer name (`-q` inside
  /// `--quiet`, `check` inside `check-data`).
  static func containsWord(_ text: String, _ word: String) -> Bool {
    let partOfName: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    var searchStart = text.startIndex
    while let range = text.range(of: word, range: searchStart..<text.endIndex) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if !(before.map(partOfName) ?? false) && !(after.map(partOfName) ?? false) { return true }
      searchStart = text.index(after: range.lowerBound)
    }
    return false
  }

  @Test(arguments: CompletionScript.Shell.allCases)
  func namesEveryCommandOptionAndValue(shell: CompletionScript.Shell) {
    let script = CompletionScript.script(for: Self.tool, shell: shell)
    for name in Self.everyName {
      // fish names options without their dashes: `-l data`, `-s d`.
      var expected = name
      if shell == .fish, name.hasPrefix("--") {
        expected = "-l \(name.dropFirst(2))"
      } else if shell == .fish, name.hasPrefix("-") {
        expected = "-s \(name.dropFirst())"
      }
      #expect(
        Self.containsWord(script, expected), "the \(shell) script does not name \(name)")
    }
    #expect(!Self.containsWord(script, "--colour"))
    #expect(script.hasSuffix("\n"))
  }

  @Test func wholeWordsAreTold() {
    #expect(Self.containsWord("a --quiet b", "--quiet"))
    #expect(!Self.containsWord("a --quiet b", "-q"))
    #expect(!Self.containsWord("check-data", "check"))
    #expect(Self.containsWord("'(-q --quiet)'{-q,--quiet}", "-q"))
  }

  @Test func bashGivesEachCommandItsOwnOptions() {
    let script = CompletionScript.script(for: Self.tool, shell: .bash)
    #expect(
      script.contains(
        "COMPREPLY=($(compgen -W '--data -d --units --mergers --year -y --format -f --output -o "
          + "--skip-invalid --quiet -q --help -h' -- \"$cur\"))"))
    #expect(script.contains("'--format'|'-f') COMPREPLY=($(compgen -W 'table csv tsv json ndjson'"))
    #expect(script.contains("'--data'|'-d') :; return ;;"))
    #expect(script.contains("complete -F _thidua thidua\n"))
  }

  @Test func filesAreCompletedOnlyWhereAFileIsExpected() {
    var tool = Self.tool
    tool.commands = [
      CommandSpec(
        name: "read", abstract: "Read.",
        arguments: [ArgumentSpec("PLAN", help: "A plan.", kind: .file)],
        options: [
          OptionSpec("data", valueName: "FILE", help: "Data.", kind: .file),
          OptionSpec("year", valueName: "YEAR", help: "Year.", kind: .integer(expecting: "a year")),
        ])
    ]
    let bash = CompletionScript.script(for: tool, shell: .bash)
    #expect(bash.contains("'--data') _thidua_files; return ;;"))
    #expect(bash.contains("'--year') :; return ;;"))
    let zsh = CompletionScript.script(for: tool, shell: .zsh)
    #expect(zsh.contains("'--data=''[Data.]:FILE:_files'"))
    #expect(zsh.contains("'--year=''[Year.]:YEAR: '"))
    #expect(zsh.contains("'1:PLAN:_files'"))
    let fish = CompletionScript.script(for: tool, shell: .fish)
    #expect(fish.contains("-l data -r -F -d 'Data.'"))
    #expect(fish.contains("-l year -x -d 'Year.'"))
    #expect(fish.contains("complete -c thidua -n '__thidua_using_command read' -F\n"))
  }

  @Test func descriptionsAreQuotedForEachShell() {
    let zsh = CompletionScript.script(for: Self.tool, shell: .zsh)
    #expect(zsh.contains(#"'completions:Print a script: it'\''s [bash] or zsh.'"#))
    #expect(zsh.contains("'1:SHELL:(bash zsh fish)'"))
    let fish = CompletionScript.script(for: Self.tool, shell: .fish)
    #expect(fish.contains(#"-a 'completions' -d 'Print a script: it\'s [bash] or zsh.'"#))
  }

  @Test func zshBracketsInOptionHelpAreEscaped() {
    var tool = Self.tool
    tool.commands = [
      CommandSpec(
        name: "x", abstract: "X.",
        flags: [FlagSpec("quiet", short: "q", help: "Print [nothing]: it's quiet.")])
    ]
    let zsh = CompletionScript.script(for: tool, shell: .zsh)
    #expect(zsh.contains(#"'(-q --quiet)'{-q,--quiet}'[Print \[nothing\]: it'\''s quiet.]'"#))
  }

  @Test(arguments: CompletionScript.Shell.allCases)
  func theSameToolGivesTheSameScript(shell: CompletionScript.Shell) {
    #expect(
      CompletionScript.script(for: Self.tool, shell: shell)
        == CompletionScript.script(for: Self.tool, shell: shell))
  }
}
