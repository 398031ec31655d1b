import Foundation

/// Expands the `PLAN|DIR ...` arguments of `thidua check` and `thidua deadlines` into plan files.
public enum PlanCatalog {
  /// The plan files that `arguments` name, in order.
  ///
  /// A file is taken as it is, whatever its name. A directory gives its `*.json` files, sorted by
  /// name, not recursively and leaving out hidden files (`.name.json`) and JSON Schemas
  /// (`*.schema.json`, such as the plan schema shipped beside the plans), so a cron job can
  /// point at `campaigns/`. Paths keep the spelling the user typed
  /// (`campaigns/ben-tre-2021-2025.json`). `-` (standard input) is passed on as it is.
  ///
  /// - Throws: `.cannotRead` for a path that does not exist, a directory that cannot be listed,
  ///   or a directory with no plan files (a cron job watching an empty folder should hear of it).
  public static func planFiles(_ arguments: [String]) throws(ThiduaError) -> [String] {
    var files: [String] = []
    for argument in arguments {
      if argument == "-" {
        files.append(argument)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        throw .cannotRead(file: argument, reason: .noSuchFile)
      }
      guard isDirectory.boolValue else {
        files.append(argument)
        continue
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: argument)
      } catch {
        throw .cannotRead(file: argument, reason: .cannotListDirectory)
      }
      let prefix = argument.hasSuffix("/") ? argument : argument + "/"
      let plans = names.filter { name in
        guard name.hasSuffix(".json"), !name.hasSuffix(".schema.json"), !name.hasPrefix(".")
        else { return false }
        var isSubdirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(
          atPath: prefix + name, isDirectory: &isSubdirectory)
        return exists && !isSubdirectory.boolValue
      }
      guard !plans.isEmpty else {
        throw .cannotRead(file: argument, reason: .noPlanFiles)
      }
      files += plans.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        .map { prefix + $0 }
    }
    return files
  }
}
