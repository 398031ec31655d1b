import Testing

@testable import ThiduaCore

@Suite struct ManPageTests {
  static let tool: ToolSpec = {
    var tool = CommandSpecs.tool
    tool.environment = [HelpEntry("NO_COLOR", "No colour when set.")]
    tool.exitStatuses = [HelpEntry("0", "Success."), HelpEntry("64", "Usage error.")]
    return tool
  }()

  static let page = ManPage.page(for: tool)

  @Test func startsWithTheTitleAndAName() {
    let lines = Self.page.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == #".TH "THIDUA" 1 "" "thidua thidua 1.0.0" "User Commands""#)
    #expect(lines.contains(#"thidua \- track emulation campaigns against poverty"#))
    #expect(Self.page.hasSuffix("\n"))
  }

  @Test func documentsEveryCommandOptionFlagAndArgument() {
    for command in Self.tool.commands {
      #expect(Self.page.contains(".SS \"thidua \(ManPage.escape(command.name))\"\n"))
      #expect(Self.page.contains(ManPage.escape(command.abstract)))
      for option in command.options {
        #expect(
          Self.page.contains(
            "\\fB\(ManPage.escape(option.longForm))\\fR \\fI\(option.valueName)\\fR\n"))
      }
      for flag in command.flags {
        #expect(Self.page.contains("\\fB\(ManPage.escape(flag.longForm))\\fR\n"))
      }
      for argument in command.arguments {
        #expect(Self.page.contains("\\fI\(ManPage.escape(argument.synopsis))\\fR\n"))
      }
      for example in command.examples {
        #expect(Self.page.contains("\n\(ManPage.escape(example))\n"))
      }
    }
    #expect(Self.page.contains(".SH ENVIRONMENT\n.TP\n\\fBNO_COLOR\\fR\nNo colour when set.\n"))
    #expect(Self.page.contains(".SH EXIT STATUS\n.TP\n\\fB0\\fR\nSuccess.\n.TP\n\\fB64\\fR\n"))
  }

  @Test func optionValuesAndDefaultsAreDocumented() {
    #expect(
      Self.page.contains(
        "How to write the results. (values: table, csv, tsv, json, ndjson; default: table)"))
  }

  @Test func everyLineIsTextOrAKnownRequest() {
    let requests: Set<Substring> = [
      #".\""#, ".TH", ".nh", ".SH", ".SS", ".PP", ".TP", ".RS", ".RE", ".nf", ".fi",
    ]
    for line in Self.page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
      let request = line.prefix { $0 != " " }
      #expect(requests.contains(request), "unexpected request: \(line)")
    }
  }

  @Test(arguments: [
    ("a-b", #"a\-b"#), (#"C:\data"#, #"C:\edata"#), (".hidden", #"\&.hidden"#),
    ("'quoted'", #"\&'quoted'"#), ("one\n.two", "one\n\\&.two"), ("a.b 'c'", "a.b 'c'"),
  ])
  func escapesWhatRoffWouldRead(text: String, escaped: String) {
    #expect(ManPage.escape(text) == escaped)
  }
}
