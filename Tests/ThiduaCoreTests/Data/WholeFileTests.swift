import Testing

@testable import ThiduaCore

@Suite struct WholeFileTests {
  /// The lines counted are those a byte at a time would find: line feeds anywhere, next to bytes
  /// that differ from one by a bit, and a last line with or without one.
  @Test(arguments: 0..<4)
  func countsLinesAsAByteAtATime(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<500 {
      let bytes = (0..<Int(generator.next() % 70)).map { _ -> UInt8 in
        switch generator.next() % 5 {
        case 0: UInt8(ascii: "\n")
        case 1: 0x0B  // one above a line feed
        case 2: 0x8A  // a line feed's low bits with the high bit
        case 3: 0
        default: UInt8(ascii: "a")
        }
      }
      let lineFeeds = bytes.filter { $0 == UInt8(ascii: "\n") }.count
      let expected = bytes.last.map { $0 == UInt8(ascii: "\n") ? lineFeeds : lineFeeds + 1 } ?? 0
      let counted = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { WholeFile.lineCount($0, buffer.count) } ?? 0
      }
      #expect(counted == expected, "\(bytes)")
    }
  }
}
