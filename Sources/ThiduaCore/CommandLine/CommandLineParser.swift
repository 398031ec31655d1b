/// Reads a command line against the tool's declared commands.
///
/// The conventions, the ones people expect of command-line tools:
/// - `--name value` and `--name=value`; `-n value`, and `-nvalue` for a short option;
/// - short flags may be bundled (`-qv`); a short option may end a bundle and take the next argument;
/// - `--` ends the options: everything after it is positional, even if it starts with a dash;
/// - `-` alone is an ordinary value (standard input or output), as is anything starting with a
///   dash and a digit (`-5`); any other argument starting with a dash is an option, so
///   `--output --format` reports a missing value instead of writing a file called `--format`;
/// - `-h`/`--help` anywhere before `--` asks for the command's help, whatever else is wrong.
///
/// Every mistake is a `ThiduaError.usage(message:)` naming what was typed.
public enum CommandLineParser {
  /// Reads `arguments` (without the executable's name): a command name, then its arguments.
  public static func parse(_ arguments: [String], tool: ToolSpec) throws(ThiduaError)
    -> ParseOutcome
  {
    let commandNames = tool.commands.map(\.name)
    let (globals, arguments) = leadingGlobalOptions(arguments, tool: tool)
    guard let first = arguments.first else {
      throw .usage(message: .missingCommand(commands: commandNames))
    }
    switch first {
    case "-h", "--help":
      return .help(HelpFormatter.help(for: tool))
    case "--version" where tool.version != nil:
      if arguments.count > 1 {
        throw .usage(message: .argumentAfterVersion(arguments[1]))
      }
      return .version(tool.version ?? "")
    case "help":
      guard arguments.count > 1, arguments[1] != "help" || arguments.count > 2 else {
        return .help(HelpFormatter.help(for: tool))
      }
      let command = try self.command(named: arguments[1], in: tool)
      if arguments.count > 2 {
        throw .usage(message: .unexpectedArgument(arguments[2]))
      }
      return .help(HelpFormatter.help(for: command, toolName: tool.name))
    default:
      break
    }
    if isOption(first) {
      throw .usage(message: .commandExpectedFirst(found: first, commands: commandNames))
    }
    let command = try self.command(named: first, in: tool)
    let rest = globals + arguments.dropFirst()
    let beforeTerminator = rest.prefix { $0 != "--" }
    if beforeTerminator.contains(where: { $0 == "-h" || $0 == "--help" }) {
      return .help(HelpFormatter.help(for: command, toolName: tool.name))
    }
    return .run(try parse(rest, for: command))
  }

