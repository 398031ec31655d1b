import Testing

/// What follows every usage error: where to read the help of `command`, or of the tool.
func seeHelp(_ command: String? = nil) -> String {
  "see 'thidua \(command.map { "\($0) " } ?? "")--help'\n"
}

extension BadInput {
  /// A command line with a mistake (exit status 64 unless given), run beside the standard files.
  static func arguments(
    _ name: String, _ arguments: [String], status: Int32 = 64, stderr: String
  ) -> BadInput {
    BadInput(name, arguments, status: status, stderr: stderr)
  }

  /// `evaluate plan.json --data panel.csv --output out.csv` followed by `more`.
  static func evaluate(_ name: String, _ more: [String], status: Int32 = 64, stderr: String)
    -> BadInput
  {
    arguments(
      name, ["evaluate", "plan.json", "--data", "panel.csv", "--output", "out.csv"] + more,
      status: status, stderr: stderr)
  }

  /// `deadlines plan.json` followed by `more`.
  static func deadlines(_ name: String, _ more: [String], status: Int32 = 64, stderr: String)
    -> BadInput
  {
    arguments(name, ["deadlines", "plan.json"] + more, status: status, stderr: stderr)
  }
}

/// Command lines that must be refused, and what each says.
let argumentCases: [BadInput] = [
  // Commands.
  .arguments(
    "no command", [],
    stderr:
      "error: missing command; expected one of check, check-data, show, evaluate, eligible, report, deadlines, schema, completions, man\n"
      + seeHelp()),
  .arguments(
    "misspelt command", ["evalute"],
    stderr: "error: unknown command 'evalute'; did you mean 'evaluate'?\n" + seeHelp()),
  .arguments(
    "unknown command", ["frobnicate"],
    stderr:
      "error: unknown command 'frobnicate'; expected one of check, check-data, show, evaluate, eligible, report, deadlines, schema, completions, man\n"
      + seeHelp()),
  .arguments(
    "an option before the command", ["--bogus", "check", "plan.json"],
    stderr:
      "error: expected a command before '--bogus'; one of check, check-data, show, evaluate, eligible, report, deadlines, schema, completions, man\n"
      + seeHelp()),
  .arguments(
    "help for an unknown command", ["help", "nope"],
    stderr:
      "error: unknown command 'nope'; expected one of check, check-data, show, evaluate, eligible, report, deadlines, schema, completions, man\n"
      + seeHelp()),

  // Arguments and options.
  .arguments(
    "missing plan", ["evaluate", "--data", "panel.csv"],
    stderr: "error: missing argument 'PLAN'\n" + seeHelp("evaluate")),
  .arguments(
    "check without a plan", ["check"], stderr: "error: missing argument 'PLAN'\n" + seeHelp("check")
  ),
  .arguments(
    "missing --data", ["evaluate", "plan.json", "--output", "out.csv"],
    stderr: "error: missing required option '--data FILE'\n" + seeHelp("evaluate")),
  .arguments(
    "missing value at the end", ["evaluate", "plan.json", "--data"],
    stderr: "error: missing value for '--data FILE'\n" + seeHelp("evaluate")),
  .evaluate(
    "missing value of a short option", ["-f"],
    stderr: "error: missing value for '-f FORMAT'\n" + seeHelp("evaluate")),
  .evaluate(
    "empty value in --opt=value", ["--format="],
    stderr: "error: missing value for '--format FORMAT'\n" + seeHelp("evaluate")),
  .evaluate(
    "misspelt option", ["--formt", "csv"],
    stderr: "error: unknown option '--formt'; did you mean '--format'?\n" + seeHelp("evaluate")),
  .evaluate(
    "option in capitals", ["--FORMAT", "csv"],
    stderr: "error: unknown option '--FORMAT'; did you mean '--format'?\n" + seeHelp("evaluate")),
  .evaluate(
    "unknown short option", ["-x"], stderr: "error: unknown option '-x'\n" + seeHelp("evaluate")),
  .arguments(
    "an option another command has", ["check", "plan.json", "--format", "csv"],
    stderr: "error: unknown option '--format'\n" + seeHelp("check")),
  .evaluate(
    "repeated option", ["--year", "2024", "--year", "2025"],
    stderr: "error: '--year' may be given only once\n" + seeHelp("evaluate")),
  .evaluate(
    "repeated option, once as --opt=value", ["--data=panel.csv"],
    stderr: "error: '--data' may be given only once\n" + seeHelp("evaluate")),
  .arguments(
    "extra argument", ["evaluate", "plan.json", "plan.json", "--data", "panel.csv"],
    stderr: "error: unexpected argument 'plan.json'\n" + seeHelp("evaluate")),
  .arguments(
    "extra argument to show", ["show", "plan.json", "plan.json"],
    stderr: "error: unexpected argument 'plan.json'\n" + seeHelp("show")),
  .evaluate(
    "an option after `--` is an argument", ["--", "--format"],
    stderr: "error: unexpected argument '--format'\n" + seeHelp("evaluate")),
  .evaluate(
    "a value given to a flag", ["--skip-invalid=true"],
    stderr: "error: '--skip-invalid' does not take a value, got 'true'\n" + seeHelp("evaluate")),
  .arguments(
    "a value given to --include-review",
    ["eligible", "plan.json", "--data", "panel.csv", "--include-review=yes"],
    stderr: "error: '--include-review' does not take a value, got 'yes'\n" + seeHelp("eligible")),
  .arguments(
    "check-data with nothing to check", ["check-data"],
    stderr: "error: give at least one of --units, --mergers, --data\n" + seeHelp("check-data")),
  .arguments(
    "check-data with a repeated file", ["check-data", "--units", "units.csv", "--units", "u.csv"],
    stderr: "error: '--units' may be given only once\n" + seeHelp("check-data")),

  // Values.
  .evaluate(
    "unknown format", ["--format", "xml"],
    stderr: "error: unknown format 'xml'; expected one of table, csv, tsv, json, ndjson\n"
      + seeHelp("evaluate")
  ),
  .evaluate(
    "format in capitals", ["--format=CSV"],
    stderr: "error: unknown format 'CSV'; expected one of table, csv, tsv, json, ndjson\n"
      + seeHelp("evaluate")
  ),
  .evaluate(
    "a year with a letter O", ["--year", "2O25"],
    stderr: "error: --year expects a year such as 2025, got '2O25'\n" + seeHelp("evaluate")),
  .evaluate(
    "a decimal year", ["--year=2025.0"],
    stderr: "error: --year expects a year such as 2025, got '2025.0'\n" + seeHelp("evaluate")),
  .evaluate(
    "a negative year", ["--year=-2025"],
    stderr:
      "error: --year -2025 is outside the plan's period 2021–2025; expected a year from 2021 to 2025\n"
      + seeHelp("evaluate")),
  .evaluate(
    "a year after the plan", ["--year", "2030"],
    stderr:
      "error: --year 2030 is outside the plan's period 2021–2025; expected a year from 2021 to 2025\n"
      + seeHelp("evaluate")),
  .deadlines(
    "--today written day first", ["--today", "15/11/2025"],
    stderr: "error: --today expects a date such as 2025-11-15, got '15/11/2025'\n"
      + seeHelp("deadlines")),
  .deadlines(
    "--today an impossible date", ["--today=2025-02-29"],
    stderr:
      "error: --today expects a date such as 2025-11-15, got '2025-02-29' (February 2025 has 28 days)\n"
      + seeHelp("deadlines")),
  .deadlines(
    "--today in month 13", ["--today", "2025-13-01"],
    stderr:
      "error: --today expects a date such as 2025-11-15, got '2025-13-01' (there is no month 13)\n"
      + seeHelp("deadlines")),
  .deadlines(
    "--today twice", ["--today", "2025-11-15", "--today=2025-11-16"],
    stderr: "error: '--today' may be given only once\n" + seeHelp("deadlines")),
  .deadlines(
    "--within negative", ["--within", "-1"],
    stderr: "error: --within expects a number of days such as 30, got '-1'\n" + seeHelp("deadlines")
  ),
  .deadlines(
    "--within not a number", ["--within", "abc"],
    stderr: "error: --within expects a number of days such as 30, got 'abc'\n"
      + seeHelp("deadlines")),
  .deadlines(
    "--within too large", ["--within=99999999999999999999"],
    stderr:
      "error: --within expects a number of days such as 30, got '99999999999999999999'\n"
      + seeHelp("deadlines")
  ),
  .deadlines(
    "deadlines in an unknown format", ["--format", "xml"],
    stderr: "error: unknown format 'xml'; expected one of table, csv, tsv, json, ndjson\n"
      + seeHelp("deadlines")
  ),

  // Standard input, which can be read only once.
  .arguments(
    "standard input for the plan and the data", ["evaluate", "-", "--data", "-"],
    stderr:
      "error: standard input can be read only once, but '-' is given for PLAN and --data; "
      + "give files for all but one\n" + seeHelp("evaluate")),
  .arguments(
    "standard input for three files",
    ["evaluate", "plan.json", "--data", "-", "--units", "-", "--mergers=-"],
    stderr:
      "error: standard input can be read only once, but '-' is given for --data, --units and "
      + "--mergers; give files for all but one\n" + seeHelp("evaluate")),
  .arguments(
    "standard input for two plans", ["check", "-", "plan.json", "-"],
    stderr:
      "error: standard input can be read only once, but '-' is given for PLAN and PLAN; "
      + "give files for all but one\n" + seeHelp("check")),
  .deadlines(
    "standard input for a plan and the holidays", ["-", "--holidays", "-"],
    stderr:
      "error: standard input can be read only once, but '-' is given for PLAN and --holidays; "
      + "give files for all but one\n" + seeHelp("deadlines")),
  .arguments(
    "standard input for the units and the data", ["check-data", "-u", "-", "-d", "-"],
    stderr:
      "error: standard input can be read only once, but '-' is given for --units and --data; "
      + "give files for all but one\n" + seeHelp("check-data")),
  .arguments(
    "completions for an unknown shell", ["completions", "tcsh"],
    stderr:
      "error: unknown shell 'tcsh'; expected one of bash, zsh, fish\n" + seeHelp("completions")),
  .arguments(
    "completions without a shell", ["completions"],
    stderr: "error: missing argument 'SHELL'\n" + seeHelp("completions")),
  .arguments(
    "man with an argument", ["man", "evaluate"],
    stderr: "error: unexpected argument 'evaluate'\n" + seeHelp("man")),
  .arguments(
    "schema with an option", ["schema", "--format", "json"],
    stderr: "error: unknown option '--format'\n" + seeHelp("schema")),
  .arguments(
    "an argument after --version", ["--version", "extra"],
    stderr: "error: unexpected argument 'extra' after '--version'\n" + seeHelp()),

  // Files that cannot be read or written.
  .arguments(
    "missing plan file", ["evaluate", "nope.json", "--data", "panel.csv", "--output", "out.csv"],
    status: 66, stderr: "nope.json: error: cannot read: no such file or directory\n"),
  .arguments(
    "missing data file", ["evaluate", "plan.json", "--data", "nope.csv", "--output", "out.csv"],
    status: 66, stderr: "nope.csv: error: cannot read: no such file or directory\n"),
  .arguments(
    "the data path is a directory",
    ["evaluate", "plan.json", "--data", ".", "--output", "out.csv"], status: 66,
    stderr: ".: error: cannot read: is a directory\n"),
  .deadlines(
    "missing holidays file", ["--holidays", "nope.csv"], status: 66,
    stderr: "nope.csv: error: cannot read: no such file or directory\n"),
  .arguments(
    "output in a directory that does not exist",
    ["evaluate", "plan.json", "--data", "panel.csv", "--output", "/nonexistent-dir/out.csv"],
    status: 73,
    stderr:
      "/nonexistent-dir/out.csv: error: cannot write: directory '/nonexistent-dir' does not exist\n"
  ),
  .arguments(
    "output is a directory", ["evaluate", "plan.json", "--data", "panel.csv", "--output", "."],
    status: 73, stderr: ".: error: cannot write: it is a directory\n"),
]

@Suite struct ArgumentBadInputTests {
  @Test(arguments: argumentCases)
  func isRefusedWithItsMessage(_ bad: BadInput) throws {
    try bad.check()
  }
}
