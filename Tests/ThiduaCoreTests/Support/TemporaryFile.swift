import Foundation

/// Files the fast-path tests read through a path, as users' files are.
enum TemporaryFile {
  /// Writes `bytes` to a new file in the temporary directory, named after `prefix`; its path.
  static func write(_ bytes: [UInt8], prefix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString).csv")
    try Data(bytes).write(to: url)
    return url.path
  }
}

/// A fresh directory in the temporary directory, named after `prefix`, removed when `body`
/// returns.
func inTemporaryDirectory(prefix: String, _ body: (URL) throws -> Void) throws {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  try body(directory)
}

/// The names in `directory`, sorted.
func contents(of directory: URL) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
}
