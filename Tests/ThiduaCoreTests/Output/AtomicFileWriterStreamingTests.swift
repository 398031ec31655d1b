import Foundation
import Testing

@testable import ThiduaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Outputs handed to ``AtomicFileWriter/write(to:producing:)`` a piece at a time: the file holds
/// the pieces joined, and a piece that cannot be written leaves the target as it was.
extension AtomicFileWriterTests {
  /// The system's calls, with every write noted in `log` before it is made.
  private static func loggingWrites(to log: CallLog) -> AtomicFileWriter.Calls {
    var calls = AtomicFileWriter.Calls.system
    calls.write = { descriptor, buffer, count in
      _ = log.write(buffer, count)
      return AtomicFileWriter.Calls.system.write(descriptor, buffer, count)
    }
    return calls
  }

  private func bytes(at url: URL) -> [UInt8]? {
    FileManager.default.contents(atPath: url.path).map { Array($0) }
  }

  /// Hands each of `pieces` to `sink` in turn.
  private static func hand(_ pieces: [[UInt8]], to sink: ByteSink) {
    for piece in pieces { piece.withUnsafeBufferPointer(sink) }
  }

  /// Pieces of a table, empty ones among them, one longer than a pipe holds.
  static let pieces: [[UInt8]] = [
    [], Array("code  name\n".utf8), [], Array("28756  Xã Thạnh Phong\n".utf8), [],
    Array(repeating: UInt8(ascii: "-"), count: 70_000), Array("\n".utf8), [],
  ]

