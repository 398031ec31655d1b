import Foundation
import Testing

/// One bad input, run through the binary: the files it needs, the command line, and exactly what
/// the user must see.
///
/// Every case runs in a fresh directory holding the Bến Tre plan as `plan.json`, the sample's
/// `units.csv`, `panel.csv` and `mergers.csv`, and an `out.csv` holding "old result"; the case's
/// own files are written beside them (replacing those of the same name). Paths in the command
/// line and in messages are therefore short and fixed: `data.csv:2:12: error: …`.
struct BadInput: CustomTestStringConvertible, Sendable {
  var name: String
  /// Files written in the case's directory, by name.
  var files: [String: [UInt8]]
  var arguments: [String]
  var status: Int32
  /// Standard error, exactly.
  var stderr: String

  var testDescription: String { name }

  init(
    _ name: String, files: [String: [UInt8]] = [:], _ arguments: [String], status: Int32 = 65,
    stderr: String
  ) {
    self.name = name
    self.files = files
    self.arguments = arguments
    self.status = status
    self.stderr = stderr
  }

  /// The files every case starts with.
  static let standardFiles: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for (name, path) in [
      ("plan.json", "campaigns/ben-tre-2021-2025.json"),
      ("units.csv", "campaigns/sample/units.csv"),
      ("panel.csv", "campaigns/sample/panel.csv"), ("mergers.csv", "campaigns/sample/mergers.csv"),
    ] {
      let url = Thidua.packageRoot.appendingPathComponent(path)
      files[name] = (try? [UInt8](Data(contentsOf: url))) ?? []
    }
    files["out.csv"] = Array(oldOutput.utf8)
    return files
  }()

  /// What `out.csv` holds before the run, and must still hold after it.
  static let oldOutput = "old result\n"

  /// The longest a refusal may take. Each takes a few hundredths of a second; the bound is far
  /// above that so a busy machine does not fail the test, and far below a hang.
  static let timeLimit: Double = 5

  /// Runs the case and checks status, stdout, stderr, `out.csv` and the time taken.
  func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try withTemporaryDirectory { directory in
      for (name, bytes) in BadInput.standardFiles.merging(files, uniquingKeysWith: { $1 }) {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
      }
      let start = Date()
      let result = try Thidua.run(arguments, in: directory)
      let elapsed = Date().timeIntervalSince(start)
      #expect(result.status == status, sourceLocation: sourceLocation)
      #expect(result.stdout == "", sourceLocation: sourceLocation)
      #expect(result.stderr == stderr, sourceLocation: sourceLocation)
      let output = try String(
        contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
      #expect(output == BadInput.oldOutput, "out.csv was changed", sourceLocation: sourceLocation)
      #expect(
        elapsed < BadInput.timeLimit, "took \(elapsed) s", sourceLocation: sourceLocation)
    }
  }
}

/// `text` as bytes, one byte per character: for files in a legacy 8-bit encoding, written with
/// the bytes as `\u{..}` escapes (`"X\u{B7}"` is "Xã" in TCVN3). Characters above U+00FF are a
/// mistake in the test and become `?`.
func legacyBytes(_ text: String) -> [UInt8] {
  text.unicodeScalars.map { $0.value <= 0xFF ? UInt8($0.value) : UInt8(ascii: "?") }
}

/// The bytes of `text` in UTF-8, exactly as written.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
