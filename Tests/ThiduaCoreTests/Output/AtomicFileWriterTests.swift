import Foundation
import Testing

@testable import ThiduaCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct AtomicFileWriterTests {
  /// What a reader of the named pipe at `path` receives while `write` writes to it (both ends
  /// of a pipe wait for the other, so the reader runs on another thread).
  func readingPipe(at path: String, while write: () throws -> Void) rethrows -> Data {
    nonisolated(unsafe) var received = Data()
    let done = DispatchGroup()
    done.enter()
    DispatchQueue.global().async {
      if let handle = FileHandle(forReadingAtPath: path) {
        received = handle.readDataToEndOfFile()
      }
      done.leave()
    }
    try write()
    done.wait()
    return received
  }

  /// A fresh directory, removed when `body` returns (for the streaming tests too).
  func inTemporaryDirectory(_ body: (URL) throws -> Void) throws {
    try ThiduaCoreTests.inTemporaryDirectory(prefix: "thidua-atomic", body)
  }

  private func text(at url: URL) -> String? {
    FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func writesANewFile() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      try AtomicFileWriter.write("unit_code\n28756\n", to: target.path)
      #expect(text(at: target) == "unit_code\n28756\n")
      #expect(try contents(of: directory) == ["out.csv"])
    }
  }

  @Test func replacesAnExistingFileAndKeepsItsPermissions() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      try "old".write(to: target, atomically: false, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
      try AtomicFileWriter.write(Array("new".utf8), to: target.path)
      #expect(text(at: target) == "new")
      let permissions =
        try FileManager.default.attributesOfItem(atPath: target.path)[
          .posixPermissions] as? Int
      #expect(permissions == 0o640)
      #expect(try contents(of: directory) == ["out.csv"])
    }
  }

  @Test func writesAnEmptyFile() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("empty.json")
      try AtomicFileWriter.write("", to: target.path)
      #expect(text(at: target) == "")
    }
  }

  @Test func aLinkIsFollowedAndKept() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("real.csv")
      let link = directory.appendingPathComponent("link.csv")
      try "old".write(to: target, atomically: false, encoding: .utf8)
      try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.csv")
      try AtomicFileWriter.write("new", to: link.path)
      #expect(text(at: target) == "new")
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.csv")
      #expect(try contents(of: directory) == ["link.csv", "real.csv"])
    }
  }

  @Test func aLinkToNothingIsReplacedByTheFile() throws {
    try inTemporaryDirectory { directory throws in
      let link = directory.appendingPathComponent("link.csv")
      try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "gone.csv")
      try AtomicFileWriter.write("new", to: link.path)
      #expect(text(at: link) == "new")
      #expect(try contents(of: directory) == ["link.csv"])
      let type =
        try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
      #expect(type == .typeRegular)
    }
  }

  @Test func aDeviceIsWrittenNotReplaced() throws {
    try AtomicFileWriter.write("discarded", to: "/dev/null")
    var status = stat()
    #expect(lstat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
    #expect(throws: ThiduaError.cannotWrite(file: "/dev/full", reason: "no space left on device")) {
      try AtomicFileWriter.write("x", to: "/dev/full")
    }
    var status = stat()
    #expect(lstat("/dev/full", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aNamedPipeIsWrittenNotReplaced() throws {
    try inTemporaryDirectory { directory throws in
      let fifo = directory.appendingPathComponent("pipe")
      #expect(mkfifo(fifo.path, 0o600) == 0)
      let received = try readingPipe(at: fifo.path) {
        try AtomicFileWriter.write("through the pipe", to: fifo.path)
      }
      #expect(String(decoding: received, as: UTF8.self) == "through the pipe")
      var status = stat()
      #expect(lstat(fifo.path, &status) == 0)
      #expect(status.st_mode & S_IFMT == S_IFIFO)
    }
  }

  @Test func aMissingDirectoryIsNamed() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("missing/out.csv").path
      let missing = directory.appendingPathComponent("missing").path
      #expect(
        throws: ThiduaError.cannotWrite(
          file: target, reason: "directory '\(missing)' does not exist")
      ) {
        try AtomicFileWriter.write("x", to: target)
      }
    }
  }

  @Test func aPathUnderARegularFileCannotBeWritten() throws {
    // Works even as root, where directory permissions do not stop a write.
    try inTemporaryDirectory { directory throws in
      let file = directory.appendingPathComponent("plan.json")
      try "{}".write(to: file, atomically: false, encoding: .utf8)
      let target = file.appendingPathComponent("out.csv").path
      #expect(
        throws: ThiduaError.cannotWrite(file: target, reason: "'\(file.path)' is not a directory")
      ) {
        try AtomicFileWriter.write("x", to: target)
      }
      #expect(text(at: file) == "{}")
      #expect(try contents(of: directory) == ["plan.json"])
    }
  }

  @Test func aDirectoryIsNotReplaced() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out")
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
      #expect(throws: ThiduaError.cannotWrite(file: target.path, reason: "it is a directory")) {
        try AtomicFileWriter.write("x", to: target.path)
      }
      #expect(try contents(of: directory) == ["out"])
    }
  }

  @Test func aFullDiskLeavesTheOldFileWholeAndNoTemporaryFile() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      try "old contents".write(to: target, atomically: false, encoding: .utf8)
      var calls = AtomicFileWriter.Calls.system
      // Write a few bytes, then fail as a full disk does.
      calls.write = { descriptor, buffer, count in
        if count > 4 { return AtomicFileWriter.Calls.system.write(descriptor, buffer, 4) }
        errno = ENOSPC
        return -1
      }
      #expect(
        throws: ThiduaError.cannotWrite(file: target.path, reason: "no space left on device")
      ) {
        try AtomicFileWriter.write(Array("new contents".utf8), to: target.path, using: calls)
      }
      #expect(text(at: target) == "old contents")
      #expect(try contents(of: directory) == ["out.csv"])
    }
  }

  @Test func aFailedRenameLeavesNoTemporaryFile() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      var calls = AtomicFileWriter.Calls.system
      calls.rename = { _, _ in
        errno = EACCES
        return -1
      }
      #expect(
        throws: ThiduaError.cannotWrite(
          file: target.path, reason: "permission denied in directory '\(directory.path)'")
      ) {
        try AtomicFileWriter.write(Array("x".utf8), to: target.path, using: calls)
      }
      #expect(try contents(of: directory) == [])
    }
  }

  @Test func interruptedWritesAreRetried() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      let interrupted = OnceFlag()
      var calls = AtomicFileWriter.Calls.system
      calls.write = { descriptor, buffer, count in
        if interrupted.setForTheFirstTime() {
          errno = EINTR
          return -1
        }
        return AtomicFileWriter.Calls.system.write(descriptor, buffer, min(count, 3))
      }
      try AtomicFileWriter.write(Array("hello, world".utf8), to: target.path, using: calls)
      #expect(text(at: target) == "hello, world")
    }
  }

  @Test(arguments: [
    ("out.csv", "."), ("dir/out.csv", "dir"), ("/out.csv", "/"), ("/a/b/c", "/a/b"),
  ])
  func findsTheDirectory(path: String, directory: String) {
    #expect(AtomicFileWriter.directoryName(of: path) == directory)
  }
}

/// True the first time only; shared safely with the `@Sendable` fake system calls.
private final class OnceFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var isSet = false

  func setForTheFirstTime() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    defer { isSet = true }
    return !isSet
  }
}