  /// Reads the arguments that follow a command's name.
  public static func parse(_ arguments: [String], for command: CommandSpec) throws(ThiduaError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments(command: command)
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false

    /// The argument after the current one, when it can be a value.
    func nextValue() -> String? {
      guard index < arguments.count, !isOption(arguments[index]), arguments[index] != "--" else {
        return nil
      }
      defer { index += 1 }
      return arguments[index]
    }

    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !isOption(argument) {
        positionals.append(argument)
      } else if argument == "--" {
        optionsEnded = true
      } else if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        let name: Substring
        let inlineValue: Substring?
        if let equals = body.firstIndex(of: "=") {
          name = body[..<equals]
          inlineValue = body[body.index(after: equals)...]
        } else {
          name = body
          inlineValue = nil
        }
        if let option = command.option(named: String(name)) {
          guard let value = inlineValue.map(String.init) ?? nextValue(), !value.isEmpty else {
            throw .usage(message: .missingValue(option: option.synopsis))
          }
          try parsed.add(value, to: option)
        } else if let flag = command.flag(named: String(name)) {
          if let inlineValue {
            throw .usage(
              message: .flagTakesNoValue(flag: flag.longForm, value: String(inlineValue)))
          }
          parsed.set(flag)
        } else {
          let typed = name.isEmpty ? argument : "--\(name)"
          throw .usage(message: unknownOption(typed, command: command))
        }
      } else {
        // A bundle of short names: `-q`, `-qv`, `-d FILE`, `-dFILE`, `-qd FILE`.
        let letters = Array(argument.dropFirst())
        if letters.count > 1, command.longForms.contains("-" + argument) {
          // `-format` is a long option typed with one dash, not `-f ormat`.
          throw .usage(message: unknownOption(argument, command: command))
        }
        var position = 0
        while position < letters.count {
          let letter = letters[position]
          position += 1
          if let flag = command.flags.first(where: { $0.short == letter }) {
            parsed.set(flag)
          } else if let option = command.options.first(where: { $0.short == letter }) {
            let attached = String(letters[position...])
            position = letters.count
            guard let value = attached.isEmpty ? nextValue() : attached else {
              throw .usage(message: .missingValue(option: "-\(letter) \(option.valueName)"))
            }
            try parsed.add(value, to: option)
          } else if position == 1 && letters.count > 1 {
            // `-format`: most likely a long option typed with one dash.
            throw .usage(message: unknownOption(argument, command: command))
          } else if letters.count > 1 {
            throw .usage(message: .unknownShortOption(letter, in: argument))
          } else {
            throw .usage(message: .unknownOption(argument, suggestion: nil))
          }
        }
      }
    }

    try assign(positionals, to: command, in: &parsed)
    for option in command.options where option.isRequired && parsed.optionValues[option.name] == nil
    {
      throw .usage(message: .missingRequiredOption(option.synopsis))
    }
    return parsed
  }

  // MARK: Helpers

  /// Whether an argument is an option or flag rather than a value: it starts with a dash and is
  /// neither `-` alone nor a negative number.
  static func isOption(_ argument: String) -> Bool {
    guard argument.hasPrefix("-"), argument.count > 1 else { return false }
    let second = argument[argument.index(after: argument.startIndex)]
    return !second.isASCIIDigit
  }

  private static func command(named name: String, in tool: ToolSpec) throws(ThiduaError)
    -> CommandSpec
  {
    if let command = tool.command(named: name) { return tool.withGlobalOptions(command) }
    let names = tool.commands.map(\.name)
    let suggestion = EditDistance.nearest(to: name, among: names)
    throw .usage(message: .unknownCommand(name, suggestion: suggestion, commands: names))
  }

  /// The global options given before the command's name (`thidua --lang vi show PLAN`), which
  /// are read as if they followed it, and the arguments after them.
  private static func leadingGlobalOptions(_ arguments: [String], tool: ToolSpec)
    -> (globals: [String], rest: [String])
  {
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("--") {
      let body = arguments[index].dropFirst(2)
      let name = body.prefix { $0 != "=" }
      guard tool.globalOptions.contains(where: { $0.name == name }) else { break }
      let width = name.count < body.count ? 1 : 2
      guard index + width <= arguments.count else { break }
      index += width
    }
    return (Array(arguments[..<index]), Array(arguments[index...]))
  }

  private static func unknownOption(_ typed: String, command: CommandSpec) -> Message {
    // Compare without the dashes, so `-format` finds `--format` and `--formt` finds it too.
    let bare = typed.drop { $0 == "-" }
    let candidates = command.longForms.map { String($0.dropFirst(2)) }
    let suggestion = EditDistance.nearest(to: String(bare), among: candidates)
    return .unknownOption(typed, suggestion: suggestion)
  }

  private static func assign(
    _ positionals: [String], to command: CommandSpec, in parsed: inout ParsedArguments
  ) throws(ThiduaError) {
    var remaining = positionals[...]
    for argument in command.arguments {
      switch argument.arity {
      case .one:
        guard let value = remaining.popFirst() else {
          throw .usage(message: .missingArgument(argument.name))
        }
        try parsed.assign([value], to: argument)
      case .optional:
        if let value = remaining.popFirst() { try parsed.assign([value], to: argument) }
      case .oneOrMore:
        guard !remaining.isEmpty else {
          throw .usage(message: .missingArgument(argument.name))
        }
        try parsed.assign(Array(remaining), to: argument)
        remaining = []
      }
    }
    if let extra = remaining.first {
      throw .usage(message: .unexpectedArgument(extra))
    }
  }
}
