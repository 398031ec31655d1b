import Foundation
import Testing

/// Compares rendered text with a file in `Fixtures/Golden/`; with `THIDUA_RECORD_GOLDEN=1` in the
/// environment, writes the file into the source tree instead (then review the diff and commit).
enum GoldenFile {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Golden")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["THIDUA_RECORD_GOLDEN"] == "1"
  }

  static func expect(
    _ actual: String, matches name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden file \(name); run the tests with THIDUA_RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(
      actual == expected, "differs from \(name); re-record with THIDUA_RECORD_GOLDEN=1",
      sourceLocation: sourceLocation)
  }
}
