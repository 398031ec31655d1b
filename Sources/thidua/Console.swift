import Foundation

/// Standard output and standard error: the only place thidua writes to the terminal.
struct Console {
  /// Writes `text` to standard output as it is.
  func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` and a newline to standard error.
  func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Whether standard error is a terminal (progress is shown only then).
  var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
