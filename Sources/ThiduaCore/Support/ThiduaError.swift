/// Every failure a user can cause, by what went wrong. The executable maps each case to one exit
/// status in one place (sysexits: 64 usage, 65 data, 66 no input, 70 internal, 73 cannot create).
public enum ThiduaError: Error, Sendable, Equatable {
  /// The command line is wrong: an unknown option, a missing value, a bad number.
  case usage(message: String)
  /// A plan is not valid; every finding is listed.
  case invalidPlan(diagnostics: [Diagnostic])
  /// A data file has bad rows or headers; every finding is listed.
  case invalidData(diagnostics: [Diagnostic])
  /// An input file does not exist or cannot be read.
  case cannotRead(file: String, reason: String)
  /// The output cannot be written.
  case cannotWrite(file: String, reason: String)
  /// A fault of thidua itself, never of the input.
  case `internal`(message: String)

  /// The message a person reads, one finding per line.
  public var message: String {
    switch self {
    case .usage(let message):
      return "error: \(message)"
    case .invalidPlan(let diagnostics), .invalidData(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .cannotRead(let file, let reason):
      return "\(file): error: cannot read: \(reason)"
    case .cannotWrite(let file, let reason):
      return "\(file): error: cannot write: \(reason)"
    case .internal(let message):
      return "error: internal error: \(message) (please report this)"
    }
  }
}
