/// The manual page of a tool, in roff with the `man` macros, written from the same `ToolSpec`
/// as the help screens: every command with its usage, arguments, options, flags and examples,
/// then the environment and the exit statuses.
///
/// The page carries no date, so the same tool always gives the same bytes. Text is escaped for
/// roff: a backslash is written `\e`, every `-` is `\-` (a minus that can be copied into a
/// terminal, not a typographic hyphen), and a line never starts with `.` or `'`.
public enum ManPage {
  /// The page of `tool` in section `section` (1, user commands).
  public static func page(for tool: ToolSpec, section: Int = 1) -> String {
    let name = tool.name
    var lines: [String] = [
      #".\" \#(name)(\#(section)): written by `\#(name) man` from the text of `\#(name) --help`."#,
      ".TH \(quoted(name.uppercased())) \(section) \"\" \(quoted(tool.version.map { "\(name) \($0)" } ?? name)) \"User Commands\"",
      // No hyphenation: option names and statuses must stay whole.
      ".nh",
      ".SH NAME",
      "\(escape(name)) \\- \(escape(lowercasingFirst(withoutFinalPeriod(tool.abstract))))",
      ".SH SYNOPSIS",
      ".nf",
      "\\fB\(escape(name))\\fR \\fICOMMAND\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]",
      "\\fB\(escape(name)) help\\fR \\fICOMMAND\\fR",
      "\\fB\(escape(name))\\fR \\fB\\-\\-help\\fR"
        + (tool.version != nil ? " | \\fB\\-\\-version\\fR" : ""),
      ".fi",
      ".SH DESCRIPTION",
      escape(tool.abstract),
    ]
    if let discussion = tool.discussion { lines += paragraphs(discussion) }
    lines.append(
      ".PP\nEvery command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR; \\fB\(escape(name)) help\\fR"
        + " \\fICOMMAND\\fR shows the same help.")

    lines.append(".SH COMMANDS")
    for command in tool.resolvedCommands {
      lines += commandSection(command, toolName: name)
    }

    lines.append(".SH OPTIONS")
    lines.append(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the help.")
    if tool.version != nil {
      lines.append(".TP\n\\fB\\-\\-version\\fR\nShow the version.")
    }
    if !tool.environment.isEmpty {
      lines.append(".SH ENVIRONMENT")
      for entry in tool.environment {
        lines.append(".TP\n\\fB\(escape(entry.name))\\fR\n\(escape(entry.help))")
      }
    }
    if !tool.exitStatuses.isEmpty {
      lines.append(".SH EXIT STATUS")
      for entry in tool.exitStatuses {
        lines.append(".TP\n\\fB\(escape(entry.name))\\fR\n\(escape(entry.help))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The subsection of one command: usage, what it does, its arguments, options, examples.
  private static func commandSection(_ command: CommandSpec, toolName: String) -> [String] {
    var lines = [".SS \(quoted("\(toolName) \(command.name)"))"]
    let usage = HelpFormatter.usageWords(for: command).map(usageWord).joined(separator: " ")
    lines.append("\\fB\(escape(toolName)) \(escape(command.name))\\fR \(usage)")
    lines.append(".PP")
    lines.append(escape(command.abstract))
    if let discussion = command.discussion { lines += paragraphs(discussion) }
    for argument in command.arguments {
      lines.append(".TP\n\\fI\(escape(argument.synopsis))\\fR\n\(escape(argument.help))")
    }
    for option in command.options {
      let short = option.short.map { "\\fB\\-\(escape(String($0)))\\fR, " } ?? ""
      lines.append(
        ".TP\n\(short)\\fB\(escape(option.longForm))\\fR \\fI\(escape(option.valueName))\\fR\n"
          + escape(option.help + HelpFormatter.notes(option)))
    }
    for flag in command.flags {
      let short = flag.short.map { "\\fB\\-\(escape(String($0)))\\fR, " } ?? ""
      lines.append(".TP\n\(short)\\fB\(escape(flag.longForm))\\fR\n\(escape(flag.help))")
    }
    if !command.examples.isEmpty {
      lines.append(".PP\nExamples:\n.PP\n.RS 4\n.nf")
      lines += command.examples.map(escape)
      lines.append(".fi\n.RE")
    }
    return lines
  }

  /// A word of a usage line: options bold, placeholders italic, brackets and `...` plain.
  private static func usageWord(_ word: String) -> String {
    var open = ""
    var body = Substring(word)
    var close = ""
    if body.hasPrefix("[") && body.hasSuffix("]") {
      open = "["
      close = "]"
      body = body.dropFirst().dropLast()
    }
    let parts = body.split(separator: " ").map { part -> String in
      if part == "..." { return "..." }
      if part.hasPrefix("-") { return "\\fB\(escape(String(part)))\\fR" }
      return "\\fI\(escape(String(part)))\\fR"
    }
    return open + parts.joined(separator: " ") + close
  }

  /// Paragraphs (separated by a blank line) as roff text, each after `.PP`, on one line each:
  /// roff fills them.
  private static func paragraphs(_ text: String) -> [String] {
    text.split(separator: "\n\n", omittingEmptySubsequences: true).map { paragraph in
      ".PP\n" + escape(paragraph.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
  }

  /// `text` made safe as roff text: backslashes and minus signs escaped, and a `.` or `'`
  /// that would start a line (a request) neutralised with `\&`.
  static func escape(_ text: String) -> String {
    var escaped = ""
    var atLineStart = true
    for character in text {
      switch character {
      case "\\": escaped += "\\e"
      case "-": escaped += "\\-"
      case "." where atLineStart, "'" where atLineStart: escaped += "\\&" + String(character)
      default: escaped.append(character)
      }
      atLineStart = character == "\n"
    }
    return escaped
  }

  /// `text` in double quotes, as a macro argument (a `"` inside is doubled).
  private static func quoted(_ text: String) -> String {
    "\"" + escape(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The abstract without its final period, for the NAME line.
  private static func withoutFinalPeriod(_ text: String) -> String {
    text.hasSuffix(".") ? String(text.dropLast()) : text
  }

  private static func lowercasingFirst(_ text: String) -> String {
    text.prefix(1).lowercased() + text.dropFirst()
  }
}
