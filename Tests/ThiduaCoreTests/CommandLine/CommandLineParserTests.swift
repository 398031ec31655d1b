import Testing

@testable import ThiduaCore

@Suite struct CommandLineParserTests {
  private func parse(_ arguments: [String], _ command: CommandSpec = CommandSpecs.evaluate)
    throws -> ParsedArguments
  {
    try CommandLineParser.parse(arguments, for: command)
  }

  /// Expects parsing to fail with exactly `message`.
  private func expectUsageError(
    _ arguments: [String], _ message: String, command: CommandSpec = CommandSpecs.evaluate,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(throws: ThiduaError.usage(message: .text(message)), sourceLocation: sourceLocation) {
      _ = try CommandLineParser.parse(arguments, for: command)
    }
  }

  // MARK: What is accepted

  @Test func readsTheFullEvaluateCommandLine() throws {
    let parsed = try parse([
      "plan.json", "--data", "panel.csv", "--units=units.csv", "--mergers", "m.csv", "--year",
      "2025", "--format=csv", "-o", "out.csv", "--skip-invalid",
    ])
    #expect(parsed.argument("PLAN") == "plan.json")
    #expect(parsed.string("data") == "panel.csv")
    #expect(parsed.string("units") == "units.csv")
    #expect(parsed.string("mergers") == "m.csv")
    #expect(try parsed.int("year") == 2025)
    #expect(try parsed.choice("format", as: OutputFormat.self) == .csv)
    #expect(parsed.string("output") == "out.csv")
    #expect(parsed.flag("skip-invalid"))
    #expect(!parsed.flag("quiet"))
  }

  @Test func optionsMayComeBeforeTheArgument() throws {
    let parsed = try parse(["--data", "panel.csv", "plan.json"])
    #expect(parsed.argument("PLAN") == "plan.json")
    #expect(parsed.string("data") == "panel.csv")
  }

  @Test func absentOptionsGiveNilOrTheirDefault() throws {
    let parsed = try parse(["plan.json", "-d", "panel.csv"])
    #expect(parsed.string("units") == nil)
    #expect(try parsed.int("year") == nil)
    #expect(parsed.string("format") == "table")
    #expect(try parsed.choice("format", as: OutputFormat.self) == .table)
  }

  @Test func aDashAloneIsAValue() throws {
    let parsed = try parse(["-", "--data", "-", "--output", "-"])
    #expect(parsed.argument("PLAN") == "-")
    #expect(parsed.string("data") == "-")
    #expect(parsed.string("output") == "-")
  }

  @Test func doubleDashEndsTheOptions() throws {
    let parsed = try parse(["--data", "panel.csv", "--", "--plan-with-dashes.json"])
    #expect(parsed.argument("PLAN") == "--plan-with-dashes.json")
  }

  @Test func shortOptionsTakeAttachedOrNextValues() throws {
    let parsed = try parse(["plan.json", "-dpanel.csv", "-y", "2024", "-qf", "json"])
    #expect(parsed.string("data") == "panel.csv")
    #expect(try parsed.int("year") == 2024)
    #expect(parsed.flag("quiet"))
    #expect(try parsed.choice("format", as: OutputFormat.self) == .json)
  }

  @Test func negativeNumbersAreValues() throws {
    let parsed = try parse(["plan.json", "--data", "panel.csv", "--year", "-1"])
    #expect(try parsed.int("year") == -1)
  }

  @Test func repeatableOptionsKeepEveryValueInOrder() throws {
    let parsed = try parse(
      ["a.json", "--exclude", "old/*", "dir", "--exclude=*.bak"], CommandSpecs.check)
    #expect(parsed.strings("exclude") == ["old/*", "*.bak"])
    #expect(parsed.arguments("PLAN|DIR") == ["a.json", "dir"])
  }

  @Test func anOptionalArgumentMayBeLeftOut() throws {
    #expect(try parse(["plan.json"], CommandSpecs.show).argument("SECTION") == nil)
    #expect(try parse(["plan.json", "awards"], CommandSpecs.show).argument("SECTION") == "awards")
  }

  @Test func flagsMayBeRepeatedHarmlessly() throws {
    let parsed = try parse(["plan.json", "-d", "p.csv", "--quiet", "-q"])
    #expect(parsed.flag("quiet"))
  }

  // MARK: What is refused, with the exact message

