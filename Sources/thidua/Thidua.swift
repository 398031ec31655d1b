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
      household roster. Exit statuses: 0 success, 10 a deadline is due within the window, \
      11 a deadline is overdue, 64 usage error, 65 invalid data or plan, 66 an input cannot be \
      read, 70 internal error, 73 the output cannot be written.
      """,
    version: version,
    commands: [
      CheckCommand.spec, CheckDataCommand.spec, ShowCommand.spec, EvaluateCommand.evaluateSpec,
      EvaluateCommand.eligibleSpec, DeadlinesCommand.spec,
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
        case DeadlinesCommand.spec.name: return try DeadlinesCommand.run(parsed, console: console)
        default: throw ThiduaError.internal(message: "no handler for '\(parsed.command.name)'")
        }
      }
    } catch {
      console.err(error.message(in: console.language))
      if case .usage = error {
        console.err(Message.seeHelp(tool: tool.name).text(in: console.language))
      }
      return exitStatus(for: error)
    }
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
  if let output, output != "-" {
    try AtomicFileWriter.write(bytes, to: output)
  } else {
    console.out(bytes)
  }
}

extension OptionSpec {
  /// `--lang vi|en`, accepted by every command (before its name too): the language of what
  /// people read. Scripts' CSV columns, JSON keys and status values stay English.
  static let lang = OptionSpec(
    "lang", valueName: "LANG",
    help: "Language for people: tables, reasons, show, deadlines, messages; with --excel also "
      + "the CSV/TSV headers (Mã đơn vị, Tên đơn vị, …). Default: vi when LC_ALL, LC_MESSAGES "
      + "or LANG (the first set) starts with vi, else en. CSV/JSON keys and values stay English.",
    kind: .choice(Language.allCases.map(\.rawValue)))

  /// `--format table|csv|tsv|json|ndjson`, the same for every command that prints results.
  static let format = OptionSpec(
    "format", short: "f", valueName: "FORMAT", help: "Output format.",
    kind: .choice(OutputFormat.allCases.map(\.rawValue)), defaultValue: "table")
}
