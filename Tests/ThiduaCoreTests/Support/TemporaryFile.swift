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
