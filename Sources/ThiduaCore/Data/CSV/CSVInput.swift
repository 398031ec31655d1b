/// A CSV input that can be opened (and opened again, for a second pass): a file, or bytes in
/// memory for tests.
public struct CSVInput: Sendable {
  /// The name used in messages: the path as the user typed it.
  public let name: String
  /// The file's path, when the input is a file (the roster's fast path reads it in parallel).
  public let path: String?
  private let opener: @Sendable () throws(ThiduaError) -> any ByteSource

  /// An input opened by `opener` each time it is read.
  public init(
    name: String, path: String? = nil,
    opener: @escaping @Sendable () throws(ThiduaError) -> any ByteSource
  ) {
    self.name = name
    self.path = path
    self.opener = opener
  }

  /// The file at `path`, read in chunks with `read(2)`.
  public static func file(_ path: String) -> CSVInput {
    CSVInput(name: path, path: path) { () throws(ThiduaError) -> any ByteSource in
      try FileByteSource(path: path)
    }
  }

  /// Bytes in memory, named `name` in messages, handed out in chunks of `chunkSize`.
  public static func bytes(_ bytes: [UInt8], name: String, chunkSize: Int = 1 << 20) -> CSVInput {
    CSVInput(name: name) { () throws(ThiduaError) -> any ByteSource in
      MemoryByteSource(bytes, chunkSize: chunkSize)
    }
  }

  /// Text in memory, encoded as UTF-8 exactly as written (decomposed text stays decomposed).
  public static func text(_ text: String, name: String, chunkSize: Int = 1 << 20) -> CSVInput {
    bytes(Array(text.utf8), name: name, chunkSize: chunkSize)
  }

  /// A fresh source positioned at the start of the input.
  public func open() throws(ThiduaError) -> any ByteSource {
    try opener()
  }
}
