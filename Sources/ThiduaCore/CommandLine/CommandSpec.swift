/// What one subcommand accepts, and the words its help screen shows.
///
/// Declared once by the executable; the parser, the typed accessors and the help text all read it.
public struct CommandSpec: Sendable, Hashable {
  /// The subcommand's name: `evaluate`.
  public var name: String
  /// One line: what the command does.
  public var abstract: String
  /// Paragraphs shown after the abstract in the command's help, if any.
  public var discussion: String?
  /// Complete command lines, shown under EXAMPLES.
  public var examples: [String]
  /// Positional arguments, in order.
  public var arguments: [ArgumentSpec]
  /// Options that take a value, in the order help lists them.
  public var options: [OptionSpec]
  /// Flags, listed after the options in help.
  public var flags: [FlagSpec]

  /// A subcommand.
  public init(
    name: String, abstract: String, discussion: String? = nil, examples: [String] = [],
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], flags: [FlagSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.examples = examples
    self.arguments = arguments
    self.options = options
    self.flags = flags
  }

  /// The option called `name` (without dashes).
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  /// The flag called `name` (without dashes).
  public func flag(named name: String) -> FlagSpec? {
    flags.first { $0.name == name }
  }

  /// Every long form the command understands, `--help` included: the candidates for suggestions.
  var longForms: [String] {
    options.map(\.longForm) + flags.map(\.longForm) + ["--help"]
  }
}

/// The whole tool: its name, what it is for, and its subcommands.
public struct ToolSpec: Sendable, Hashable {
  /// The executable's name: `thidua`.
  public var name: String
  /// One line: what the tool does.
  public var abstract: String
  /// Paragraphs shown after the abstract in the top-level help, if any.
  public var discussion: String?
  /// Printed by `--version` when given.
  public var version: String?
  /// The subcommands, in the order the top-level help lists them.
  public var commands: [CommandSpec]
  /// The environment variables the tool reads, with what each does.
  public var environment: [HelpEntry]
  /// The exit statuses, with what each means.
  public var exitStatuses: [HelpEntry]
  /// Options every command accepts (`--lang`), after the command's name or before it.
  public var globalOptions: [OptionSpec]

  /// A tool with subcommands.
  public init(
    name: String, abstract: String, discussion: String? = nil, version: String? = nil,
    commands: [CommandSpec], environment: [HelpEntry] = [], exitStatuses: [HelpEntry] = [],
    globalOptions: [OptionSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.version = version
    self.commands = commands
    self.environment = environment
    self.exitStatuses = exitStatuses
    self.globalOptions = globalOptions
  }

  /// The subcommand called `name`.
  public func command(named name: String) -> CommandSpec? {
    commands.first { $0.name == name }
  }

  /// The subcommands as the parser reads them, each with the global options it does not declare
  /// itself: what help, completion scripts and the manual page list.
  public var resolvedCommands: [CommandSpec] {
    commands.map(withGlobalOptions)
  }

  /// `command` with the global options it does not declare itself.
  public func withGlobalOptions(_ command: CommandSpec) -> CommandSpec {
    var command = command
    command.options += globalOptions.filter { command.option(named: $0.name) == nil }
    return command
  }
}

/// A name and what it means, in one of the tool's lists: an environment variable, an exit status.
public struct HelpEntry: Sendable, Hashable {
  /// `NO_COLOR`, `64`.
  public var name: String
  /// One sentence.
  public var help: String

  /// An entry.
  public init(_ name: String, _ help: String) {
    self.name = name
    self.help = help
  }
}
