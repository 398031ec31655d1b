/// Every failure a user can cause, by what went wrong. The executable maps each case to one exit
/// status in one place (sysexits: 64 usage, 65 data, 66 no input, 70 internal, 73 cannot create).
public enum ThiduaError: Error, Sendable, Equatable {
  /// The command line is wrong: an unknown option, a missing value, a bad number.
  case usage(message: Message)
  /// A plan is not valid; every finding is listed.
  case invalidPlan(diagnostics: [Diagnostic])
  /// A data file has bad rows or headers; every finding is listed.
  case invalidData(diagnostics: [Diagnostic])
  /// An input file does not exist or cannot be read.
  case cannotRead(file: String, reason: Message)
  /// The output cannot be written.
  case cannotWrite(file: String, reason: Message)
  /// A fault of thidua itself, never of the input, or of the machine it runs on (no time-zone
  /// data): exit 70. Most of these cannot happen, and are written as they are, in English.
  case `internal`(message: Message)

  /// The message a person reads, in English, one finding per line.
  public var message: String { message(in: .english) }

  /// The message a person reads, in `language`, one finding per line.
  public func message(in language: Language) -> String {
    let vietnamese = language == .vietnamese
    switch self {
    case .usage(let message):
      return (vietnamese ? "lỗi: " : "error: ") + message.text(in: language)
    case .invalidPlan(let diagnostics), .invalidData(let diagnostics):
      return diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
    case .cannotRead(let file, let reason):
      return "\(file): "
        + (vietnamese ? "lỗi: không đọc được: " : "error: cannot read: ")
        + reason.text(in: language)
    case .cannotWrite(let file, let reason):
      return "\(file): "
        + (vietnamese ? "lỗi: không ghi được: " : "error: cannot write: ")
        + reason.text(in: language)
    case .internal(let message):
      return vietnamese
        ? "lỗi: lỗi nội bộ: \(message.vietnamese) (xin hãy báo lỗi này)"
        : "error: internal error: \(message.english) (please report this)"
    }
  }
}
