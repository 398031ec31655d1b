/// Where a finding points: a file, and within it a 1-based line and column, a JSON path, or both.
public struct SourceLocation: Sendable, Hashable {
  /// The file as the user named it (never made absolute, so messages match what was typed).
  public var file: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in characters, when known.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, leaving out what is unknown.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }
}

/// One finding about a user's input: printed as `file:line:column: error: message`.
///
/// Diagnostics are data; they are printed in one place by the executable.
public struct Diagnostic: Sendable, Hashable {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  /// The message, lowercase, with user input quoted. A JSON path, when there is one, leads it.
  public var message: String

  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// An error at `location`.
  public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  /// A warning at `location`.
  public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  /// `file:line:column: error: message`.
  public var description: String {
    "\(location.description): \(severity.rawValue): \(message)"
  }
}

extension Diagnostic: Comparable {
  /// Orders by file, line, column, then message, so reports are deterministic.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.location.file, lhs.location.line ?? 0, lhs.location.column ?? 0, lhs.message)
      < (rhs.location.file, rhs.location.line ?? 0, rhs.location.column ?? 0, rhs.message)
  }
}
