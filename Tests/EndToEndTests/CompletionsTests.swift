import Foundation
import Testing

/// `thidua completions bash|zsh|fish`, loaded into the shells themselves.
@Suite struct CompletionsTests {
  /// The commands `thidua --help` lists.
  static func commands() throws -> [String] {
    let help = try Thidua.run(["--help"]).stdout
    let section = help.components(separatedBy: "COMMANDS:\n")[1]
      .components(separatedBy: "\n\n")[0]
    return section.split(separator: "\n").compactMap { line in
      line.hasPrefix("  ") && !line.hasPrefix("   ")
        ? String(line.dropFirst(2).prefix { $0 != " " }) : nil
    }
  }

  /// The long options `thidua help COMMAND` lists (`--help` included).
  static func options(of command: String) throws -> [String] {
    let help = try Thidua.run(["help", command]).stdout
    let section = help.components(separatedBy: "OPTIONS:\n")[1]
      .components(separatedBy: "\n\n")[0]
    return section.split(separator: "\n").compactMap { line -> String? in
      guard let range = line.range(of: "--") else { return nil }
      let word = line[range.lowerBound...].prefix { $0 != " " && $0 != "," }
      return line.trimmingCharacters(in: .whitespaces).hasPrefix("-") ? String(word) : nil
    }
  }

  @Test func theHelpListsWhatTheScriptsMustName() throws {
    let commands = try Self.commands()
    #expect(commands.contains("evaluate") && commands.contains("completions"))
    #expect(commands.count == 10)
    #expect(try Self.options(of: "evaluate").contains("--skip-invalid"))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func everyCommandAndOptionOfTheHelpIsInTheScript(shell: String) throws {
    let script = try Thidua.run(["completions", shell])
    #expect(script.status == 0)
    for command in try Self.commands() {
      #expect(script.stdout.contains(command), "\(shell): \(command)")
      for option in try Self.options(of: command) {
        let name = shell == "fish" ? "-l \(option.dropFirst(2))" : option
        #expect(script.stdout.contains(name), "\(shell): \(command) \(option)")
      }
    }
  }

  @Test func bashAcceptsTheScript() throws {
    let bash = try #require(External.find("bash"))
    let script = try Thidua.run(["completions", "bash"]).stdout
    let result = try External.run(bash, ["-n"], stdin: script)
    #expect(result.status == 0)
    #expect(result.stderr == "")
  }

  /// What bash offers for the words of a command line, the last one being completed.
  static func bashCompletions(_ words: [String]) throws -> [String] {
    let bash = try #require(External.find("bash"))
    let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
    let program = """
      source <(thidua completions bash)
      COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      _thidua
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try External.run(bash, ["-c", program])
    #expect(result.stderr == "")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func bashCompletesCommandsOptionsValuesAndFiles() throws {
    #expect(try Self.bashCompletions(["thidua", "ev"]) == ["evaluate"])
    #expect(try Self.bashCompletions(["thidua", "check"]) == ["check", "check-data"])
    #expect(try Self.bashCompletions(["thidua", "evaluate", "--fo"]) == ["--format"])
    #expect(
      try Self.bashCompletions(["thidua", "evaluate", "--format", ""])
        == ["table", "csv", "tsv", "json", "ndjson"])
    #expect(try Self.bashCompletions(["thidua", "eligible", "-f", "n"]) == ["ndjson"])
    #expect(try Self.bashCompletions(["thidua", "evaluate", "--format", "=", "j"]) == ["json"])
    #expect(
      try Self.bashCompletions(["thidua", "completions", ""]) == ["bash", "zsh", "fish"])
    #expect(try Self.bashCompletions(["thidua", "help", "dead"]) == ["deadlines"])
    #expect(
      try Self.bashCompletions(["thidua", "evaluate", "--data", "campaigns/sample/ro"])
        == ["campaigns/sample/roster.csv"])
    #expect(
      try Self.bashCompletions(["thidua", "show", "campaigns/ben"])
        == ["campaigns/ben-tre-2021-2025.json"])
    #expect(try Self.bashCompletions(["thidua", "evaluate", "--year", ""]) == [])
    #expect(try Self.bashCompletions(["thidua", "evaluate", "--", "--fo"]) == [])
  }

  @Test(.enabled(if: External.find("zsh") != nil))
  func zshAcceptsAndRegistersTheScript() throws {
    let zsh = try #require(External.find("zsh"))
    let script = try Thidua.run(["completions", "zsh"]).stdout
    #expect(try External.run(zsh, ["-n"], stdin: script).status == 0)
    let program = """
      autoload -U compinit && compinit -u -D
      source <(thidua completions zsh)
      print -r -- $_comps[thidua]
      """
    let result = try External.run(zsh, ["-f", "-c", program])
    #expect(result.stdout == "_thidua\n")
    #expect(result.stderr == "")
  }

  /// What fish offers for a command line, as `complete -C` lists it (candidate, tab,
  /// description).
  static func fishCompletions(_ line: String) throws -> [String] {
    let fish = try #require(External.find("fish"))
    let result = try External.run(
      fish, ["--no-config", "-c", "thidua completions fish | source; complete -C '\(line)'"])
    #expect(result.stderr == "")
    return result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
  }

  @Test(.enabled(if: External.find("fish") != nil))
  func fishAcceptsTheScriptAndCompletes() throws {
    let fish = try #require(External.find("fish"))
    let script = try Thidua.run(["completions", "fish"]).stdout
    #expect(try External.run(fish, ["--no-config", "-n"], stdin: script).status == 0)
    #expect(try Self.fishCompletions("thidua evaluate --fo") == ["--format"])
    #expect(
      try Self.fishCompletions("thidua evaluate --format ")
        == ["csv", "json", "ndjson", "table", "tsv"])
    #expect(try Self.fishCompletions("thidua completions ") == ["bash", "fish", "zsh"])
    #expect(try Self.fishCompletions("thidua ").contains("check-data"))
    #expect(
      try Self.fishCompletions("thidua evaluate --units campaigns/sample/un")
        == ["campaigns/sample/units.csv"])
  }
}
