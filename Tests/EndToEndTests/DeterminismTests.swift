import Foundation
import Testing

/// The same input gives the same bytes in every format, whatever the order of its rows and of the
/// panel's columns: what an officer sends the award council must not depend on how a spreadsheet
/// happened to sort the files.
@Suite struct DeterminismTests {
  /// One way of printing: `--format` and whether `--excel` is given.
  struct Variant: Sendable, CustomTestStringConvertible {
    var format: String
    var excel: Bool

    var arguments: [String] { ["--format", format] + (excel ? ["--excel"] : []) }
    var testDescription: String { format + (excel ? " --excel" : "") }
  }

  static let variants: [Variant] =
    ["table", "csv", "tsv", "json", "ndjson"].map { Variant(format: $0, excel: false) }
    + ["csv", "tsv"].map { Variant(format: $0, excel: true) }

  static let seeds: [UInt64] = [1, 2_021, 0x5EED_2025]

  @Test(arguments: seeds)
  func shuffledPanelUnitsAndMergersGiveTheSameBytes(seed: UInt64) throws {
    try withTemporaryDirectory { directory in
      let shuffled = try SampleCopy(seed: seed, in: directory)
      for command in ["evaluate", "eligible"] {
        for variant in DeterminismTests.variants {
          try expectSameOutput(
            command, variant, original: SampleCopy.original(data: samplePanel),
            shuffled: shuffled.arguments(data: "panel.csv"))
        }
      }
    }
  }

  @Test(arguments: ["evaluate", "eligible"])
  func aShuffledRosterGivesTheSameBytes(command: String) throws {
    try withTemporaryDirectory { directory in
      let shuffled = try SampleCopy(seed: 7, in: directory)
      for variant in DeterminismTests.variants {
        try expectSameOutput(
          command, variant, original: SampleCopy.original(data: sampleRoster),
          shuffled: shuffled.arguments(data: "roster.csv"))
      }
    }
  }

  @Test func aRepeatedRunGivesTheSameBytes() throws {
    let arguments =
      ["evaluate", benTre] + SampleCopy.original(data: samplePanel) + ["--format", "json"]
    let first = try Thidua.run(arguments)
    let second = try Thidua.run(arguments)
    #expect(first.status == 0)
    #expect(!first.stdout.isEmpty)
    #expect(Array(first.stdout.utf8) == Array(second.stdout.utf8))
    #expect(first.stderr == second.stderr)
  }

  /// The shuffled copies really are shuffled, so the tests above prove something.
  @Test(arguments: seeds)
  func theCopiesAreShuffled(seed: UInt64) throws {
    try withTemporaryDirectory { directory in
      let shuffled = try SampleCopy(seed: seed, in: directory)
      for name in ["panel.csv", "roster.csv", "units.csv", "mergers.csv"] {
        let original = try String(
          contentsOf: Thidua.packageRoot.appendingPathComponent("campaigns/sample/\(name)"),
          encoding: .utf8)
        let copy = try String(
          contentsOf: shuffled.directory.appendingPathComponent(name), encoding: .utf8)
        #expect(copy != original, "\(name) was not shuffled")
        #expect(copy.split(separator: "\n").count == original.split(separator: "\n").count)
      }
      let panelHeader = try String(
        contentsOf: shuffled.directory.appendingPathComponent("panel.csv"), encoding: .utf8
      ).prefix { $0 != "\n" }
      #expect(panelHeader != "unit_code,year,total_households,poor_households,near_poor_households")
    }
  }

  // MARK: Helpers

  private func expectSameOutput(
    _ command: String, _ variant: Variant, original: [String], shuffled: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let head = [command, benTre]
    let expected = try Thidua.run(head + original + variant.arguments)
    let actual = try Thidua.run(head + shuffled + variant.arguments)
    let what = "\(command) \(variant.testDescription)"
    #expect(expected.status == 0, "\(what): \(expected.stderr)", sourceLocation: sourceLocation)
    #expect(!expected.stdout.isEmpty, "\(what)", sourceLocation: sourceLocation)
    #expect(actual.status == expected.status, "\(what)", sourceLocation: sourceLocation)
    #expect(actual.stderr == expected.stderr, "\(what)", sourceLocation: sourceLocation)
    #expect(
      Array(actual.stdout.utf8) == Array(expected.stdout.utf8),
      "\(what): output depends on the order of the input rows", sourceLocation: sourceLocation)
  }
}

/// The sample files (`campaigns/sample/`) copied to a directory with their data rows shuffled and
/// their columns reordered; each header stays the first line.
struct SampleCopy {
  let directory: URL

  /// The arguments naming the sample files themselves.
  static func original(data: String) -> [String] {
    ["--data", data, "--units", sampleUnits, "--mergers", sampleMergers]
  }

  /// Writes the shuffled copies in `directory`.
  init(seed: UInt64, in directory: URL) throws {
    self.directory = directory
    var random = SplitMix64(seed: seed)
    for name in ["panel.csv", "roster.csv", "units.csv", "mergers.csv"] {
      let url = Thidua.packageRoot.appendingPathComponent("campaigns/sample/\(name)")
      let text = try String(contentsOf: url, encoding: .utf8)
      // The sample has no quoted fields, so splitting at commas is exact.
      try #require(!text.contains("\"") && !text.contains("\r"))
      _ = try write(SampleCopy.shuffle(text, using: &random), name, in: directory)
    }
  }

  /// The arguments naming the shuffled copies, `data` being `panel.csv` or `roster.csv`.
  func arguments(data: String) -> [String] {
    [
      "--data", directory.appendingPathComponent(data).path,
      "--units", directory.appendingPathComponent("units.csv").path,
      "--mergers", directory.appendingPathComponent("mergers.csv").path,
    ]
  }

  /// The rows of `text` after the header in a random order, and its columns too.
  static func shuffle(_ text: String, using random: inout SplitMix64) -> String {
    var lines = text.split(separator: "\n").map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = lines.removeFirst()
    // Never the order given: a copy with its rows or columns in place would prove less.
    var rows = lines
    while rows == lines, Set(lines).count > 1 { random.shuffle(&rows) }
    var order = Array(header.indices)
    while order == Array(header.indices) { random.shuffle(&order) }
    return ([header] + rows).map { fields in
      order.map { fields[$0] }.joined(separator: ",") + "\n"
    }.joined()
  }
}

/// A small seeded generator (SplitMix64), so that a failure can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Fisher–Yates, written out so that the order depends on the seed alone, not on the standard
  /// library's version.
  mutating func shuffle<Element>(_ elements: inout [Element]) {
    guard elements.count > 1 else { return }
    for index in stride(from: elements.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      elements.swapAt(index, other)
    }
  }
}
