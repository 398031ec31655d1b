/// Completion scripts for bash, zsh and fish, written from the same `ToolSpec` the parser reads,
/// so they cannot name a command or an option the tool does not have, nor miss one.
///
/// Each script completes the command names (and `help COMMAND`), each command's long and short
/// options and flags, the values of options and arguments with a fixed set (`--format`), and file
/// names for options and arguments of kind `.file`. Nothing else is offered for other values (a
/// year, a date): a guess would only get in the way.
public enum CompletionScript {
  /// The shells a script can be written for.
  public enum Shell: String, Sendable, Hashable, CaseIterable {
    case bash
    case zsh
    case fish
  }

  /// The completion script of `tool` for `shell`, ending with a newline.
  public static func script(for tool: ToolSpec, shell: Shell) -> String {
    switch shell {
    case .bash: return bash(tool)
    case .zsh: return zsh(tool)
    case .fish: return fish(tool)
    }
  }

  // MARK: bash

  private static func bash(_ tool: ToolSpec) -> String {
    let function = "_\(identifier(tool.name))"
    let names = tool.commands.map(\.name)
    var topLevel = ["--help", "-h"]
    if tool.version != nil { topLevel.append("--version") }
    var lines: [String] = [
      "# bash completion for \(tool.name); written by `\(tool.name) completions bash`.",
      "# Load it in ~/.bashrc with: source <(\(tool.name) completions bash)",
      "",
      "\(function)() {",
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\"",
      "  local prev=\"\"",
      "  (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "  # `--opt=value`: bash splits the word at `=`, so the option is two words back.",
      "  if [[ \"$cur\" == \"=\" ]]; then",
      "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "    cur=\"\"",
      "  elif [[ \"$prev\" == \"=\" ]] && (( COMP_CWORD > 1 )); then",
      "    prev=\"${COMP_WORDS[COMP_CWORD-2]}\"",
      "  fi",
      "  if (( COMP_CWORD == 1 )); then",
      "    COMPREPLY=($(compgen -W \(bashWords(names + ["help"] + topLevel)) -- \"$cur\"))",
      "    return",
      "  fi",
      "  # After `--`, every word is an argument.",
      "  local word options_ended=0",
      "  for word in \"${COMP_WORDS[@]:2:COMP_CWORD-2}\"; do",
      "    [[ \"$word\" == \"--\" ]] && options_ended=1",
      "  done",
      "  case \"${COMP_WORDS[1]}\" in",
      "    help)",
      "      (( COMP_CWORD == 2 )) && COMPREPLY=($(compgen -W \(bashWords(names)) -- \"$cur\"))",
      "      ;;",
    ]
    for command in tool.resolvedCommands {
      lines.append("    \(bashPattern([command.name])))")
      var valueCases: [String] = []
      for option in command.options {
        let forms = [option.longForm] + (option.short.map { ["-\($0)"] } ?? [])
        let action: String
        switch option.kind {
        case .file: action = "\(function)_files"
        case .choice(let values):
          action = "COMPREPLY=($(compgen -W \(bashWords(values)) -- \"$cur\"))"
        case .string, .integer: action = ":"
        }
        valueCases.append("        \(bashPattern(forms))) \(action); return ;;")
      }
      if !valueCases.isEmpty {
        lines.append("      if (( options_ended == 0 )); then")
        lines.append("      case \"$prev\" in")
        lines += valueCases
        lines.append("      esac")
        lines.append("      fi")
      }
      let optionWords = optionNames(command)
      lines.append("      if (( options_ended == 0 )) && [[ \"$cur\" == -* ]]; then")
      lines.append("        COMPREPLY=($(compgen -W \(bashWords(optionWords)) -- \"$cur\"))")
      switch argumentKinds(command) {
      case .files:
        lines.append("      else")
        lines.append("        \(function)_files")
      case .choices(let values):
        lines.append("      else")
        lines.append("        COMPREPLY=($(compgen -W \(bashWords(values)) -- \"$cur\"))")
      case .none:
        // Nothing but options to offer.
        lines.append("      else")
        lines.append("        COMPREPLY=($(compgen -W \(bashWords(optionWords)) -- \"$cur\"))")
      }
      lines.append("      fi")
      lines.append("      ;;")
    }
    lines += [
      "  esac",
      "}",
      "",
      "# File names (one a line, so that spaces in them survive), with directories marked so that",
      "# completion can go on inside them.",
      "\(function)_files() {",
      "  local IFS=$'\\n'",
      "  compopt -o filenames 2>/dev/null",
      "  COMPREPLY=($(compgen -f -- \"$cur\"))",
      "}",
      "",
      "complete -F \(function) \(tool.name)",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `"a b c"`, quoted for a `compgen -W` word list.
  private static func bashWords(_ words: [String]) -> String {
    "'" + words.joined(separator: " ").replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `--data|-d`, as a `case` pattern.
  private static func bashPattern(_ words: [String]) -> String {
    words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
      .joined(separator: "|")
  }

  // MARK: zsh

  private static func zsh(_ tool: ToolSpec) -> String {
    let function = "_\(identifier(tool.name))"
    var lines: [String] = [
      "#compdef \(tool.name)",
      "# zsh completion for \(tool.name); written by `\(tool.name) completions zsh`.",
      "# Save it as _\(tool.name) in a directory of $fpath, or load it with:",
      "#   source <(\(tool.name) completions zsh) && compdef \(function) \(tool.name)",
      "",
      "\(function)() {",
      "  local -a commands",
      "  commands=(",
    ]
    for command in tool.resolvedCommands {
      lines.append("    \(zshQuote(zshColon(command.name) + ":" + command.abstract))")
    }
    lines.append("    \(zshQuote("help:Show the help of a command."))")
    lines.append("  )")
    lines.append("  if (( CURRENT == 2 )); then")
    var topLevel = ["'(- *)'{-h,--help}'[Show this help.]'"]
    if tool.version != nil { topLevel.append("'(- *)--version[Show the version.]'") }
    lines.append("    _arguments \(topLevel.joined(separator: " ")) \\")
    lines.append("      '1:command:->command'")
    lines.append("    [[ $state == command ]] && _describe -t commands 'command' commands")
    lines.append("    return")
    lines.append("  fi")
    lines.append("  local command=${words[2]}")
    lines.append("  # Leave out the tool's name, so the command's arguments count from 1.")
    lines.append("  shift words")
    lines.append("  (( CURRENT-- ))")
    lines.append("  case $command in")
    lines.append("    help)")
    lines.append("      _describe -t commands 'command' commands")
    lines.append("      ;;")
    for command in tool.resolvedCommands {
      lines.append("    \(zshQuote(command.name)))")
      var specs: [String] = []
      for option in command.options {
        let action: String
        switch option.kind {
        case .file: action = "_files"
        case .choice(let values): action = "(" + values.map(zshValue).joined(separator: " ") + ")"
        case .string, .integer: action = " "
        }
        let tail =
          "[" + zshBracket(option.help) + "]:" + zshColon(option.valueName) + ":" + action
        specs.append(
          zshOption(
            option.longForm + "=", short: option.short.map { "-\($0)+" },
            repeatable: option.isRepeatable, tail: tail))
      }
      for flag in command.flags {
        specs.append(
          zshOption(
            flag.longForm, short: flag.short.map { "-\($0)" },
            repeatable: false, tail: "[" + zshBracket(flag.help) + "]"))
      }
      specs.append("'(- *)'{-h,--help}'[Show help for this command.]'")
      for (index, argument) in command.arguments.enumerated() {
        let action: String
        switch argument.kind {
        case .file: action = "_files"
        case .choice(let values): action = "(" + values.map(zshValue).joined(separator: " ") + ")"
        case .string, .integer: action = " "
        }
        let name = zshColon(argument.name)
        switch argument.arity {
        case .one: specs.append(zshQuote("\(index + 1):\(name):\(action)"))
        case .optional: specs.append(zshQuote("\(index + 1)::\(name):\(action)"))
        case .oneOrMore: specs.append(zshQuote("*:\(name):\(action)"))
        }
      }
      lines.append("      _arguments -s -S \\")
      lines += specs.dropLast().map { "        \($0) \\" }
      lines += specs.suffix(1).map { "        \($0)" }
      lines.append("      ;;")
    }
    lines += [
      "  esac",
      "}",
      "",
      "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
      "  \(function) \"$@\"",
      "else",
      "  compdef \(function) \(tool.name)",
      "fi",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// One `_arguments` spec for an option with a long form and maybe a short one: the two
  /// exclude each other unless the option may be repeated.
  private static func zshOption(
    _ long: String, short: String?, repeatable: Bool, tail: String
  ) -> String {
    let quotedTail = zshQuote(tail)
    guard let short else {
      return zshQuote((repeatable ? "*" : "") + long) + quotedTail
    }
    let bareLong = long.hasSuffix("=") ? String(long.dropLast()) : long
    let bareShort = short.hasSuffix("+") ? String(short.dropLast()) : short
    let exclusion = repeatable ? "*" : "(\(bareShort) \(bareLong))"
    return zshQuote(exclusion) + "{" + short + "," + long + "}" + quotedTail
  }

  /// `text` in single quotes for zsh.
  private static func zshQuote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// A description inside `[…]` of an `_arguments` spec: brackets and backslashes escaped.
  private static func zshBracket(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
      .replacingOccurrences(of: "]", with: "\\]")
  }

  /// A message between colons of an `_arguments` spec.
  private static func zshColon(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
  }

  /// A value in a `(a b c)` list of an `_arguments` action.
  private static func zshValue(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if " ()\\:'\"".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  // MARK: fish

  private static func fish(_ tool: ToolSpec) -> String {
    let prefix = "__\(identifier(tool.name))"
    let complete = "complete -c \(tool.name)"
    var lines: [String] = [
      "# fish completion for \(tool.name); written by `\(tool.name) completions fish`.",
      "# Save it as ~/.config/fish/completions/\(tool.name).fish",
      "",
      "function \(prefix)_needs_command",
      "    test (count (commandline -opc)) -eq 1",
      "end",
      "",
      "function \(prefix)_using_command",
      "    set -l words (commandline -opc)",
      "    test (count $words) -gt 1; and test \"$words[2]\" = $argv[1]",
      "end",
      "",
      "# No file names unless an argument or option takes a file.",
      "\(complete) -f",
    ]
    let needsCommand = "-n \(prefix)_needs_command"
    for command in tool.resolvedCommands {
      lines.append(
        "\(complete) \(needsCommand) -a \(fishQuote(command.name)) -d \(fishQuote(command.abstract))"
      )
    }
    lines.append(
      "\(complete) \(needsCommand) -a help -d \(fishQuote("Show the help of a command."))")
    lines.append("\(complete) \(needsCommand) -s h -l help -d \(fishQuote("Show this help."))")
    if tool.version != nil {
      lines.append("\(complete) \(needsCommand) -l version -d \(fishQuote("Show the version."))")
    }
    let commandNames = tool.commands.map(\.name).joined(separator: " ")
    lines.append(
      "\(complete) -n \(fishQuote("\(prefix)_using_command help")) -a \(fishQuote(commandNames))")
    for command in tool.resolvedCommands {
      lines.append("")
      let using = "-n " + fishQuote("\(prefix)_using_command \(command.name)")
      for option in command.options {
        var words = [complete, using]
        if let short = option.short { words.append("-s \(short)") }
        words.append("-l \(option.name)")
        switch option.kind {
        case .file: words.append("-r -F")
        case .choice(let values): words.append("-x -a " + fishQuote(values.joined(separator: " ")))
        case .string, .integer: words.append("-x")
        }
        words.append("-d " + fishQuote(option.help))
        lines.append(words.joined(separator: " "))
      }
      for flag in command.flags {
        var words = [complete, using]
        if let short = flag.short { words.append("-s \(short)") }
        words.append("-l \(flag.name) -d " + fishQuote(flag.help))
        lines.append(words.joined(separator: " "))
      }
      lines.append(
        "\(complete) \(using) -s h -l help -d \(fishQuote("Show help for this command."))")
      switch argumentKinds(command) {
      case .files: lines.append("\(complete) \(using) -F")
      case .choices(let values):
        lines.append("\(complete) \(using) -a \(fishQuote(values.joined(separator: " ")))")
      case .none: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` in single quotes for fish, where only `\` and `'` are escaped.
  private static func fishQuote(_ text: String) -> String {
    "'"
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
      + "'"
  }

  // MARK: Shared

  /// Every long and short form of a command's options and flags, and `--help`, `-h`.
  static func optionNames(_ command: CommandSpec) -> [String] {
    var names: [String] = []
    for option in command.options {
      names.append(option.longForm)
      if let short = option.short { names.append("-\(short)") }
    }
    for flag in command.flags {
      names.append(flag.longForm)
      if let short = flag.short { names.append("-\(short)") }
    }
    return names + ["--help", "-h"]
  }

  /// What a command's positional arguments complete to; the first argument's kind decides, as
  /// no thidua command mixes kinds.
  private enum ArgumentCompletion {
    case files
    case choices([String])
    case none
  }

  private static func argumentKinds(_ command: CommandSpec) -> ArgumentCompletion {
    guard let argument = command.arguments.first else { return .none }
    switch argument.kind {
    case .file: return .files
    case .choice(let values): return .choices(values)
    case .string, .integer: return .none
    }
  }

  /// `name` with every character that cannot be in a shell function's name made `_`.
  private static func identifier(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
