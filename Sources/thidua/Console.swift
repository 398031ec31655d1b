import Foundation
import ThiduaCore

/// Standard output and standard error: the only place thidua writes to the terminal.
///
/// Writes go straight to the file descriptors. A failed write to standard output (a full disk
/// behind `> file`, a closed terminal) is kept, later output is dropped, and the tool ends with
/// ``outputError`` (exit 73), the way C's stdio keeps an error flag to check before exiting.
final class Console {
  /// Why standard output could not be written, if it could not.
  private(set) var outputError: ThiduaError?
  /// The language of what is printed for people (`--lang`, or the locale's).
  var language = Language.english

  /// Writes `text` to standard output as it is.
  func out(_ text: String) {
    out(Array(text.utf8))
  }

  /// Writes `bytes` (UTF-8) to standard output as they are.
  func out(_ bytes: [UInt8]) {
    guard outputError == nil else { return }
    if let code = AtomicFileWriter.writeAll(bytes, to: STDOUT_FILENO) {
      outputError = .cannotWrite(
        file: "standard output", reason: AtomicFileWriter.reason(for: code, directory: "."))
    }
  }

  /// Writes `text` and a newline to standard error; a failure there cannot be reported anywhere.
  func err(_ text: String) {
    _ = Console.write(text + "\n", to: STDERR_FILENO)
  }

  /// Whether standard error is a terminal (progress is shown only then).
  var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes every byte of `text` to `descriptor`; the `errno` of a failure, or nil.
  private static func write(_ text: String, to descriptor: Int32) -> Int32? {
    AtomicFileWriter.writeAll(Array(text.utf8), to: descriptor)
  }
}
