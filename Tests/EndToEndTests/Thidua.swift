import Foundation
import Testing

/// Runs the built `thidua` binary and captures what a user would see.
struct Thidua {
  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary SwiftPM built beside the test bundle.
  static let binary: URL = {
    let products = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidate = products.appendingPathComponent("thidua")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    return packageRoot.appendingPathComponent(".build/debug/thidua")
  }()

  /// Runs `thidua arguments…` in `directory` (the package root by default) with `environment` added.
  /// Standard input is `stdin`, or the file at `stdinPath`, or empty. Standard output goes to the
  /// file at `stdoutPath` when given (then `stdout` is empty).
  static func run(
    _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
    stdin: String? = nil, stdinPath: String? = nil, stdoutPath: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["LANG"] = "C.UTF-8"
    // These choose the language before LANG does; a test that wants them sets them.
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    if let stdoutPath, let handle = FileHandle(forWritingAtPath: stdoutPath) {
      process.standardOutput = handle
      try out.fileHandleForWriting.close()
    } else {
      process.standardOutput = out
    }
    process.standardError = err
    let input = Pipe()
    if let stdinPath, let handle = FileHandle(forReadingAtPath: stdinPath) {
      process.standardInput = handle
    } else {
      process.standardInput = input
    }
    return try collect(process, input: input, stdin: stdin, out: out, err: err)
  }

  /// Starts `process`, writes `stdin` to `input` and closes it, then reads both pipes before
  /// waiting, so a large output cannot fill a pipe and stall the child.
  static func collect(
    _ process: Process, input: Pipe, stdin: String?, out: Pipe, err: Pipe
  ) throws -> Result {
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
