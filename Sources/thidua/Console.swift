import Foundation
import ThiduaCore

/// Standard input, output and error: the only place thidua reads from or writes to the terminal,
/// and the one that decides whether to use colour.
///
/// Writes go straight to the file descriptors. A failed write to standard output (a full disk
/// behind `> file`, a closed terminal) is kept, later output is dropped, and the tool ends with
/// ``outputError`` (exit 73), the way C's stdio keeps an error flag to check before exiting.
final class Console {
  /// Why standard output could not be written, if it could not.
  private(set) var outputError: ThiduaError?
  /// The language of what is printed for people (`--lang`, or the locale's).
  var language = Language.english

  /// Whether standard output and standard error get colour: each only when it is a terminal
  /// and the environment allows it (see ``Console/colourAllowed(environment:)``).
  let stdoutHasColour: Bool
  let stderrHasColour: Bool
  /// Whether standard input was already read (it can be read only once).
  private var stdinWasRead = false

  /// A console for the process's own descriptors, in `environment` (the process's, read once by
  /// the caller).
  init(environment: [String: String]) {
    let allowed = Console.colourAllowed(environment: environment)
    stdoutHasColour = allowed && isatty(STDOUT_FILENO) == 1
    stderrHasColour = allowed && isatty(STDERR_FILENO) == 1
  }

  /// Colour is allowed unless `NO_COLOR` is set to anything but the empty string
  /// (https://no-color.org), or the terminal is unknown or `dumb`.
  static func colourAllowed(environment: [String: String]) -> Bool {
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
    return true
  }

  // MARK: Output

  /// Writes `text` to standard output as it is.
  func out(_ text: String) {
    out(Array(text.utf8))
  }

  /// Writes `bytes` (UTF-8) to standard output as they are.
  func out(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { out($0) }
  }

  /// Writes `bytes` (UTF-8) to standard output as they are.
  func out(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard outputError == nil else { return }
    if let code = AtomicFileWriter.writeAll(bytes, to: STDOUT_FILENO) {
      outputError = .cannotWrite(
        file: "standard output", reason: AtomicFileWriter.reason(for: code, directory: "."))
    }
  }

  /// Writes `text` and a newline to standard error; a failure there cannot be reported anywhere.
  /// On a terminal, the `error:` and `warning:` of each line are coloured.
  func err(_ text: String) {
    let line = stderrHasColour ? Console.highlightSeverity(text) : text
    _ = AtomicFileWriter.writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
  }

  /// Whether standard error is a terminal (progress is shown only then).
  var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  // MARK: Colour

  /// ANSI Select Graphic Rendition sequences: the modest few thidua uses.
  enum Colour: String {
    case red = "\u{1B}[31m"
    case green = "\u{1B}[32m"
    case yellow = "\u{1B}[33m"
    case boldRed = "\u{1B}[1;31m"
    case boldYellow = "\u{1B}[1;33m"

    static let reset = "\u{1B}[0m"
  }

  /// `text` with the first `error:` or `warning:` of each line coloured: the one that starts the
  /// line, or follows a location (`file:3:5: error: …`).
  static func highlightSeverity(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      for (word, colour) in [("error:", Colour.boldRed), ("warning:", Colour.boldYellow)] {
        let range: Range<Substring.Index>?
        if line.hasPrefix(word) {
          range = line.startIndex..<line.index(line.startIndex, offsetBy: word.count)
        } else if let found = line.range(of: ": " + word) {
          range = line.index(found.lowerBound, offsetBy: 2)..<found.upperBound
        } else {
          range = nil
        }
        if let range {
          return line[..<range.lowerBound] + colour.rawValue + line[range] + Colour.reset
            + line[range.upperBound...]
        }
      }
      return String(line)
    }.joined(separator: "\n")
  }

  /// The colour of each emphasis: green for good news (eligible), red for bad (not eligible,
  /// overdue), yellow for what a person should look at (review, due soon).
  static func colour(for emphasis: Emphasis) -> Colour {
    switch emphasis {
    case .favourable: return .green
    case .unfavourable: return .red
    case .attention: return .yellow
    }
  }

  /// The marks the table renderers put around the cells that matter, when standard output gets
  /// colour; nil otherwise, so output to pipes and files is byte for byte what it always was.
  var tableMarks: EmphasisMarks? {
    guard stdoutHasColour else { return nil }
    return { emphasis in (Console.colour(for: emphasis).rawValue, Colour.reset) }
  }

  // MARK: Input

  /// Every byte of standard input, or the first `limit` bytes; `name` names it in messages.
  /// A second read is an internal error: the commands refuse `-` twice before reading.
  func readStandardInput(limit: Int?, name: String) throws(ThiduaError) -> [UInt8] {
    guard !stdinWasRead else {
      throw .internal(message: "standard input read twice")
    }
    stdinWasRead = true
    var bytes: [UInt8] = []
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while limit.map({ bytes.count < $0 }) ?? true {
      let wanted = min(chunk, limit.map { $0 - bytes.count } ?? chunk)
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, wanted) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(file: name, reason: FileByteSource.describe(errno))
      }
      bytes += buffer[..<count]
    }
    return bytes
  }
}
