import Foundation
import Testing

/// Colour only on a terminal, never with NO_COLOR or a dumb terminal, and never in the way of
/// the layout.
@Suite struct ColourTests {
  static let evaluate = [
    "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits,
  ]
  static let escape = "\u{1B}["

  @Test func aTerminalGetsColouredStatusesInAnUnchangedLayout() throws {
    let result = try Terminal.run(Self.evaluate, environment: Terminal.colourful)
    #expect(result.status == 0)
    let expected = try String(
      contentsOf: Golden.folder.appendingPathComponent("evaluate-sample.table"), encoding: .utf8)
    #expect(Terminal.plain(result.output) == expected)
    #expect(result.output.contains("  \u{1B}[32meligible\u{1B}[0m  "))
    #expect(result.output.contains("  \u{1B}[31mnot-eligible\u{1B}[0m  "))
    #expect(result.output.contains("  \u{1B}[33mreview\u{1B}[0m  "))
    #expect(!result.output.contains("\u{1B}[32minsufficient-data"))
    // Only the status cells are coloured: one colour and one reset per coloured unit.
    let coloured = result.output.components(separatedBy: "\u{1B}[0m").count - 1
    #expect(coloured == 7 + 4 + 1)
  }

  @Test(arguments: [
    ["NO_COLOR": "1", "TERM": "xterm-256color"], ["NO_COLOR": "yes", "TERM": "xterm"],
    ["TERM": "dumb"], [:],
  ])
  func noColourWhenTheEnvironmentSaysSo(environment: [String: String]) throws {
    let result = try Terminal.run(Self.evaluate, environment: environment)
    #expect(result.status == 0)
    #expect(!result.output.contains(Self.escape))
    #expect(result.output.contains("eligible"))
  }

  @Test func anEmptyNoColorDoesNotTurnColourOff() throws {
    var environment = Terminal.colourful
    environment["NO_COLOR"] = ""
    let result = try Terminal.run(Self.evaluate, environment: environment)
    #expect(result.output.contains("\u{1B}[32meligible"))
  }

  @Test func pipesAndFilesGetNoColourEvenWithATerminalType() throws {
    let result = try Thidua.run(
      Self.evaluate, environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains(Self.escape))
    try Golden.check(result.stdout, against: "evaluate-sample.table")
  }

  @Test func anOutputFileGetsNoColourWhenTheTerminalDoes() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("out.txt").path
      let result = try Terminal.run(
        Self.evaluate + ["--output", file], environment: Terminal.colourful)
      #expect(result.status == 0)
      let written = try String(contentsOfFile: file, encoding: .utf8)
      #expect(!written.contains(Self.escape))
      try Golden.check(written, against: "evaluate-sample.table")
    }
  }

  @Test func errorsAndWarningsAreColouredOnATerminal() throws {
    let missing = try Terminal.run(
      ["evaluate", "nope.json", "--data", samplePanel], environment: Terminal.colourful)
    #expect(missing.status == 66)
    #expect(
      missing.output
        == "nope.json: \u{1B}[1;31merror:\u{1B}[0m cannot read: no such file or directory\n")
    let usage = try Terminal.run(["evalute"], environment: Terminal.colourful)
    #expect(usage.status == 64)
    #expect(usage.output.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m unknown command 'evalute'"))
    let plain = try Terminal.run(["evalute"], environment: ["TERM": "xterm", "NO_COLOR": "1"])
    #expect(plain.output.hasPrefix("error: unknown command 'evalute'"))
  }

  @Test func overdueDeadlinesAreRedOnATerminal() throws {
    let args = ["deadlines", "campaigns/", "--today", "2025-11-20", "--within", "30"]
    let result = try Terminal.run(args, environment: Terminal.colourful)
    let piped = try Thidua.run(args)
    #expect(result.status == 11)
    #expect(result.output.contains("\u{1B}[31m"))
    #expect(result.output.contains("overdue\u{1B}[0m"))
    #expect(Terminal.plain(result.output) == piped.stdout)
  }
}