  @Test(arguments: [
    (
      ["plan.json", "-d", "p.csv", "--formt", "csv"],
      "unknown option '--formt'; did you mean '--format'?"
    ),
    (
      ["plan.json", "-d", "p.csv", "--formt=csv"],
      "unknown option '--formt'; did you mean '--format'?"
    ),
    (
      ["plan.json", "-d", "p.csv", "-format", "csv"],
      "unknown option '-format'; did you mean '--format'?"
    ),
    (["plan.json", "-d", "p.csv", "--colour"], "unknown option '--colour'"),
    (["plan.json", "-d", "p.csv", "-x"], "unknown option '-x'"),
    (["plan.json", "-d", "p.csv", "-qx"], "unknown option '-x' in '-qx'"),
    (
      ["plan.json", "-d", "p.csv", "--skip-invalid=yes"],
      "'--skip-invalid' does not take a value, got 'yes'"
    ),
    (["plan.json", "--data"], "missing value for '--data FILE'"),
    (["plan.json", "--data="], "missing value for '--data FILE'"),
    (["plan.json", "--data", "--year", "2025"], "missing value for '--data FILE'"),
    (["plan.json", "--data", "--"], "missing value for '--data FILE'"),
    (["plan.json", "-d"], "missing value for '-d FILE'"),
    (["--data", "p.csv"], "missing argument 'PLAN'"),
    (["plan.json"], "missing required option '--data FILE'"),
    (["plan.json", "extra.json", "--data", "p.csv"], "unexpected argument 'extra.json'"),
    (
      ["plan.json", "-d", "p.csv", "--year", "2024", "--year", "2025"],
      "'--year' may be given only once"
    ),
    (["plan.json", "-d", "p.csv", "-y", "2024", "--year=2025"], "'--year' may be given only once"),
    (
      ["plan.json", "-d", "p.csv", "--year", "abc"], "--year expects a year such as 2025, got 'abc'"
    ),
    (
      ["plan.json", "-d", "p.csv", "--year", "20.25"],
      "--year expects a year such as 2025, got '20.25'"
    ),
    (
      ["plan.json", "-d", "p.csv", "--format", "xml"],
      "unknown format 'xml'; expected one of table, csv, tsv, json, ndjson"
    ),
  ])
  func refusesWithTheExactMessage(arguments: [String], message: String) {
    expectUsageError(arguments, message)
  }

  @Test func aVariadicArgumentNeedsAtLeastOneValue() {
    expectUsageError([], "missing argument 'PLAN|DIR'", command: CommandSpecs.check)
    expectUsageError(["a", "b", "c"], "unexpected argument 'c'", command: CommandSpecs.show)
  }

  // MARK: Typed accessors

