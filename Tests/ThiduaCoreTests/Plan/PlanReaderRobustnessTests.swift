import Foundation
import Testing

@testable import ThiduaCore

/// Damaged plans are refused with a message, never a crash or a hang.
@Suite struct PlanReaderRobustnessTests {
  static let benTre: [UInt8] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("campaigns/ben-tre-2021-2025.json")
    return (try? [UInt8](Data(contentsOf: file))) ?? []
  }()

  /// Whether reading `bytes` ends in a plan or in a plan error with a position.
  func readsOrRefuses(_ bytes: [UInt8]) -> Bool {
    do {
      _ = try PlanReader.parse(bytes: bytes, file: "fuzz.json")
      return true
    } catch {
      guard case .invalidPlan(let diagnostics) = error, !diagnostics.isEmpty else { return false }
      return diagnostics.allSatisfy { $0.location.line != nil && $0.location.column != nil }
    }
  }

  @Test func bytesOverTheLimitAreRefusedWhereverTheyComeFrom() {
    let large = [UInt8](repeating: 0x20, count: JSONParser.maximumInputSize + 1)
    let message = "$: the file is larger than the 8 MiB a plan may have"
    #expect(
      throws: ThiduaError.invalidPlan(diagnostics: [
        .error(at: SourceLocation(file: "<stdin>", line: 1, column: 1), message)
      ])
    ) { try PlanReader.parse(bytes: large, file: "<stdin>") }
  }

  @Test func everyTruncationIsRefused() {
    #expect(!Self.benTre.isEmpty)
    for length in stride(from: 0, to: Self.benTre.count - 1, by: 3) {
      let truncated = Array(Self.benTre[..<length])
      #expect(throws: ThiduaError.self) { try PlanReader.parse(bytes: truncated, file: "t.json") }
    }
  }

  @Test func randomDamageIsReadOrRefused() {
    var generator = SeededGenerator(seed: 2021)
    let interesting: [UInt8] = [
      0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x2D, 0x65, 0xC3, 0xFF, 0x0A,
    ]
    for _ in 0..<2000 {
      var bytes = Self.benTre
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes[index] = interesting.randomElement(using: &generator) ?? 0
        case 1: bytes.remove(at: index)
        default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
        }
      }
      #expect(readsOrRefuses(bytes))
    }
  }
}

extension PlanReaderRobustnessTests {
  @Test func atMost100ErrorsAreListedAndTheRestCounted() throws {
    let keys = (0..<150).map { "\"k\($0)\": 0" }.joined(separator: ", ")
    let text =
      "{\"schema\": \"thidua.plan/1\", \"id\": \"t\", \"title\": \"T\", "
      + "\"period\": {\"from\": 2021, \"to\": 2025}, \(keys)}"
    do {
      _ = try PlanReader.parse(bytes: Array(text.utf8), file: "p.json")
      Issue.record("accepted")
    } catch {
      guard case .invalidPlan(let diagnostics) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(diagnostics.count == 101)
      #expect(diagnostics.first?.message.english.hasPrefix("k0: unknown key `k0`") == true)
      #expect(
        diagnostics.last?.description
          == "p.json: error: 50 more errors not listed (at most 100 are); fix the ones above first")
    }
  }

  @Test func syntaxErrorsNameTheirPath() {
    let text = "{\"schema\": \"thidua.plan/1\", \"title\": \"a\\u0000b\"}"
    #expect(
      throws: ThiduaError.invalidPlan(diagnostics: [
        .error(
          at: ThiduaCore.SourceLocation(file: "p.json", line: 1, column: 40),
          "title: strings must not contain NUL characters (\\u0000)")
      ])
    ) { try PlanReader.parse(bytes: Array(text.utf8), file: "p.json") }
  }
}

/// Plans read from files with the system's calls: what the file holds, whatever its kind, and
/// no more of a large file than it takes to refuse it.
extension PlanReaderRobustnessTests {
  @Test func aPlanFileReadsAsItsBytesDo() throws {
    try inTemporaryDirectory(prefix: "thidua-plan") { directory in
      let path = directory.appendingPathComponent("plan.json").path
      try Data(Self.benTre).write(to: URL(fileURLWithPath: path))
      #expect(try PlanReader.read(file: path) == PlanReader.parse(bytes: Self.benTre, file: path))
    }
  }

  @Test func aPlanFileOverTheLimitIsRefusedAsItsBytesAre() throws {
    try inTemporaryDirectory(prefix: "thidua-plan") { directory in
      let path = directory.appendingPathComponent("large.json").path
      let large = [UInt8](repeating: 0x20, count: JSONParser.maximumInputSize + 100_000)
      try Data(large).write(to: URL(fileURLWithPath: path))
      let message = "$: the file is larger than the 8 MiB a plan may have"
      #expect(
        throws: ThiduaError.invalidPlan(diagnostics: [
          .error(at: SourceLocation(file: path, line: 1, column: 1), message)
        ])
      ) { try PlanReader.read(file: path) }
    }
  }

  @Test func aPlanIsReadFromANamedPipe() throws {
    try inTemporaryDirectory(prefix: "thidua-plan") { directory in
      let path = directory.appendingPathComponent("plan.pipe").path
      #expect(mkfifo(path, 0o600) == 0)
      let writer = Thread {
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.write(Data(Self.benTre))
        try? handle.close()
      }
      writer.start()
      let read = try PlanReader.read(file: path)
      #expect(try read == PlanReader.parse(bytes: Self.benTre, file: path))
    }
  }

  @Test func readingToTheEndStopsAtTheLimit() throws {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0) }
    for chunkSize in [1, 7, 64, 999, 1000, 5000] {
      for limit in [0, 1, 63, 64, 65, 999, 1000, 1001, Int.max] {
        var source = MemoryByteSource(bytes, chunkSize: chunkSize)
        #expect(try source.readToEnd(limit: limit) == Array(bytes.prefix(limit)))
      }
    }
  }
}
