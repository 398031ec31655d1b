/// Builds the help screens from the specs: a command's usage line, arguments, options and
/// examples, and the tool's list of commands.
///
/// Descriptions are wrapped at `width` characters and aligned in one column; a name too long for
/// the column puts its description on the next line.
public enum HelpFormatter {
  /// The width of the name column, beyond which a description starts on its own line.
  static let nameColumnLimit = 28

  /// The usage line of a command: `thidua evaluate PLAN --data FILE [--year YEAR] [--quiet]`.
  public static func usage(for command: CommandSpec, toolName: String) -> String {
    var words = ["\(toolName) \(command.name)"]
    words += command.arguments.map(\.synopsis)
    for option in command.options {
      var word = option.synopsis
      if option.isRepeatable { word += " ..." }
      words.append(option.isRequired ? word : "[\(word)]")
    }
    words += command.flags.map { "[\($0.longForm)]" }
    return words.joined(separator: " ")
  }

  /// The help screen of one command.
  public static func help(for command: CommandSpec, toolName: String, width: Int = 80) -> String {
    var sections: [String] = []
    sections.append(wrap("OVERVIEW: \(command.abstract)", width: width, indent: 2))
    if let discussion = command.discussion {
      sections.append(paragraphs(discussion, width: width))
    }
    let usageLead = "USAGE: "
    sections.append(
      wrap(
        usageLead + usage(for: command, toolName: toolName), width: width,
        indent: usageLead.count + toolName.count + command.name.count + 2))

    if !command.arguments.isEmpty {
      let rows = command.arguments.map { ($0.name, $0.help) }
      sections.append("ARGUMENTS:\n" + table(rows, width: width))
    }
    var optionRows: [(String, String)] = command.options.map { option in
      let name = (option.short.map { "-\($0), " } ?? "") + option.synopsis
      return (name, option.help + annotations(for: option))
    }
    optionRows += command.flags.map { flag in
      ((flag.short.map { "-\($0), " } ?? "") + flag.longForm, flag.help)
    }
    optionRows.append(("-h, --help", "Show help for this command."))
    sections.append("OPTIONS:\n" + table(optionRows, width: width))

    if !command.examples.isEmpty {
      let lines = command.examples.map { wrap("  " + $0, width: width, indent: 4) }
      sections.append("EXAMPLES:\n" + lines.joined(separator: "\n"))
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The top-level help: what the tool is for and its commands.
  public static func help(for tool: ToolSpec, width: Int = 80) -> String {
    var sections: [String] = []
    sections.append(wrap("OVERVIEW: \(tool.abstract)", width: width, indent: 2))
    if let discussion = tool.discussion {
      sections.append(paragraphs(discussion, width: width))
    }
    sections.append("USAGE: \(tool.name) COMMAND [ARGUMENTS] [OPTIONS]")
    let rows = tool.commands.map { ($0.name, $0.abstract) }
    sections.append("COMMANDS:\n" + table(rows, width: width))
    var options: [(String, String)] = [("-h, --help", "Show this help.")]
    if tool.version != nil { options.append(("--version", "Show the version.")) }
    sections.append("OPTIONS:\n" + table(options, width: width))
    sections.append(
      wrap(
        "See '\(tool.name) help COMMAND' or '\(tool.name) COMMAND --help' for a command's"
          + " arguments and options.", width: width, indent: 0))
    return sections.joined(separator: "\n\n") + "\n"
  }

  // MARK: Layout

  /// ` (values: a, b; default: a; may be repeated)`, or nothing.
  private static func annotations(for option: OptionSpec) -> String {
    var notes: [String] = []
    if case .choice(let names) = option.kind {
      notes.append("values: " + names.joined(separator: ", "))
    }
    if let value = option.defaultValue { notes.append("default: \(value)") }
    if option.isRepeatable { notes.append("may be repeated") }
    return notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
  }

  /// Names indented by two, descriptions aligned in one column and wrapped.
  private static func table(_ rows: [(String, String)], width: Int) -> String {
    let widest = rows.map(\.0.count).filter { $0 <= nameColumnLimit }.max() ?? nameColumnLimit
    let column = 2 + widest + 2
    let indentation = String(repeating: " ", count: column)
    var lines: [String] = []
    for (name, description) in rows {
      let lead = "  " + name
      var wrapped = wordLines(of: description, width: max(20, width - column))
      if lead.count + 2 <= column {
        let first = wrapped.isEmpty ? "" : wrapped.removeFirst()
        let padded = lead + String(repeating: " ", count: column - lead.count) + first
        lines.append(first.isEmpty ? lead : padded)
      } else {
        lines.append(lead)
      }
      lines += wrapped.map { indentation + $0 }
    }
    return lines.joined(separator: "\n")
  }

  /// Each paragraph (separated by a blank line) wrapped on its own.
  private static func paragraphs(_ text: String, width: Int) -> String {
    text.split(separator: "\n\n", omittingEmptySubsequences: true)
      .map { paragraph in
        let joined = paragraph.split(separator: "\n").joined(separator: " ")
        return wrap(joined, width: width, indent: 0)
      }
      .joined(separator: "\n\n")
  }

  /// Wraps `text` at spaces so no line is longer than `width` (a longer word stays whole); lines
  /// after the first are indented by `indent`. Leading spaces of `text` are kept.
  static func wrap(_ text: String, width: Int, indent: Int) -> String {
    let leading = String(text.prefix { $0 == " " })
    var wrapped = wordLines(of: String(text.dropFirst(leading.count)), width: width - leading.count)
    guard !wrapped.isEmpty else { return leading }
    let first = leading + wrapped.removeFirst()
    // Later lines are shorter by the indentation, so wrap the rest again at the narrower width.
    let rest = wordLines(of: wrapped.joined(separator: " "), width: max(20, width - indent))
    let indentation = String(repeating: " ", count: indent)
    return ([first] + rest.map { indentation + $0 }).joined(separator: "\n")
  }

  /// The words of `text` in lines of at most `width` characters (a longer word stays whole).
  static func wordLines(of text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
