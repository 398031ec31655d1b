import Testing

@testable import ThiduaCore

@Suite struct HelpFormatterTests {
  @Test func usageLineListsArgumentsThenOptionsThenFlags() {
    #expect(
      HelpFormatter.usage(for: CommandSpecs.evaluate, toolName: "thidua")
        == "thidua evaluate PLAN --data FILE [--units FILE] [--mergers FILE] [--year YEAR]"
        + " [--format FORMAT] [--output FILE] [--skip-invalid] [--quiet]")
    #expect(
      HelpFormatter.usage(for: CommandSpecs.check, toolName: "thidua")
        == "thidua check PLAN|DIR ... [--exclude GLOB ...]")
    #expect(
      HelpFormatter.usage(for: CommandSpecs.show, toolName: "thidua")
        == "thidua show PLAN [SECTION]")
  }

  @Test func commandHelpHasEverySection() {
    let expected = """
      OVERVIEW: Evaluate every unit of a plan against its criteria.

      Each unit is checked against the first criterion whose selector matches it, for
      the evaluation year and the years before it that the criterion needs.

      Rows are sorted by unit code.

      USAGE: thidua evaluate PLAN --data FILE [--units FILE] [--mergers FILE]
                             [--year YEAR] [--format FORMAT] [--output FILE]
                             [--skip-invalid] [--quiet]

      ARGUMENTS:
        PLAN                 The campaign plan (JSON).

      OPTIONS:
        -d, --data FILE      Yearly household data: a unit-year panel or a household
                             roster (CSV).
        --units FILE         The administrative units (CSV).
        --mergers FILE       Mergers of units: old code, new code, date (CSV).
        -y, --year YEAR      The evaluation year; the latest year in the data by
                             default.
        -f, --format FORMAT  How to write the results. (values: table, csv, tsv, json,
                             ndjson; default: table)
        -o, --output FILE    Write to FILE atomically instead of standard output.
        --skip-invalid       Mark units with bad rows invalid-data instead of
                             stopping.
        -q, --quiet          Print no counts on standard error.
        -h, --help           Show help for this command.

      EXAMPLES:
        thidua evaluate campaigns/ben-tre-2021-2025.json --data panel.csv --year 2025
        thidua evaluate plan.json --data panel.csv --format json --output result.json

      """
    #expect(HelpFormatter.help(for: CommandSpecs.evaluate, toolName: "thidua") == expected)
  }

  @Test func toolHelpListsTheCommands() {
    let expected = """
      OVERVIEW: Track emulation campaigns against poverty.

      USAGE: thidua COMMAND [ARGUMENTS] [OPTIONS]

      COMMANDS:
        check       Validate plans.
        show        Describe a plan in words.
        evaluate    Evaluate every unit of a plan against its criteria.

      OPTIONS:
        -h, --help  Show this help.
        --version   Show the version.

      See 'thidua help COMMAND' or 'thidua COMMAND --help' for a command's arguments
      and options.

      """
    #expect(HelpFormatter.help(for: CommandSpecs.tool) == expected)
  }

  @Test(arguments: [40, 60, 80, 100])
  func noLineIsWiderThanAsked(width: Int) {
    let text = HelpFormatter.help(for: CommandSpecs.evaluate, toolName: "thidua", width: width)
    for line in text.split(separator: "\n") {
      // Only a single word longer than the width may overflow.
      let overflowing = line.count > width
      #expect(!overflowing || !line.trimmingPrefix(" ").contains(" "), "\(line)")
    }
  }

  @Test func aLongNamePutsItsDescriptionOnTheNextLine() {
    let command = CommandSpec(
      name: "x", abstract: "X.",
      options: [
        OptionSpec(
          "a-very-long-option-name", valueName: "SOMETHING", help: "Described below the name.")
      ])
    let help = HelpFormatter.help(for: command, toolName: "t")
    #expect(
      help.contains(
        """
          --a-very-long-option-name SOMETHING
                      Described below the name.
        """))
  }
}
