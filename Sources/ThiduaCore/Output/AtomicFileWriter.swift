#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
      try writeInPlace(bytes, to: path, using: calls)
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
    if let code = writeAll(bytes, to: descriptor, using: calls) { throw fail(code) }
    if calls.fsync(descriptor) != 0 { throw fail(errno) }
    isOpen = false
    if close(descriptor) != 0 { throw fail(errno) }
    if calls.rename(temporary, target) != 0 { throw fail(errno) }
    syncDirectory(directory)
  }

  /// Writes into a device or a pipe that exists and cannot be replaced: no temporary file, no
  /// rename, no `fsync` (which pipes refuse).
  private static func writeInPlace(_ bytes: [UInt8], to path: String, using calls: Calls)
    throws(ThiduaError)
  {
    let descriptor = openFile(path, O_WRONLY | O_CLOEXEC, 0)
    guard descriptor >= 0 else {
      throw .cannotWrite(file: path, reason: reason(for: errno, directory: directoryName(of: path)))
    }
    defer { close(descriptor) }
    if let code = writeAll(bytes, to: descriptor, using: calls) {
      throw .cannotWrite(file: path, reason: reason(for: code, directory: directoryName(of: path)))
    }
  }

  /// Writes every byte of `bytes` to an open file descriptor (standard output, say), retrying
  /// interrupted and partial writes; the `errno` of a failure, or nil.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    writeAll(bytes, to: descriptor, using: .system)
  }

  /// ``writeAll(_:to:)`` through `calls`.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, using calls: Calls) -> Int32?
  {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let start = buffer.baseAddress else { return 0 }
        return calls.write(descriptor, start + written, bytes.count - written)
      }
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
