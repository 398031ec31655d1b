#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes an output's bytes in order, a piece at a time: the pieces joined are the output. A piece
/// is lent for the call only.
public typealias ByteSink = (UnsafeBufferPointer<UInt8>) -> Void

/// Writes `--output FILE` so that readers see the old file or the new one, never a part.
///
/// The bytes go to a new temporary file in the target's directory (so the final rename stays on
/// one file system), which is flushed to disk with `fsync` and then renamed over the target. On
/// any failure the temporary file is removed and the target is left as it was. A new file gets
/// the permissions of the umask; a replaced file keeps its permissions.
///
/// - A symbolic link at the target is followed: the file it names is replaced, and the link
///   stays. A link to nothing is replaced by the file.
/// - A target that is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) cannot be
///   replaced, so it is written directly, as `>` in a shell would.
///
/// The bytes can also be handed over piece by piece as they are made (``write(to:producing:)``):
/// a long output is then never held whole, and still appears at once or not at all.
///
/// `-` is not special here: the caller writes standard output itself.
public enum AtomicFileWriter {
  /// Writes `text` as UTF-8 to `path`, atomically.
  public static func write(_ text: String, to path: String) throws(ThiduaError) {
    try write(Array(text.utf8), to: path, using: .system)
  }

  /// Writes `bytes` to `path`, atomically.
  public static func write(_ bytes: [UInt8], to path: String) throws(ThiduaError) {
    try write(bytes, to: path, using: .system)
  }

  /// Writes what `produce` hands to its sink, piece after piece, to `path`, atomically. After a
  /// piece fails to be written, later pieces are dropped, and the failure is thrown once
  /// `produce` returns; the target is then left as it was.
  public static func write(to path: String, producing produce: (_ sink: ByteSink) -> Void)
    throws(ThiduaError)
  {
    try write(to: path, using: .system, producing: produce)
  }

  /// The system calls that can fail half-way, replaceable so tests can make them fail.
  struct Calls: Sendable {
    /// `write(2)`: bytes written, or -1 with `errno` set.
    var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
    /// `fsync(2)`: 0, or -1 with `errno` set.
    var fsync: @Sendable (Int32) -> Int32
    /// `rename(2)`: 0, or -1 with `errno` set.
    var rename: @Sendable (String, String) -> Int32

    static let system = Calls(write: systemWrite, fsync: systemFsync, rename: systemRename)
  }

  static func write(_ bytes: [UInt8], to path: String, using calls: Calls) throws(ThiduaError) {
    try write(to: path, using: calls) { sink in bytes.withUnsafeBufferPointer(sink) }
  }

  static func write(
    to path: String, using calls: Calls, producing produce: (_ sink: ByteSink) -> Void
  ) throws(ThiduaError) {
    if path.isEmpty || path.hasSuffix("/") {
      throw .cannotWrite(file: path, reason: .notAFileName)
    }
    var target = path
    var status = stat()
    var targetExists = lstat(path, &status) == 0
    if targetExists, status.st_mode & S_IFMT == S_IFLNK {
      // Follow the link, so the link stays and the file it names is replaced.
      var followed = stat()
      targetExists = stat(path, &followed) == 0
      if targetExists { status = followed }
    }
    let kind = status.st_mode & S_IFMT
    if targetExists, kind == S_IFDIR {
      throw .cannotWrite(file: path, reason: .isADirectory)
    }
    if targetExists, kind != S_IFREG {
      try writeInPlace(to: path, using: calls, producing: produce)
      return
    }
    if targetExists, let resolved = realPath(path) { target = resolved }
    let directory = directoryName(of: target)
    let (descriptor, temporary) = try createTemporaryFile(in: directory, for: path, target: target)
    var isOpen = true
    func fail(_ code: Int32) -> ThiduaError {
      if isOpen { close(descriptor) }
      unlink(temporary)
      return .cannotWrite(file: path, reason: reason(for: code, directory: directory))
    }
    if targetExists {
      // Keep the permissions of the file being replaced.
      _ = fchmod(descriptor, status.st_mode & 0o7777)
    }
    if let code = writeAll(to: descriptor, using: calls, producing: produce) { throw fail(code) }
    if calls.fsync(descriptor) != 0 { throw fail(errno) }
    isOpen = false
    if close(descriptor) != 0 { throw fail(errno) }
    if calls.rename(temporary, target) != 0 { throw fail(errno) }
    syncDirectory(directory)
  }

