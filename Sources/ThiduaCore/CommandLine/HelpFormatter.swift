/// Builds the help screens from the specs: a command's usage line, arguments, options and
/// examples, and the tool's list of commands.
///
/// Text is wrapped at `width` characters. Names and descriptions form two columns, shared by the
/// ARGUMENTS and OPTIONS sections; a name too long for the column puts its description on the
/// next line.
public enum HelpFormatter {
  /// The widest name that still shares a line with its description.
  static let nameColumnLimit = 28

  /// The usage line of a command: `thidua evaluate PLAN --data FILE [--year YEAR] [--quiet]`.
  public static func usage(for command: CommandSpec, toolName: String) -> String {
    (["\(toolName) \(command.name)"] + usageWords(for: command)).joined(separator: " ")
  }

  /// The help screen of one command.
  public static func help(for command: CommandSpec, toolName: String, width: Int = 80) -> String {
    var sections: [String] = []
    sections.append(fill(words("OVERVIEW: \(command.abstract)"), lead: "", indent: 2, width))
    if let discussion = command.discussion {
      sections.append(paragraphs(discussion, width: width))
    }
    let usageLead = "USAGE: \(toolName) \(command.name) "
    sections.append(
      fill(usageWords(for: command), lead: usageLead, indent: usageLead.count, width))

    let argumentRows = command.arguments.map { ($0.name, $0.help) }
    var optionRows: [(String, String)] = command.options.map { option in
      ((option.short.map { "-\($0), " } ?? "") + option.synopsis, option.help + notes(option))
    }
    optionRows += command.flags.map { flag in
      ((flag.short.map { "-\($0), " } ?? "") + flag.longForm, flag.help)
    }
    optionRows.append(("-h, --help", "Show help for this command."))
    let column = descriptionColumn(argumentRows + optionRows)
    if !argumentRows.isEmpty {
      sections.append("ARGUMENTS:\n" + table(argumentRows, column: column, width: width))
    }
    sections.append("OPTIONS:\n" + table(optionRows, column: column, width: width))

    if !command.examples.isEmpty {
      let lines = command.examples.map { fill(words($0), lead: "  ", indent: 4, width) }
      sections.append("EXAMPLES:\n" + lines.joined(separator: "\n"))
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The top-level help: what the tool is for and its commands.
  public static func help(for tool: ToolSpec, width: Int = 80) -> String {
    var sections: [String] = []
    sections.append(fill(words("OVERVIEW: \(tool.abstract)"), lead: "", indent: 2, width))
    if let discussion = tool.discussion {
      sections.append(paragraphs(discussion, width: width))
    }
    sections.append("USAGE: \(tool.name) COMMAND [ARGUMENTS] [OPTIONS]")
    let commandRows = tool.commands.map { ($0.name, $0.abstract) }
    var optionRows: [(String, String)] = tool.globalOptions.map { option in
      ((option.short.map { "-\($0), " } ?? "") + option.synopsis, option.help + notes(option))
    }
    optionRows.append(("-h, --help", "Show this help."))
    if tool.version != nil { optionRows.append(("--version", "Show the version.")) }
    let environmentRows = tool.environment.map { ($0.name, $0.help) }
    let statusRows = tool.exitStatuses.map { ($0.name, $0.help) }
    let column = descriptionColumn(commandRows + optionRows + environmentRows + statusRows)
    sections.append("COMMANDS:\n" + table(commandRows, column: column, width: width))
    sections.append("OPTIONS:\n" + table(optionRows, column: column, width: width))
    if !environmentRows.isEmpty {
      sections.append("ENVIRONMENT:\n" + table(environmentRows, column: column, width: width))
    }
    if !statusRows.isEmpty {
      sections.append("EXIT STATUS:\n" + table(statusRows, column: column, width: width))
    }
    let seeAlso =
      "See '\(tool.name) help COMMAND' or '\(tool.name) COMMAND --help' for a command's"
      + " arguments and options."
    sections.append(fill(words(seeAlso), lead: "", indent: 0, width))
    return sections.joined(separator: "\n\n") + "\n"
  }

  // MARK: Layout

  /// The usage line after the command's name; an option and its value stay one word, so
  /// wrapping keeps them together.
  static func usageWords(for command: CommandSpec) -> [String] {
    var words = command.arguments.map(\.synopsis)
    for option in command.options {
      let word = option.synopsis + (option.isRepeatable ? " ..." : "")
      words.append(option.isRequired ? word : "[\(word)]")
    }
    words += command.flags.map { "[\($0.longForm)]" }
    return words
  }

  /// ` (values: a, b; default: a; may be repeated)`, or nothing.
  static func notes(_ option: OptionSpec) -> String {
    var notes: [String] = []
    if case .choice(let names) = option.kind {
      notes.append("values: " + names.joined(separator: ", "))
    }
    if let value = option.defaultValue { notes.append("default: \(value)") }
    if option.isRepeatable { notes.append("may be repeated") }
    return notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
  }

  /// Where descriptions start: after the widest name that fits the limit, and two spaces.
  private static func descriptionColumn(_ rows: [(String, String)]) -> Int {
    let widest = rows.map(\.0.count).filter { $0 <= nameColumnLimit }.max() ?? nameColumnLimit
    return 2 + widest + 2
  }

  /// Names indented by two, descriptions from `column` on, wrapped.
  private static func table(_ rows: [(String, String)], column: Int, width: Int) -> String {
    let lines = rows.map { name, description -> String in
      let lead = "  " + name
      if lead.count + 2 <= column {
        let padded = lead + String(repeating: " ", count: column - lead.count)
        return fill(words(description), lead: padded, indent: column, width)
      }
      let indentation = String(repeating: " ", count: column)
      return lead + "\n" + fill(words(description), lead: indentation, indent: column, width)
    }
    return lines.joined(separator: "\n")
  }

  /// Each paragraph (separated by a blank line) filled on its own.
  private static func paragraphs(_ text: String, width: Int) -> String {
    text.split(separator: "\n\n", omittingEmptySubsequences: true)
      .map { fill(words(String($0)), lead: "", indent: 0, width) }
      .joined(separator: "\n\n")
  }

  private static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }

  /// `words` after `lead`, separated by spaces, in lines of at most `width` characters (a longer
  /// word stays whole); lines after the first are indented by `indent`.
  static func fill(_ words: [String], lead: String, indent: Int, _ width: Int) -> String {
    let indentation = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = lead
    var lineHasWords = false
    for word in words {
      let candidate = lineHasWords ? line + " " + word : line + word
      if lineHasWords, candidate.count > width {
        lines.append(line)
        line = indentation + word
      } else {
        line = candidate
      }
      lineHasWords = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
