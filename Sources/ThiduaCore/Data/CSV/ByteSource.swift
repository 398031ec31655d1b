#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Something that hands out bytes in chunks, in order: a file, or bytes in memory.
///
/// The CSV reader pulls one chunk at a time, so memory does not grow with the size of the input.
public protocol ByteSource {
  /// Fills the start of `buffer` with the next bytes and returns how many were written; 0 means
  /// the end of the input.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ThiduaError) -> Int
}

extension ByteSource {
  /// Every remaining byte, or the first `limit` of them, for small files read whole (a plan, a
  /// holidays file).
  mutating func readToEnd(limit: Int = .max) throws(ThiduaError) -> [UInt8] {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { buffer.deallocate() }
    var bytes: [UInt8] = []
    while bytes.count < limit {
      let room = min(buffer.count, limit - bytes.count)
      let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<room]))
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    return bytes
  }
}

/// A file read with `read(2)`, one buffer at a time (never mapped, never loaded whole).
public final class FileByteSource: ByteSource {
  /// The file as the user named it, for messages.
  public let path: String
  private var descriptor: Int32

  /// Opens `path` for reading; a missing or unreadable file is `ThiduaError.cannotRead`.
  public init(path: String) throws(ThiduaError) {
    self.path = path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw .cannotRead(file: path, reason: FileByteSource.describe(errno))
    }
    descriptor = fd
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Reads the next bytes of the file, retrying when a signal interrupts the call.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ThiduaError) -> Int {
    guard descriptor >= 0, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      #if canImport(Darwin)
        let count = Darwin.read(descriptor, base, buffer.count)
      #else
        let count = Glibc.read(descriptor, base, buffer.count)
      #endif
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw .cannotRead(file: path, reason: FileByteSource.describe(errno))
    }
  }

  /// The system's description of `code`, starting lowercase: "no such file or directory".
  public static func describe(_ code: Int32) -> Message {
    .systemError(code)
  }
}

/// Bytes in memory, handed out in chunks whose boundaries a test chooses.
public struct MemoryByteSource: ByteSource, Sendable {
  private let bytes: [UInt8]
  /// Offsets at which a chunk must end, ascending.
  private let boundaries: [Int]
  private var position = 0
  private var nextBoundary = 0

  /// `bytes` in chunks of at most `chunkSize` bytes.
  public init(_ bytes: [UInt8], chunkSize: Int = 1 << 20) {
    let size = max(1, chunkSize)
    self.bytes = bytes
    self.boundaries = Array(stride(from: size, to: bytes.count, by: size))
  }

  /// `bytes` split exactly at `splits` (offsets into `bytes`), for chunk-boundary tests.
  public init(_ bytes: [UInt8], splitAt splits: [Int]) {
    self.bytes = bytes
    self.boundaries = splits.filter { $0 > 0 && $0 < bytes.count }.sorted()
  }

  /// Copies the bytes up to the next chunk boundary (or as many as fit).
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ThiduaError) -> Int {
    while nextBoundary < boundaries.count, boundaries[nextBoundary] <= position {
      nextBoundary += 1
    }
    let end = nextBoundary < boundaries.count ? boundaries[nextBoundary] : bytes.count
    let count = min(end - position, buffer.count)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
    }
    position += count
    return count
  }
}

/// Bytes already read from a source, handed out again before the rest of that source.
struct PrefixedByteSource: ByteSource {
  private let prefix: [UInt8]
  private var offset = 0
  private var rest: any ByteSource

  init(prefix: [UInt8], rest: any ByteSource) {
    self.prefix = prefix
    self.rest = rest
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ThiduaError) -> Int {
    guard offset < prefix.count else { return try rest.read(into: buffer) }
    let count = min(buffer.count, prefix.count - offset)
    prefix.withUnsafeBytes { bytes in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
    }
    offset += count
    return count
  }
}
