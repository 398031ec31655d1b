#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small regular file read whole, for the fast paths of panels and units files: one `pread`
/// into one buffer, followed in memory by bytes the scanners may read past the end.
enum WholeFile {
  /// Calls `body` with the bytes of the regular file at `path`, followed in memory by
  /// `terminator` (when given) and then zeros, `padding` bytes in all. Nil, without calling
  /// `body`, when `path` is not a regular file of 1 to `maximumSize` bytes that can be read.
  static func withBytes<Result>(
    path: String, maximumSize: Int, padding: Int, terminator: UInt8? = nil,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result?
  ) -> Result? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size > 0, status.st_size <= maximumSize
    else { return nil }
    let size = Int(status.st_size)
    // On the heap: the executable grows it at start in huge pages, so a file read into it costs
    // no page faults (a mapping of its own cost one per 4 KiB page, or the kernel's time to fill
    // them in advance).
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size + padding)
    defer { buffer.deallocate() }
    var filled = 0
    while filled < size {
      let count = pread(descriptor, buffer + filled, size - filled, off_t(filled))
      guard count >= 0 else { return nil }
      if count == 0 { break }
      filled += count
    }
    (buffer + filled).initialize(repeating: 0, count: size + padding - filled)
    if let terminator { buffer[filled] = terminator }
    return body(UnsafeBufferPointer(start: buffer, count: filled))
  }

  /// How many lines the `count` bytes from `start` hold (a last line without a line feed counts).
  static func lineCount(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
    var lines = 0
    var position = 0
    while position < count {
      guard let found = memchr(start + position, Int32(UInt8(ascii: "\n")), count - position)
      else { return lines + 1 }
      lines += 1
      position = UnsafeRawPointer(found) - UnsafeRawPointer(start) + 1
    }
    return lines
  }

  /// The eight bytes at `offset` from `base`, the first in the lowest bits: the scanners look
  /// at a word at a time, which the padding after the file allows anywhere in it.
  @inline(__always)
  static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// The high bit of each zero byte of `word`, exact up to the first one (a borrow may mark bytes
  /// after it, which are never looked at).
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// The columns named by the header line at the start of `bytes`, each the case of `Column` at
  /// the position of its name in `names`, and where the data starts. Nil unless the line (after
  /// an optional UTF-8 byte order mark, before LF or CRLF) holds only names from `names`, each
  /// once: anything else is the careful reader's to explain.
  static func header<Column: CaseIterable & Equatable>(
    _ bytes: UnsafeBufferPointer<UInt8>, names: [String], as _: Column.Type
  ) -> (columns: [Column], dataStart: Int)? where Column.AllCases == [Column] {
    guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
    var line = bytes[0..<newline]
    if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
    if line.last == 0x0D { line = line.dropLast() }
    var columns: [Column] = []
    for name in line.split(separator: 0x2C, omittingEmptySubsequences: false) {
      guard let index = names.firstIndex(of: String(decoding: name, as: UTF8.self)),
        index < Column.allCases.count, !columns.contains(Column.allCases[index])
      else { return nil }
      columns.append(Column.allCases[index])
    }
    return (columns, newline + 1)
  }
}