  @Test func accessorsReportBadValuesOfOptionsWithoutAKind() throws {
    let spec = CommandSpec(
      name: "deadlines", abstract: "Deadlines.",
      options: [
        OptionSpec("within", valueName: "DAYS", help: "Days ahead."),
        OptionSpec("today", valueName: "DATE", help: "The day to count from."),
      ])
    let parsed = try CommandLineParser.parse(["--within", "soon", "--today", "15/11"], for: spec)
    #expect(throws: ThiduaError.usage(message: "--within expects a whole number, got 'soon'")) {
      _ = try parsed.int("within")
    }
    #expect(
      throws: ThiduaError.usage(
        message: "--today expects a date such as 2025-11-15, got '15/11'")
    ) {
      _ = try parsed.value("today", expecting: "a date such as 2025-11-15") {
        CalendarDate(iso: $0)
      }
    }
    #expect(throws: ThiduaError.usage(message: "missing required option '--within DAYS'")) {
      _ = try ParsedArguments(command: spec).requiredString("within")
    }
  }

  @Test func choiceReportsUnknownValuesNotCheckedByTheParser() throws {
    let spec = CommandSpec(
      name: "x", abstract: "X.", options: [OptionSpec("format", valueName: "F", help: "F.")])
    let parsed = try CommandLineParser.parse(["--format", "yaml"], for: spec)
    #expect(
      throws: ThiduaError.usage(
        message: "unknown format 'yaml'; expected one of table, csv, tsv, json, ndjson")
    ) {
      _ = try parsed.choice("format", as: OutputFormat.self)
    }
  }

  // MARK: Subcommands

  @Test func dispatchesToTheNamedCommand() throws {
    let outcome = try CommandLineParser.parse(
      ["evaluate", "plan.json", "--data", "p.csv"], tool: CommandSpecs.tool)
    guard case .run(let parsed) = outcome else {
      Issue.record("expected a command to run, got \(outcome)")
      return
    }
    #expect(parsed.command.name == "evaluate")
    #expect(parsed.argument("PLAN") == "plan.json")
  }

  @Test(arguments: [
    (["evalute", "plan.json"], "unknown command 'evalute'; did you mean 'evaluate'?"),
    (["frobnicate"], "unknown command 'frobnicate'; expected one of check, show, evaluate"),
    ([], "missing command; expected one of check, show, evaluate"),
    (
      ["--format", "csv", "evaluate"],
      "expected a command before '--format'; one of check, show, evaluate"
    ),
    (["help", "evalute"], "unknown command 'evalute'; did you mean 'evaluate'?"),
    (["help", "show", "more"], "unexpected argument 'more'"),
  ])
  func refusesBadCommands(arguments: [String], message: String) {
    #expect(throws: ThiduaError.usage(message: .text(message))) {
      _ = try CommandLineParser.parse(arguments, tool: CommandSpecs.tool)
    }
  }

  @Test(arguments: [
    ["evaluate", "--help"], ["evaluate", "-h"], ["help", "evaluate"],
    ["evaluate", "--formt", "x", "--help"],
  ])
  func asksForACommandsHelp(arguments: [String]) throws {
    let expected = HelpFormatter.help(for: CommandSpecs.evaluate, toolName: "thidua")
    #expect(try CommandLineParser.parse(arguments, tool: CommandSpecs.tool) == .help(expected))
  }

  @Test func helpAfterDoubleDashIsAnArgument() throws {
    let outcome = try CommandLineParser.parse(
      ["show", "--", "--help"], tool: CommandSpecs.tool)
    guard case .run(let parsed) = outcome else {
      Issue.record("expected a command to run, got \(outcome)")
      return
    }
    #expect(parsed.argument("PLAN") == "--help")
  }

  @Test(arguments: [["--help"], ["-h"], ["help"]])
  func asksForTheToolsHelp(arguments: [String]) throws {
    let expected = HelpFormatter.help(for: CommandSpecs.tool)
    #expect(try CommandLineParser.parse(arguments, tool: CommandSpecs.tool) == .help(expected))
  }

  @Test func helpAboutHelpIsTheToolsHelp() throws {
    #expect(
      try CommandLineParser.parse(["help", "help"], tool: CommandSpecs.tool)
        == .help(HelpFormatter.help(for: CommandSpecs.tool)))
  }

  @Test func printsTheVersion() throws {
    #expect(
      try CommandLineParser.parse(["--version"], tool: CommandSpecs.tool)
        == .version("thidua 1.0.0"))
  }

  @Test func theVersionTakesNoArguments() {
    #expect(throws: ThiduaError.usage(message: "unexpected argument 'x' after '--version'")) {
      try CommandLineParser.parse(["--version", "x"], tool: CommandSpecs.tool)
    }
  }

  @Test func argumentsWithChoicesAreChecked() throws {
    let command = CommandSpec(
      name: "completions", abstract: "Print a completion script.",
      arguments: [ArgumentSpec("SHELL", help: "The shell.", kind: .choice(["bash", "zsh"]))])
    let parsed = try CommandLineParser.parse(["zsh"], for: command)
    #expect(parsed.argument("SHELL") == "zsh")
    expectUsageError(
      ["tcsh"], "unknown shell 'tcsh'; expected one of bash, zsh", command: command)
  }

  @Test func fileOptionsTakeAnyPathAndTheDash() throws {
    let command = CommandSpec(
      name: "read", abstract: "Read.",
      options: [OptionSpec("data", valueName: "FILE", help: "Data.", kind: .file)])
    #expect(try CommandLineParser.parse(["--data", "-"], for: command).string("data") == "-")
    #expect(
      try CommandLineParser.parse(["--data=a b.csv"], for: command).string("data") == "a b.csv")
  }

  // MARK: Global options

  static let lang = OptionSpec(
    "lang", valueName: "LANG", help: "Language.", kind: .choice(["vi", "en"]))
  static let globalTool: ToolSpec = {
    var tool = CommandSpecs.tool
    tool.globalOptions = [lang]
    return tool
  }()

  @Test(arguments: [
    ["show", "plan.json", "--lang", "vi"],
    ["show", "--lang=vi", "plan.json"],
    ["--lang", "vi", "show", "plan.json"],
    ["--lang=vi", "show", "plan.json"],
  ])
  func aGlobalOptionIsReadBeforeOrAfterTheCommand(arguments: [String]) throws {
    let outcome = try CommandLineParser.parse(arguments, tool: Self.globalTool)
    guard case .run(let parsed) = outcome else {
      Issue.record("expected a command to run, got \(outcome)")
      return
    }
    #expect(parsed.command.name == "show")
    #expect(parsed.string("lang") == "vi")
    #expect(parsed.argument("PLAN") == "plan.json")
  }

  @Test func aGlobalOptionIsCheckedAndListedInEveryCommandsHelp() throws {
    #expect(
      throws: ThiduaError.usage(
        message: .unknownChoice(option: "lang", value: "fr", choices: ["vi", "en"]))
    ) {
      _ = try CommandLineParser.parse(["--lang", "fr", "show", "p.json"], tool: Self.globalTool)
    }
    #expect(
      throws: ThiduaError.usage(
        message: .commandExpectedFirst(found: "--lang", commands: ["check", "show", "evaluate"]))
    ) {
      _ = try CommandLineParser.parse(["--lang"], tool: Self.globalTool)
    }
    guard
      case .help(let help) = try CommandLineParser.parse(
        ["--lang", "vi", "evaluate", "--help"], tool: Self.globalTool)
    else {
      Issue.record("expected help")
      return
    }
    #expect(help.contains("--lang LANG"))
    // A command of a tool without global options is unchanged.
    guard
      case .help(let plain) = try CommandLineParser.parse(
        ["evaluate", "--help"], tool: CommandSpecs.tool)
    else { return }
    #expect(!plain.contains("--lang"))
  }
}
