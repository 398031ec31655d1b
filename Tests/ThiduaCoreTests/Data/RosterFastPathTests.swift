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
    try TemporaryFile.write(Array(text.utf8), prefix: "thidua-fast")
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

  /// The four cells of a row, usually plain, sometimes a little off in a way the fast path must
  /// notice (a leading zero, a space, a long or non-ASCII code, a year out of range, a status in
  /// Vietnamese or capitals or misspelt...). No cell ends with a carriage return, which would
  /// mean something else at the end of a line than inside it.
  static func variedCells(_ generator: inout SeededGenerator, household: Int) -> [String] {
    func pick(_ plain: String, _ others: [String]) -> String {
      generator.next() % 5 == 0 ? others[Int(generator.next() % UInt64(others.count))] : plain
    }
    let digits = (0..<Int(generator.next() % 19)).map { _ in String(generator.next() % 10) }
    let id = String(household + 1) + digits.joined().prefix(18 - String(household).count)
    let codeCharacters = Array("09AZaz!#$%&'()*+-./:;<=>?@[\\]^_`{|}~")
    let code = String(
      (0...generator.next() % 8).map { _ in
        codeCharacters[Int(generator.next() % UInt64(codeCharacters.count))]
      })
    let year = String(1990 + generator.next() % 111)
    let status = ["poor", "near-poor", "non-poor"][Int(generator.next() % 3)]
    return [
      pick(
        id,
        [
          "0", "0\(id)", "\(id)0000000000000000000", "9999999999999999999", "18446744073709551616",
          "", " \(id)", "\(id) ", "\(id)x", "-\(id)", "\(id)\r1", "١٢",
        ]),
      pick(
        code, ["ABCDEFGH", "ABCDEFGHI", "", " A", "A ", "A\tB", "A\u{7F}", "Xã", "\u{1}", "A\rB"]),
      pick(
        year,
        ["1989", "2101", "1990", "2100", "202", "20245", "20x4", " 2024", "2024 ", "0202", "２０２４"]),
      pick(
        status,
        [
          "nghèo", "cận nghèo", "không nghèo", "POOR", "Near-Poor", "poo", "poorr", "near-poorx",
          "near-poo", "nonpoor", "non-poor ", " poor", "poor\t", "nghe\u{300}o", "\u{A0}poor",
          "\rpoor",
        ]),
    ]
  }

  /// Rosters of a few rows each, most of them a little off somewhere.
  static let variedRosters: [(usual: String, reversed: String)] = {
    var generator = SeededGenerator(seed: 7)
    return (0..<300).map { _ in
      var usual = header
      var reversed = "status,year,unit_code,household_id\n"
      let count = 1 + Int(generator.next() % 3)
      for household in 0..<count {
        let cells = variedCells(&generator, household: household)
        let end = ["\n", "\n", "\n", "\r\n", "\r\n", "\r\r\n"][Int(generator.next() % 6)]
        let last = household == count - 1 && generator.next() % 4 == 0
        usual += cells.joined(separator: ",") + (last ? "" : end)
        reversed += cells.reversed().joined(separator: ",") + (last ? "" : end)
      }
      return (usual, reversed)
    }
  }()

  /// Rows in the usual column order are parsed on their own path, rows in any other order
  /// field by field: the same rows must give the same answer both ways (the same counts, or nil
  /// both times), and an answer must be the careful reader's.
  @Test func theUsualColumnOrderIsReadAsAnyOtherOrder() throws {
    var taken = 0
    for (usual, reversed) in Self.variedRosters {
      let usualPath = try Self.file(usual)
      let reversedPath = try Self.file(reversed)
      defer {
        try? FileManager.default.removeItem(atPath: usualPath)
        try? FileManager.default.removeItem(atPath: reversedPath)
      }
      let fast = RosterFastPath.read(path: usualPath, workers: 1, parallelThreshold: 0)
      let general = RosterFastPath.read(path: reversedPath, workers: 1, parallelThreshold: 0)
      #expect(fast?.counts == general?.counts, "\(usual.debugDescription)")
      #expect(fast?.rows == general?.rows, "\(usual.debugDescription)")
      if let fast {
        taken += 1
        let expected = try Self.careful(usualPath)
        #expect(expected.diagnostics.isEmpty)
        #expect(fast.counts == expected.counts)
      }
    }
    // Both kinds of roster were generated.
    #expect(taken > 20)
    #expect(taken < Self.variedRosters.count - 20)
  }

  /// A roster several times the size of a worker's buffer: lines cut by the end of a read are
  /// read whole with the next.
  @Test(arguments: ["\n", "\r\n"])
  func rostersLargerThanTheBufferAreReadWhole(newline: String) throws {
    var text = Self.header
    var generator = SeededGenerator(seed: 11)
    let statuses = ["poor", "near-poor", "non-poor"]
    for household in 0..<90_000 {
      let unit = "U\(generator.next() % 300)"
      let status = statuses[Int(generator.next() % 3)]
      text += "\(1_000_000_007 + household * 7),\(unit),\(2021 + household % 5),\(status)\(newline)"
    }
    text.removeLast(newline.count)
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(text.utf8.count > 2 * RosterFastPath.bufferSize)
    let expected = try Self.careful(path)
    for workers in 1...3 {
      let fast = try #require(
        RosterFastPath.read(path: path, workers: workers, parallelThreshold: 0))
      #expect(fast.counts == expected.counts)
      #expect(fast.rows == 90_000)
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
