import Foundation
import Testing

/// Golden files for the binary's output, beside this file in `Golden/`.
/// Run the tests with `THIDUA_RECORD_GOLDEN=1` to write them anew, then review the diff.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["THIDUA_RECORD_GOLDEN"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
  }
}
