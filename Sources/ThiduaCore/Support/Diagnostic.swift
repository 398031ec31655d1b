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
  /// Kept as data, so that it can be written in either language.
  public var message: Message

  public init(_ severity: Severity, at location: SourceLocation, _ message: Message) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.init(severity, at: location, Message.text(message))
  }

  /// An error at `location`.
  public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  /// An error at `location`.
  public static func error(at location: SourceLocation, _ message: Message) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  /// A warning at `location`.
  public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  /// A warning at `location`.
  public static func warning(at location: SourceLocation, _ message: Message) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  /// `file:line:column: error: message`.
  public var description: String { description(in: .english) }

  /// `file:line:column: error: message` in `language` (`lỗi`, `cảnh báo` in Vietnamese).
  public func description(in language: Language) -> String {
    let severity: String
    switch (self.severity, language) {
    case (.error, .english): severity = "error"
    case (.warning, .english): severity = "warning"
    case (.error, .vietnamese): severity = "lỗi"
    case (.warning, .vietnamese): severity = "cảnh báo"
    }
    return "\(location.description): \(severity): \(message.text(in: language))"
  }
}

extension Diagnostic: Comparable {
  /// Orders by file, line, column, then message, so reports are deterministic. Messages are
  /// written out only for findings at the same place.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    let left = (lhs.location.file, lhs.location.line ?? 0, lhs.location.column ?? 0)
    let right = (rhs.location.file, rhs.location.line ?? 0, rhs.location.column ?? 0)
    if left != right { return left < right }
    return lhs.message.english < rhs.message.english
  }
}