  /// Writes into a device or a pipe that exists and cannot be replaced: no temporary file, no
  /// rename, no `fsync` (which pipes refuse).
  private static func writeInPlace(
    to path: String, using calls: Calls, producing produce: (_ sink: ByteSink) -> Void
  ) throws(ThiduaError) {
    let descriptor = openFile(path, O_WRONLY | O_CLOEXEC, 0)
    guard descriptor >= 0 else {
      throw .cannotWrite(file: path, reason: reason(for: errno, directory: directoryName(of: path)))
    }
    defer { close(descriptor) }
    if let code = writeAll(to: descriptor, using: calls, producing: produce) {
      throw .cannotWrite(file: path, reason: reason(for: code, directory: directoryName(of: path)))
    }
  }

  /// Writes every byte of `bytes` to an open file descriptor (standard output, say), retrying
  /// interrupted and partial writes; the `errno` of a failure, or nil.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor, using: .system) }
  }

  /// ``writeAll(_:to:)`` for bytes in memory that is not an array.
  public static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    writeAll(bytes, to: descriptor, using: .system)
  }

  /// Writes each piece `produce` hands its sink; the `errno` of the first failure, after which
  /// later pieces are dropped, or nil.
  private static func writeAll(
    to descriptor: Int32, using calls: Calls, producing produce: (_ sink: ByteSink) -> Void
  ) -> Int32? {
    var failure: Int32?
    produce { piece in
      guard failure == nil else { return }
      failure = writeAll(piece, to: descriptor, using: calls)
    }
    return failure
  }

  /// ``writeAll(_:to:)`` through `calls`.
  private static func writeAll(
    _ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, using calls: Calls
  ) -> Int32? {
    guard let start = bytes.baseAddress else { return nil }
    var written = 0
    while written < bytes.count {
      let count = calls.write(descriptor, start + written, bytes.count - written)
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        return code
      }
      if count == 0 { return EIO }
      written += count
    }
    return nil
  }

  // MARK: Helpers

  /// The directory part of `path`: `.` for a bare name, `/` for a file at the root.
  static func directoryName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = path[..<slash]
    return directory.isEmpty ? "/" : String(directory)
  }

  /// Creates `.NAME.PID-RANDOM.tmp` beside the target, trying new names if one is taken.
  private static func createTemporaryFile(in directory: String, for path: String, target: String)
    throws(ThiduaError) -> (Int32, String)
  {
    let base = target.split(separator: "/").last.map(String.init) ?? "output"
    let prefix = directory == "/" ? "/" : directory + "/"
    var code: Int32 = EEXIST
    for _ in 0..<16 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let temporary = "\(prefix).\(base).\(getpid())-\(suffix).tmp"
      let descriptor = openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (descriptor, temporary) }
      code = errno
      if code != EEXIST { break }
    }
    throw .cannotWrite(file: path, reason: reason(for: code, directory: directory))
  }

  /// Flushes the directory entry of the rename; best effort, as some file systems refuse it.
  private static func syncDirectory(_ directory: String) {
    let descriptor = openFile(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// What a person should read for `errno` code `code` when writing in `directory`.
  public static func reason(for code: Int32, directory: String) -> Message {
    .cannotWriteIn(directory: directory, code: code)
  }
}

// The C library's functions under names the enum's own members cannot shadow.

private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

/// The absolute path `path` names, links resolved; nil if it cannot be resolved.
private func realPath(_ path: String) -> String? {
  guard let resolved = realpath(path, nil) else { return nil }
  defer { free(resolved) }
  return String(cString: resolved)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

private func systemFsync(_ descriptor: Int32) -> Int32 {
  fsync(descriptor)
}

private func systemRename(_ from: String, _ to: String) -> Int32 {
  rename(from, to)
}
