import Foundation
import Testing

/// The conventions of the command line, on the built binary: help in its three spellings, the
/// version, `--opt=value`, `--` and the examples the help shows.
@Suite struct HelpTests {
  @Test func theToolsHelpHasThreeSpellings() throws {
    let help = try Thidua.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stderr == "")
    #expect(help.stdout.hasPrefix("OVERVIEW: Track emulation campaigns"))
    for spelling in [["-h"], ["help"], ["help", "help"]] {
      #expect(try Thidua.run(spelling).stdout == help.stdout, "\(spelling)")
    }
    for section in ["COMMANDS:", "OPTIONS:", "ENVIRONMENT:\n  NO_COLOR", "EXIT STATUS:\n  0"] {
      #expect(help.stdout.contains(section))
    }
  }

  @Test func theVersion() throws {
    let result = try Thidua.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")
  }

  @Test(arguments: try CompletionsTests.commands())
  func everyCommandsHelpHasThreeSpellingsAndExamples(command: String) throws {
    let help = try Thidua.run(["help", command])
    #expect(help.status == 0)
    #expect(help.stderr == "")
    #expect(help.stdout.contains("USAGE: thidua \(command)"))
    #expect(help.stdout.contains("\nEXAMPLES:\n  thidua ") || help.stdout.contains("\n  source <("))
    #expect(try Thidua.run([command, "--help"]).stdout == help.stdout)
    #expect(try Thidua.run([command, "-h"]).stdout == help.stdout)
    // Help wins over whatever else is wrong on the line, up to `--`.
    #expect(try Thidua.run([command, "--no-such-option", "--help"]).stdout == help.stdout)
  }

  /// The examples the help shows that are plain thidua command lines (no pipe, redirection or
  /// shell expansion), each with the command it belongs to.
  static func runnableExamples() throws -> [String] {
    try CompletionsTests.commands().flatMap { command -> [String] in
      let help = try Thidua.run(["help", command]).stdout
      guard let examples = help.components(separatedBy: "EXAMPLES:\n").last,
        help.contains("EXAMPLES:\n")
      else { return [] }
      // Wrapped lines continue with four spaces.
      let joined = examples.replacingOccurrences(of: "\n    ", with: " ")
      return joined.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("thidua ") && !$0.contains { "|<>$\"".contains($0) } }
    }
  }

  @Test func theExamplesOfTheHelpRun() throws {
    let examples = try Self.runnableExamples()
    #expect(examples.count >= 8)
    try withTemporaryDirectory { directory in
      try FileManager.default.createSymbolicLink(
        at: directory.appendingPathComponent("campaigns"),
        withDestinationURL: Thidua.packageRoot.appendingPathComponent("campaigns"))
      for example in examples {
        let words = example.split(separator: " ").dropFirst().map(String.init)
        let result = try Thidua.run(words, in: directory)
        #expect([0, 10, 11].contains(result.status), "\(example): \(result.stderr)")
        #expect(!result.stderr.contains("error:"), "\(example): \(result.stderr)")
      }
    }
  }

  @Test func anOptionsValueMayFollowAnEqualsSign() throws {
    let spaced = try Thidua.run([
      "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--format", "csv",
    ])
    let joined = try Thidua.run([
      "evaluate", benTre, "--data=\(samplePanel)", "--units=\(sampleUnits)", "--format=csv",
    ])
    let short = try Thidua.run(["evaluate", benTre, "-d", samplePanel, "-u", sampleUnits, "-fcsv"])
    #expect(spaced.status == 0)
    #expect(joined.stdout == spaced.stdout)
    #expect(short.stdout == spaced.stdout)
  }

  @Test func doubleDashEndsTheOptions() throws {
    try withTemporaryDirectory { directory in
      let plan = try Data(contentsOf: Thidua.packageRoot.appendingPathComponent(benTre))
      try plan.write(to: directory.appendingPathComponent("--plan.json"))
      let result = try Thidua.run(["check", "--", "--plan.json"], in: directory)
      #expect(result.status == 0)
      #expect(result.stdout == "--plan.json: ok\n")
      let withoutDashes = try Thidua.run(["check", "--plan.json"], in: directory)
      #expect(withoutDashes.status == 64)
    }
  }
}
