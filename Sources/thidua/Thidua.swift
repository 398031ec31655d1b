import Foundation
import ThiduaCore

/// The tool: its commands, and the one place where errors become messages and exit statuses.
enum Thidua {
  static let version = "0.1.0"

  static let tool = ToolSpec(
    name: "thidua",
    abstract: "Track emulation campaigns (phong trào thi đua) against poverty.",
    discussion: """
      Plans are JSON files (see campaigns/); household data is CSV: a unit-year panel or a \
      household roster. Wherever a file is read, - reads standard input instead (for one file \
      of a run); --output - writes to standard output.
      """,
    version: version,
    commands: [
      CheckCommand.spec, CheckDataCommand.spec, ShowCommand.spec, EvaluateCommand.evaluateSpec,
      EvaluateCommand.eligibleSpec, ReportCommand.spec, DeadlinesCommand.spec, SchemaCommand.spec,
      CompletionsCommand.spec, ManCommand.spec,
    ],
    environment: [
      HelpEntry(
        "NO_COLOR",
        "When set and not empty, no colour. Otherwise statuses, overdue deadlines and the "
          + "words error and warning are coloured, but only on a terminal: pipes and files never "
          + "get colour codes."),
      HelpEntry("TERM", "No colour when unset or dumb."),
    ],
    exitStatuses: [
      HelpEntry("0", "Success; for deadlines: nothing overdue or due within the window."),
      HelpEntry("10", "deadlines: a deadline falls within the window."),
      HelpEntry("11", "deadlines: a deadline is overdue."),
      HelpEntry("64", "Usage error: an unknown command or option, a missing or bad value."),
      HelpEntry("65", "Invalid data or plan; every finding is listed."),
      HelpEntry("66", "An input file cannot be read."),
      HelpEntry("70", "Internal error (including a time zone that cannot be loaded)."),
      HelpEntry("73", "The output cannot be written."),
    ],
    globalOptions: [.lang])

  /// Runs the command line and returns the exit status. `environment` gives the default language
  /// (LC_ALL, LC_MESSAGES, LANG); `--lang` overrides it, for every message, usage errors included.
  static func run(_ arguments: [String], console: Console, environment: [String: String]) -> Int32 {
    console.language = Language.requested(in: arguments) ?? Language(environment: environment)
    let status = runCommand(arguments, console: console)
    if let error = console.outputError {
      console.err(error.message(in: console.language))
      return exitStatus(for: error)
    }
    return status
  }

  /// Runs the command line; a failed write to standard output is for ``run(_:console:)`` to see.
  private static func runCommand(_ arguments: [String], console: Console) -> Int32 {
    do throws(ThiduaError) {
      switch try CommandLineParser.parse(arguments, tool: tool) {
      case .help(let text):
        console.out(text)
        return 0
      case .version(let text):
        console.out(text + "\n")
        return 0
      case .run(let parsed):
        switch parsed.command.name {
        case CheckCommand.spec.name: return try CheckCommand.run(parsed, console: console)
        case CheckDataCommand.spec.name:
          return try CheckDataCommand.run(parsed, console: console)
        case ShowCommand.spec.name: return try ShowCommand.run(parsed, console: console)
        case EvaluateCommand.evaluateSpec.name, EvaluateCommand.eligibleSpec.name:
          return try EvaluateCommand.run(parsed, console: console)
        case ReportCommand.spec.name: return try ReportCommand.run(parsed, console: console)
        case DeadlinesCommand.spec.name: return try DeadlinesCommand.run(parsed, console: console)
        case SchemaCommand.spec.name: return try SchemaCommand.run(parsed, console: console)
        case CompletionsCommand.spec.name:
          return try CompletionsCommand.run(parsed, console: console)
        case ManCommand.spec.name: return try ManCommand.run(parsed, console: console)
        default: throw ThiduaError.internal(message: "no handler for '\(parsed.command.name)'")
        }
      }
    } catch {
      console.err(error.message(in: console.language))
      if case .usage = error {
        console.err(Message.seeHelp(tool: helpTarget(arguments)).text(in: console.language))
      }
      return exitStatus(for: error)
    }
  }

  /// Where to read more after a usage error: the help of the command the line names, or the
  /// tool's when it names none.
  static func helpTarget(_ arguments: [String]) -> String {
    if let first = arguments.first, tool.command(named: first) != nil { return "thidua \(first)" }
    return "thidua"
  }

  /// sysexits(3), as SPEC 4 documents them.
  static func exitStatus(for error: ThiduaError) -> Int32 {
    switch error {
    case .usage: return 64
    case .invalidPlan, .invalidData: return 65
    case .cannotRead: return 66
    case .internal: return 70
    case .cannotWrite: return 73
    }
  }
}

/// Writes a command's result to `--output FILE` atomically, or to standard output.
func emit(_ text: String, to output: String?, console: Console) throws(ThiduaError) {
  try emit(Array(text.utf8), to: output, console: console)
}

/// Writes `bytes` (UTF-8) to `output` atomically, or to standard output when there is none or
/// it is `-`.
func emit(_ bytes: [UInt8], to output: String?, console: Console) throws(ThiduaError) {
  try emit(to: output, console: console) { sink in bytes.withUnsafeBufferPointer(sink) }
}

/// Writes what `produce` hands its sink, piece by piece as it is made, to `output` atomically, or
/// to standard output when there is none or it is `-`: a long output is never held whole.
func emit(to output: String?, console: Console, producing produce: (_ sink: ByteSink) -> Void)
  throws(ThiduaError)
{
  if let output, output != "-" {
    try AtomicFileWriter.write(to: output, producing: produce)
  } else {
    produce { console.out($0) }
  }
}

extension String? {
  /// Whether an `--output` value means standard output: none given, or `-`.
  var isStandardOutput: Bool { self == nil || self == "-" }
}

extension OptionSpec {
  /// `--lang vi|en`, accepted by every command (before its name too): the language of what
  /// people read. Scripts' CSV columns, JSON keys and status values stay English.
  static let lang = OptionSpec(
    "lang", valueName: "LANG",
    help: "Language for people: tables, reasons, show, report, deadlines, messages; with --excel "
      + "also the CSV/TSV headers (Mã đơn vị, Tên đơn vị, …). Default: vi when LC_ALL, "
      + "LC_MESSAGES or LANG (the first set) starts with vi, else en. CSV/JSON keys and values "
      + "stay English.",
    kind: .choice(Language.allCases.map(\.rawValue)))

  /// `--format table|csv|tsv|json|ndjson`, the same for every command that prints results.
  static let format = OptionSpec(
    "format", short: "f", valueName: "FORMAT", help: "Output format.",
    kind: .choice(OutputFormat.allCases.map(\.rawValue)), defaultValue: "table")

  /// `--output FILE`, written atomically; `-` is standard output.
  static let output = OptionSpec(
    "output", short: "o", valueName: "FILE",
    help: "Write here (atomically) instead of standard output; - is standard output.",
    kind: .file)

  /// `--units FILE`.
  static let units = OptionSpec(
    "units", short: "u", valueName: "FILE", help: "Units: code, name, level, parent, flags.",
    kind: .file)

  /// `--mergers FILE`.
  static let mergers = OptionSpec(
    "mergers", short: "m", valueName: "FILE",
    help: "Mergers: old_code, new_code, effective (YYYY-MM-DD).", kind: .file)
}

extension ArgumentSpec {
  /// `PLAN`: one plan file.
  static let plan = ArgumentSpec("PLAN", help: "The plan file.", kind: .file)
}
