import Foundation
import Testing

@testable import ThiduaCore

/// The panel's fast path takes the files it should, refuses the others, and always agrees with
/// the careful reader.
@Suite struct PanelFastPathTests {
  /// A units file's units by code.
  typealias Units = [String: ThiduaCore.Unit]

  static let header = "unit_code,year,total_households,poor_households,near_poor_households\n"

  /// A panel of `units` units over 2021–2025, in a seeded shuffle when `shuffled`.
  static func plainPanel(units: Int, seed: UInt64, shuffled: Bool = false) -> String {
    var generator = SeededGenerator(seed: seed)
    var lines: [String] = []
    for unit in 0..<units {
      for year in 2021...2025 {
        let total = 1 + Int(generator.next() % 20_000)
        let poor = Int(generator.next() % UInt64(total + 1))
        let near = Int(generator.next() % UInt64(total - poor + 1))
        lines.append("\(10_000 + unit),\(year),\(total),\(poor),\(near)\n")
      }
    }
    if shuffled { lines.shuffle(using: &generator) }
    return header + lines.joined()
  }

  /// Units named `codes`, as a units file would give them.
  static func units(_ codes: [String]) -> Units {
    Dictionary(
      uniqueKeysWithValues: codes.map { ($0, ThiduaCore.Unit(code: $0, name: $0, level: .commune)) }
    )
  }

  /// Writes `bytes` to a new file and returns its path.
  static func file(_ bytes: [UInt8]) throws -> String {
    try TemporaryFile.write(bytes, prefix: "thidua-panel-fast")
  }

  static func file(_ text: String) throws -> String {
    try file(Array(text.utf8))
  }

  static func careful(_ path: String, units: Units?) throws(ThiduaError) -> DataSet {
    var reader = PanelReader(units: units)
    reader.triesFastPath = false
    return try reader.read(.file(path))
  }