  @Test func piecesAreJoinedInTheFile() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.table")
      try AtomicFileWriter.write(to: target.path) { sink in
        // Empty pieces lent with no memory at all, too.
        sink(UnsafeBufferPointer(start: nil, count: 0))
        Self.hand(Self.pieces, to: sink)
        sink(UnsafeBufferPointer(start: nil, count: 0))
      }
      #expect(bytes(at: target) == Self.pieces.flatMap { $0 })
      #expect(try contents(of: directory) == ["out.table"])
    }
  }

  @Test func onlyEmptyPiecesMakeAnEmptyFileInPlaceOfTheOld() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      try "old contents".write(to: target, atomically: false, encoding: .utf8)
      try AtomicFileWriter.write(to: target.path) { sink in Self.hand([[], [], []], to: sink) }
      #expect(bytes(at: target) == [])
      #expect(try contents(of: directory) == ["out.csv"])
    }
  }

  @Test(arguments: [1, 3, 5])
  func aFailedPieceDropsTheRestAndLeavesTheOldFileWhole(failingPiece: Int) throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("out.csv")
      // Not UTF-8, and no newline at the end: compared byte for byte.
      let old: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0xFF, 0x00, 0x62]
      try Data(old).write(to: target)
      let pieces = (0..<8).map { Array("piece \($0);".utf8) }
      let log = CallLog()
      var calls = AtomicFileWriter.Calls.system
      // Pieces before `failingPiece` are written whole, in one call each; that one fails as a
      // full disk does.
      calls.write = { descriptor, buffer, count in
        if log.write(buffer, count) == failingPiece {
          errno = ENOSPC
          return -1
        }
        return AtomicFileWriter.Calls.system.write(descriptor, buffer, count)
      }
      var handed = 0
      #expect(
        throws: ThiduaError.cannotWrite(file: target.path, reason: "no space left on device")
      ) {
        try AtomicFileWriter.write(to: target.path, using: calls) { sink in
          for piece in pieces {
            piece.withUnsafeBufferPointer(sink)
            handed += 1
          }
        }
      }
      // Every piece was taken, and the failure thrown only after the last.
      #expect(handed == pieces.count)
      // No write after the one that failed.
      #expect(log.writes == Array(pieces[...failingPiece]))
      #expect(bytes(at: target) == old)
      #expect(try contents(of: directory) == ["out.csv"])
    }
  }

  @Test func aPieceWrittenInPartsBeforeAFailureLeavesNoTrace() throws {
    try inTemporaryDirectory { directory throws in
      let target = directory.appendingPathComponent("new.csv")
      let log = CallLog()
      var calls = AtomicFileWriter.Calls.system
      // Three bytes at a time; the second call for the second piece fails.
      calls.write = { descriptor, buffer, count in
        if log.write(buffer, count) == 3 {
          errno = EIO
          return -1
        }
        return AtomicFileWriter.Calls.system.write(descriptor, buffer, min(count, 3))
      }
      let error = #expect(throws: ThiduaError.self) {
        try AtomicFileWriter.write(to: target.path, using: calls) { sink in
          Self.hand([Array("abcdef".utf8), Array("ghijkl".utf8), Array("mnop".utf8)], to: sink)
        }
      }
      guard case .cannotWrite(let file, _) = error else {
        Issue.record("expected cannotWrite, got \(String(describing: error))")
        return
      }
      #expect(file == target.path)
      let written = log.writes.map { String(decoding: $0, as: UTF8.self) }
      #expect(written == ["abcdef", "def", "ghijkl", "jkl"])
      #expect(try contents(of: directory) == [])
    }
  }

  @Test func aDeviceTakesThePiecesWithoutATemporaryFileOrARename() throws {
    let log = CallLog()
    var calls = Self.loggingWrites(to: log)
    calls.fsync = { descriptor in
      log.note("fsync")
      return AtomicFileWriter.Calls.system.fsync(descriptor)
    }
    calls.rename = { from, to in
      log.note("rename")
      return AtomicFileWriter.Calls.system.rename(from, to)
    }
    try AtomicFileWriter.write(to: "/dev/null", using: calls) { sink in
      Self.hand(Self.pieces, to: sink)
    }
    #expect(log.writes.flatMap { $0 } == Self.pieces.flatMap { $0 })
    #expect(log.notes.isEmpty)
    var status = stat()
    #expect(lstat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
    // And through the public entry point.
    try AtomicFileWriter.write(to: "/dev/null") { sink in Self.hand(Self.pieces, to: sink) }
    #expect(lstat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aFullDeviceFailsAtTheFirstPieceAndIsWrittenNoMore() throws {
    let log = CallLog()
    let calls = Self.loggingWrites(to: log)
    #expect(throws: ThiduaError.cannotWrite(file: "/dev/full", reason: "no space left on device")) {
      try AtomicFileWriter.write(to: "/dev/full", using: calls) { sink in
        Self.hand([[], Array("first".utf8), Array("second".utf8)], to: sink)
      }
    }
    #expect(log.writes == [Array("first".utf8)])
  }

  @Test func aNamedPipeTakesThePiecesInOrder() throws {
    try inTemporaryDirectory { directory throws in
      let fifo = directory.appendingPathComponent("pipe")
      #expect(mkfifo(fifo.path, 0o600) == 0)
      // More than a pipe holds, so the writer waits for the reader in the middle of a piece.
      var pieces = Self.pieces
      for index in 0..<40 {
        pieces.append(Array("line \(index): \(String(repeating: "ạ", count: index * 97))\n".utf8))
        pieces.append([])
      }
      pieces.append(Array(repeating: UInt8(ascii: "x"), count: 150_000))
      let received = try readingPipe(at: fifo.path) {
        try AtomicFileWriter.write(to: fifo.path) { sink in Self.hand(pieces, to: sink) }
      }
      #expect(Array(received) == pieces.flatMap { $0 })
      var status = stat()
      #expect(lstat(fifo.path, &status) == 0)
      #expect(status.st_mode & S_IFMT == S_IFIFO)
      #expect(try contents(of: directory) == ["pipe"])
    }
  }
}

/// The calls of fake system calls, in order; shared safely with the `@Sendable` fakes.
private final class CallLog: @unchecked Sendable {
  private let lock = NSLock()
  private var recordedWrites: [[UInt8]] = []
  private var recordedNotes: [String] = []

  /// Records a `write(2)` of `count` bytes at `buffer`; which call it is, from 0.
  func write(_ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    let bytes = Array(UnsafeRawBufferPointer(start: buffer, count: count))
    lock.lock()
    defer { lock.unlock() }
    recordedWrites.append(bytes)
    return recordedWrites.count - 1
  }

  /// Records a call of another kind.
  func note(_ call: String) {
    lock.lock()
    defer { lock.unlock() }
    recordedNotes.append(call)
  }

  /// The bytes of each `write(2)`.
  var writes: [[UInt8]] {
    lock.lock()
    defer { lock.unlock() }
    return recordedWrites
  }

  /// The other calls.
  var notes: [String] {
    lock.lock()
    defer { lock.unlock() }
    return recordedNotes
  }
}
