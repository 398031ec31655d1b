import Foundation

/// Other programs the tests run: shells that load the completion scripts, man and groff that
/// render the manual page.
enum External {
  /// The path of `program` in the usual directories, or nil when it is not installed.
  static func find(_ program: String) -> String? {
    for directory in ["/usr/bin", "/bin", "/usr/local/bin"] {
      let path = "\(directory)/\(program)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// Runs `program` with `arguments` in the package root, `stdin` on its standard input, and the
  /// built thidua first on PATH.
  static func run(
    _ program: String, _ arguments: [String], stdin: String = "",
    environment: [String: String] = [:]
  ) throws -> Thidua.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = Thidua.packageRoot
    var env = ProcessInfo.processInfo.environment
    env["PATH"] = Thidua.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    return try Thidua.collect(process, input: input, stdin: stdin, out: output, err: error)
  }
}