  /// Expects `a` and `b` to be the same data, field by field.
  static func expectSame(
    _ a: DataSet, _ b: DataSet, _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(a.units == b.units, comment, sourceLocation: sourceLocation)
    #expect(a.hasUnitsFile == b.hasUnitsFile, comment, sourceLocation: sourceLocation)
    #expect(a.counts == b.counts, comment, sourceLocation: sourceLocation)
    #expect(a.standards == b.standards, comment, sourceLocation: sourceLocation)
    #expect(a.invalidRows == b.invalidRows, comment, sourceLocation: sourceLocation)
    #expect(a.diagnostics == b.diagnostics, comment, sourceLocation: sourceLocation)
    #expect(a.accounting == b.accounting, comment, sourceLocation: sourceLocation)
    #expect(a.mergers.successors == b.mergers.successors, comment, sourceLocation: sourceLocation)
    #expect(
      a.mergers.predecessors == b.mergers.predecessors, comment, sourceLocation: sourceLocation)
  }

  /// Expects ``PanelReader`` to give for `path` what the careful reader gives: the same data, or
  /// the same error.
  static func expectReaderUnchanged(
    _ path: String, units: Units?, _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let careful = Result { () throws(ThiduaError) in try Self.careful(path, units: units) }
    let reader = Result { () throws(ThiduaError) in
      try PanelReader(units: units).read(.file(path))
    }
    switch (careful, reader) {
    case (.success(let a), .success(let b)):
      expectSame(a, b, comment, sourceLocation: sourceLocation)
    case (.failure(let a), .failure(let b)):
      #expect(a == b, comment, sourceLocation: sourceLocation)
    default:
      Issue.record("one reader failed and the other did not: \(comment?.rawValue ?? "")")
    }
  }

  static let knownUnits = units(["A", "B", "C", "10000", "10001", "10002"])

  static let plainFiles: [(String, String, Units?)] = [
    ("sorted", plainPanel(units: 300, seed: 1), nil),
    ("shuffled", plainPanel(units: 300, seed: 2, shuffled: true), nil),
    (
      "CRLF and BOM",
      "\u{FEFF}" + plainPanel(units: 20, seed: 3).replacingOccurrences(of: "\n", with: "\r\n"),
      nil
    ),
    ("no final newline", String(plainPanel(units: 20, seed: 4).dropLast()), nil),
    (
      "CRLF without a final newline",
      String(
        plainPanel(units: 20, seed: 5).replacingOccurrences(of: "\n", with: "\r\n").dropLast()),
      nil
    ),
    ("a CR ending the file", header + "A,2024,10,5,1\nA,2025,10,5,1\r", nil),
    (
      "columns in another order",
      "year,poor_households,near_poor_households,total_households,unit_code\n"
        + "2024,5,1,10,A\n2025,4,2,10,A\n2024,1,1,3,B\n", nil
    ),
    (
      "the code last, with CRLF",
      "year,total_households,poor_households,unit_code\r\n2024,10,5,A\r\n2025,10,4,A\r\n", nil
    ),
    (
      "without near-poor households",
      "unit_code,year,total_households,poor_households\nA,2024,10,5\nA,2025,10,4\nB,2024,3,0\n",
      nil
    ),
    ("empty near-poor cells", header + "A,2024,10,5,\nA,2025,10,4,2\nB,2024,3,0,\n", nil),
    (
      "an empty near-poor cell last, with CRLF",
      header.replacingOccurrences(of: "\n", with: "\r\n") + "A,2024,10,5,\r\nA,2025,10,4,\r\n",
      nil
    ),
    (
      "an empty near-poor cell first",
      "near_poor_households,unit_code,year,total_households,poor_households\n,A,2024,10,5\n", nil
    ),
    ("one row", header + "X,2025,1,0,0\n", nil),
    ("a units table", plainPanel(units: 3, seed: 6), knownUnits),
    ("a units table, shuffled", plainPanel(units: 3, seed: 7, shuffled: true), knownUnits),
    (
      "codes of every length and printable byte",
      header + "1,2024,1,0,0\n12345678,2024,1,0,0\n123456789,2024,1,0,0\n"
        + "X-01.b_c/d,2024,1,0,0\n!#$%&'()*+-./:;<=>?@[\\]^_`{|}~,2024,1,0,0\n", nil
    ),
    (
      "a unit met again later",
      header + "B,2021,10,1,1\nA,2021,10,1,1\nB,2022,10,1,1\nA,2022,10,1,1\nC,2021,5,5,0\n", nil
    ),
    (
      "codes that share their start",
      header + "AB,2021,10,1,1\nABC,2021,10,1,1\nA,2021,10,1,1\nAB,2022,10,1,1\n", nil
    ),
    (
      "numbers of many forms",
      header + "A,1990,0000007,7,0\nA,2100,1000000000,999999999,1\nA,2000,12345678,0,12345678\n"
        + "A,2001,  12\t, 3 ,\t\nA,2002,000000000000000012,00,0\n", nil
    ),
    ("at the limits of the checks", header + "A,2024,10,10,0\nB,2024,10,4,6\nC,2024,1,0,1\n", nil),
  ]

  @Test(arguments: plainFiles)
  func plainFilesTakeTheFastPathAndAgreeWithTheCarefulReader(
    name: String, text: String, units: Units?
  ) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = try Self.careful(path, units: units)
    #expect(expected.diagnostics.isEmpty, "\(name)")
    let fast = try #require(
      PanelFastPath.read(path: path, units: units.map(UnitDirectory.init)), "\(name)")
    Self.expectSame(fast, expected, "\(name)")
    Self.expectSame(try PanelReader(units: units).read(.file(path)), expected, "\(name)")
  }

  static let otherFiles: [(String, String, Units?)] = [
    ("a quoted value", header + "A,2024,\"10\",5,1\n", nil),
    ("a quoted code", header + "\"A\",2024,10,5,1\n", nil),
    ("a quote inside a value", header + "A\"B,2024,10,5,1\n", nil),
    ("a Vietnamese unit code", header + "Xã,2024,10,5,1\n", nil),
    ("a no-break space after a count", header + "A,2024,10\u{A0},5,1\n", nil),
    ("a no-break space in an empty cell", header + "A,2024,10,5,\u{A0}\n", nil),
    ("a blank line", header + "A,2024,10,5,1\n\nA,2025,10,5,1\n", nil),
    ("a blank line at the end", header + "A,2024,10,5,1\n\n", nil),
    ("a line of commas", header + "A,2024,10,5,1\n,,,,\nA,2025,10,5,1\n", nil),
    ("a line of spaces", header + "A,2024,10,5,1\n   \nA,2025,10,5,1\n", nil),
    ("an extra value", header + "A,2024,10,5,1,x\n", nil),
    ("an extra empty value", header + "A,2024,10,5,1,\n", nil),
    ("a missing value", header + "A,2024,10,5\n", nil),
    ("a missing value last", header + "A,2024,10,5,1\nA,2025,10", nil),
    ("a bad year", header + "A,20x4,10,5,1\n", nil),
    ("a year before 1990", header + "A,1989,10,5,1\n", nil),
    ("a year after 2100", header + "A,2101,10,5,1\n", nil),
    ("an empty year", header + "A,,10,5,1\n", nil),
    ("a thousands separator", header + "A,2024,1.000,5,1\n", nil),
    ("a negative count", header + "A,2024,10,-1,1\n", nil),
    ("a decimal count", header + "A,2024,12.5,5,1\n", nil),
    ("a formula", header + "A,2024,=B2,5,1\n", nil),
    ("a spreadsheet error", header + "A,2024,#N/A,5,1\n", nil),
    ("a count too large", header + "A,2024,1000000001,5,1\n", nil),
    ("a count of many digits", header + "A,2024,99999999999999999999,5,1\n", nil),
    ("an empty total", header + "A,2024,,5,1\n", nil),
    ("no households", header + "A,2024,0,0,0\n", nil),
    ("more poor than households", header + "A,2024,10,11,0\n", nil),
    ("more poor and near-poor than households", header + "A,2024,10,5,6\n", nil),
    ("a unit-year twice", header + "A,2024,10,5,1\nA,2024,10,5,1\n", nil),
    ("a unit-year twice, apart", header + "A,2024,10,5,1\nB,2024,10,5,1\nA,2024,9,5,1\n", nil),
    ("an unknown code", header + "A,2024,10,5,1\nZ,2024,10,5,1\n", knownUnits),
    ("an unknown code, shuffled", header + "B,2024,10,5,1\nZ,2024,10,5,1\n", knownUnits),
    ("an empty code", header + ",2024,10,5,1\n", nil),
    ("a code with a space", header + "A B,2024,10,5,1\n", nil),
    ("a code after a space", header + " A,2024,10,5,1\n", nil),
    ("a code with a tab", header + "A\t,2024,10,5,1\n", nil),
    ("a code with a control byte", header + "A\u{7F},2024,10,5,1\n", nil),
    ("lines ending in CR", header + "A,2024,10,5,1\rA,2025,10,5,1\r", nil),
    ("a CR inside a line", header + "A,2024\r,10,5,1\n", nil),
    ("two CRs ending a line", header + "A,2024,10,5,1\r\r\nA,2025,10,5,1\n", nil),
    (
      "a standard column",
      "unit_code,year,total_households,poor_households,standard\nA,2024,10,5,2022-2025\n", nil
    ),
    (
      "unit columns",
      "unit_code,unit_name,level,parent_code,flags,year,total_households,poor_households\n"
        + "A,Xã A,commune,,,2024,10,5\n", nil
    ),
    (
      "an unknown column", "unit_code,year,total_households,poor_households,note\nA,2024,10,5,x\n",
      nil
    ),
    (
      "an empty column name", "unit_code,year,total_households,poor_households,\nA,2024,10,5,\n",
      nil
    ),
    (
      "a column twice", "unit_code,year,year,total_households,poor_households\nA,2024,2024,10,5\n",
      nil
    ),
    (
      "a column missing", "unit_code,year,total_households,near_poor_households\nA,2024,10,5\n", nil
    ),
    (
      "a column name in capitals", "Unit_Code,year,total_households,poor_households\nA,2024,10,5\n",
      nil
    ),
    (
      "spaces around a column name",
      "unit_code, year,total_households,poor_households\nA,2024,10,5\n", nil
    ),
    ("semicolons", "unit_code;year;total_households;poor_households\nA;2024;10;5\n", nil),
    ("a header only", header, nil),
    ("a header without a line end", String(header.dropLast()), nil),
    ("an empty file", "", nil),
    ("a blank line before the header", "\n" + header + "A,2024,10,5,1\n", nil),
    ("a roster", "household_id,unit_code,year,status\n1,A,2024,poor\n", nil),
  ]

  @Test(arguments: otherFiles)
  func otherFilesAreLeftToTheCarefulReader(
    name: String, text: String, units: Units?
  ) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(PanelFastPath.read(path: path, units: units.map(UnitDirectory.init)) == nil, "\(name)")
    Self.expectReaderUnchanged(path, units: units, "\(name)")
  }

  @Test func bytesThatAreNotUTF8AreLeftToTheCarefulReader() throws {
    for bytes in [[0x41, 0xE0], [0x31, 0x30, 0xC3], [0xFF]] as [[UInt8]] {
      let path = try Self.file(
        Array(Self.header.utf8) + bytes + Array(",2024,10,5,1\n".utf8))
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(PanelFastPath.read(path: path, units: nil) == nil)
      Self.expectReaderUnchanged(path, units: nil)
    }
  }

  @Test func whatIsNotAFileIsLeftToTheCarefulReader() throws {
    let directory = FileManager.default.temporaryDirectory.path
    #expect(PanelFastPath.read(path: directory, units: nil) == nil)
    #expect(PanelFastPath.read(path: "/nonexistent/panel.csv", units: nil) == nil)
    Self.expectReaderUnchanged("/nonexistent/panel.csv", units: nil)
  }

  /// Every change of one byte of a plain panel, among those a spreadsheet or an editor leaves,
  /// gives the careful reader's result, whether the fast path takes the file or not.
  @Test func changedBytesGiveTheCarefulReadersResult() throws {
    let rows = "A,2021,120,10,5\nA,2022,118,9,\nB,2021,7,7,0\nB,2022,8,0,8\n"
    let replacements = Array("0159,\n\r \"-.xAB\t".utf8) + [0xC3, 0x00]
    var generator = SeededGenerator(seed: 42)
    var taken = 0
    for _ in 0..<300 {
      var bytes = Array((Self.header + rows).utf8)
      let offset = Self.header.utf8.count + Int(generator.next() % UInt64(rows.utf8.count))
      bytes[offset] = replacements[Int(generator.next() % UInt64(replacements.count))]
      let path = try Self.file(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      for units in [nil, Self.knownUnits] {
        if PanelFastPath.read(path: path, units: units.map(UnitDirectory.init)) != nil {
          taken += 1
        }
        Self.expectReaderUnchanged(
          path, units: units, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
      }
    }
    #expect(taken > 0)
  }

  /// The package's own panels and data fixtures: the sample campaign and the fuzzing corpus.
  @Test func theSamplesAndFixturesGiveTheCarefulReadersResult() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let sampleUnits = try UnitsReader().read(
      .file(root.appendingPathComponent("campaigns/sample/units.csv").path)
    ).units
    var files: [String] = []
    for folder in ["campaigns", "Tests/FuzzCorpus", "Tests/ThiduaCoreTests/Fixtures"] {
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let url = enumerator?.nextObject() as? URL {
        if url.pathExtension == "csv" { files.append(url.path) }
      }
    }
    #expect(files.count > 10)
    var taken = 0
    for path in files.sorted() {
      for units in [nil, sampleUnits] {
        if PanelFastPath.read(path: path, units: units.map(UnitDirectory.init)) != nil {
          taken += 1
        }
        Self.expectReaderUnchanged(path, units: units, "\(path)")
      }
    }
    #expect(taken >= 2)
    let sample = root.appendingPathComponent("campaigns/sample/panel.csv").path
    #expect(PanelFastPath.read(path: sample, units: UnitDirectory(sampleUnits)) != nil)
  }
}
