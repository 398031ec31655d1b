import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the binary with standard output and standard error on a pseudo-terminal, as a person at
/// a terminal would, to see what it does when `isatty` says yes.
enum Terminal {
  /// What one run wrote to the terminal, and how it ended. The terminal turns `\n` into `\r\n`;
  /// `output` has them turned back.
  struct Result {
    var status: Int32
    var output: String
  }

  /// Runs `thidua arguments…` with exactly `environment` (nothing inherited), both output
  /// streams on one pseudo-terminal.
  static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
    let pty = try PseudoTerminalCalls()
    let master = pty.openMaster(O_RDWR | O_NOCTTY)
    guard master >= 0, pty.grant(master) == 0, pty.unlock(master) == 0,
      let name = pty.slaveName(master)
    else { throw TerminalError.cannotOpen }
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw TerminalError.cannotOpen }
    let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    let masterHandle = FileHandle(fileDescriptor: master, closeOnDealloc: true)

    let process = Process()
    process.executableURL = Thidua.binary
    process.arguments = arguments
    process.currentDirectoryURL = Thidua.packageRoot
    process.environment = environment
    process.standardOutput = slaveHandle
    process.standardError = slaveHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try slaveHandle.close()

    // Read until the child's end of the terminal is closed (Linux then reports EIO).
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        output += buffer[..<count]
      } else if count < 0, errno == EINTR {
        continue
      } else {
        break
      }
    }
    process.waitUntilExit()
    withExtendedLifetime(masterHandle) {}
    let text = String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return Result(status: process.terminationStatus, output: text)
  }

  enum TerminalError: Error {
    case cannotOpen
  }

  /// The C library's pseudo-terminal calls, which Swift's Glibc module does not import (they
  /// need `_XOPEN_SOURCE`): looked up by name instead.
  struct PseudoTerminalCalls {
    let openMaster: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let slaveName: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
      let library = dlopen(nil, RTLD_NOW)
      func symbol<T>(_ name: String, as _: T.Type) throws -> T {
        guard let address = dlsym(library, name) else { throw TerminalError.cannotOpen }
        return unsafeBitCast(address, to: T.self)
      }
      openMaster = try symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
      grant = try symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
      unlock = try symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
      slaveName = try symbol(
        "ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
    }
  }

  /// A terminal's usual environment: a known terminal type and no NO_COLOR.
  static let colourful = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

  /// `text` without ANSI colour sequences (ESC [ … m).
  static func plain(_ text: String) -> String {
    text.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }
}
