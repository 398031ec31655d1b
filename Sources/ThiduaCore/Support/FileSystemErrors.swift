import Foundation

/// Turns a Foundation file error into words a person understands.
enum FileSystemErrors {
  /// "no such file", "permission denied", "is a directory", or Foundation's own words.
  static func reason(_ error: any Error, path: String) -> String {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if !exists { return "no such file or directory" }
    if isDirectory.boolValue { return "is a directory, not a file" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return (error as NSError).localizedDescription
  }
}
