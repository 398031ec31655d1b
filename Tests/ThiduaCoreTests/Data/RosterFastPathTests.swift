import Foundation
import Testing

@testable import ThiduaCore

/// The roster's fast path takes the files it should, refuses the others, and always agrees with
/// the careful reader, with any number of workers.
@Suite struct RosterFastPathTests {
  static let header = "household_id,unit_code,year,status\n"

  /// A roster of `households` households over 2021–2025, in a seeded shuffle when `shuffled`.
  static func plainRoster(households: Int, seed: UInt64, shuffled: Bool = false) -> String {
    var generator = SeededGenerator(seed: seed)
    let statuses = ["poor", "near-poor", "non-poor", "nghèo", "cận nghèo", "không nghèo"]
    var lines: [String] = []
    for year in 2021...2025 {
      for household in 0..<households {
        let unit = 10_000 + Int(generator.next() % 37)
        let status = statuses[Int(generator.next() % UInt64(statuses.count))]
        lines.append("\(900_000_000 + household * 3),\(unit),\(year),\(status)\n")
      }
    }
    if shuffled { lines.shuffle(using: &generator) }
    return header + lines.joined()
  }

  /// Writes `text` to a new file and returns its path.
  static func file(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("thidua-fast-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func careful(_ path: String) throws -> DataSet {
    var reader = RosterReader()
    reader.triesFastPath = false
    return try reader.read(.file(path))
  }

  static let plainFiles: [(String, String)] = [
    ("sorted", plainRoster(households: 400, seed: 1)),
    ("shuffled", plainRoster(households: 400, seed: 2, shuffled: true)),
    (
      "CRLF, BOM, no final newline",
      "\u{FEFF}"
        + plainRoster(households: 50, seed: 3).replacingOccurrences(of: "\n", with: "\r\n")
        .dropLast()  // "\r\n" is one Character
    ),
    (
      "columns in another order",
      "status,year,unit_code,household_id\npoor,2024,A1,7\nnon-poor,2024,A1,8\n"
    ),
    ("one row", header + "1,X,2025,poor\n"),
    (
      "nine years",
      header + (2017...2025).map { "\($0),A,\($0),poor\n" }.joined()
    ),
  ]

  @Test(arguments: plainFiles)
  func plainFilesTakeTheFastPathAndAgreeWithTheCarefulReader(name: String, text: String) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = try Self.careful(path)
    #expect(expected.diagnostics.isEmpty)
    for workers in 1...4 {
      let fast = try #require(
        RosterFastPath.read(path: path, workers: workers, parallelThreshold: 0),
        "\(name) with \(workers) workers")
      #expect(fast.counts == expected.counts)
      #expect(fast.rows == expected.accounting.read)
    }
  }

  static let otherFiles: [(String, String)] = [
    ("a quoted field", header + "1,A,2024,\"poor\"\n"),
    ("a blank line", header + "1,A,2024,poor\n\n2,A,2024,poor\n"),
    ("spaces around a value", header + "1, A,2024,poor\n"),
    ("a household listed twice", header + "1,A,2024,poor\n2,A,2024,poor\n1,A,2024,poor\n"),
    ("a text household id", header + "HN-1,A,2024,poor\n"),
    ("a household id with a leading zero", header + "01,A,2024,poor\n"),
    ("a bad status", header + "1,A,2024,rich\n"),
    ("a bad year", header + "1,A,20x4,poor\n"),
    ("a year out of range", header + "1,A,1989,poor\n"),
    ("too few fields", header + "1,A,2024\n"),
    ("too many fields", header + "1,A,2024,poor,x\n"),
    ("a long unit code", header + "1,ABCDEFGHI,2024,poor\n"),
    ("a Vietnamese unit code", header + "1,Xã,2024,poor\n"),
    ("an extra column", "household_id,unit_code,year,status,note\n1,A,2024,poor,x\n"),
    ("a header only", header),
  ]

  @Test(arguments: otherFiles)
  func otherFilesAreLeftToTheCarefulReader(name: String, text: String) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    for workers in 1...3 {
      #expect(
        RosterFastPath.read(path: path, workers: workers, parallelThreshold: 0) == nil, "\(name)")
    }
    // And through the reader, the result is the careful reader's, problems included.
    let careful = Result { try Self.careful(path) }
    let reader = Result { try RosterReader().read(.file(path)) }
    switch (careful, reader) {
    case (.success(let a), .success(let b)):
      #expect(a.counts == b.counts)
      #expect(a.diagnostics == b.diagnostics)
      #expect(a.accounting == b.accounting)
    case (.failure(let a), .failure(let b)):
      #expect("\(a)" == "\(b)")
    default:
      Issue.record("one reader failed and the other did not")
    }
  }

  /// A household in the parts of two different workers is found when the parts are merged.
  @Test func aHouseholdListedTwiceAcrossPartsIsFound() throws {
    var text = Self.header
    for household in 0..<2_000 { text += "\(household + 1),A,2024,poor\n" }
    text += "1,B,2024,poor\n"
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    for workers in 1...3 {
      #expect(RosterFastPath.read(path: path, workers: workers, parallelThreshold: 0) == nil)
    }
  }

  @Test func unknownUnitCodesGoToTheCarefulReaderForTheirMessage() throws {
    let path = try Self.file(Self.header + "1,A,2024,poor\n2,Z,2024,poor\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let units = ["A": Unit(code: "A", name: "A", level: .commune)]
    let data = try RosterReader(units: units).read(.file(path))
    #expect(data.diagnostics.count == 1)
    #expect(data.accounting == RowAccounting(read: 2, used: 1, rejected: 1))
  }
}
