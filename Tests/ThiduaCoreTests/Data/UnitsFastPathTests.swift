import Foundation
import Testing

@testable import ThiduaCore

/// The units file's fast path takes the files it should, refuses the others, and always agrees
/// with the careful reader, warnings and their locations included.
@Suite struct UnitsFastPathTests {
  static let header = "unit_code,unit_name,level,parent_code,flags\n"

  /// A units file of `provinces` provinces, each with three districts of four communes, with
  /// Vietnamese names and a few flags, in a seeded shuffle when `shuffled`.
  static func plainUnits(provinces: Int, seed: UInt64, shuffled: Bool = false) -> String {
    var generator = SeededGenerator(seed: seed)
    var lines: [String] = []
    let flags = ["", "", "", "ward", "township", "island;coastal-extremely-difficult", ";ward;"]
    for province in 0..<provinces {
      let provinceCode = "\(10 + province)"
      lines.append("\(provinceCode),Tỉnh Tổng Hợp \(province),province,,\n")
      for district in 0..<3 {
        let districtCode = "\(provinceCode)\(district)"
        lines.append("\(districtCode),Huyện Mỹ Hoà \(district),district,\(provinceCode),\n")
        for commune in 0..<4 {
          let flag = flags[Int(generator.next() % UInt64(flags.count))]
          lines.append(
            "\(districtCode)\(commune)0,Xã Đông Hưng \(commune),commune,\(districtCode),\(flag)\n")
        }
      }
    }
    if shuffled { lines.shuffle(using: &generator) }
    return header + lines.joined()
  }

  /// Writes `bytes` to a new file and returns its path.
  static func file(_ bytes: [UInt8]) throws -> String {
    try TemporaryFile.write(bytes, prefix: "thidua-units-fast")
  }

  static func file(_ text: String) throws -> String {
    try file(Array(text.utf8))
  }

  static func careful(_ path: String) throws(ThiduaError) -> UnitsTable {
    var reader = UnitsReader()
    reader.triesFastPath = false
    return try reader.read(.file(path))
  }

  /// Expects `a` and `b` to be the same table: units and warnings.
  static func expectSame(
    _ a: UnitsTable, _ b: UnitsTable, _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(a.units == b.units, comment, sourceLocation: sourceLocation)
    // The same order and the same keys, however each reader came by them.
    #expect(a.directory == b.directory, comment, sourceLocation: sourceLocation)
    #expect(a.warnings == b.warnings, comment, sourceLocation: sourceLocation)
  }

  /// Expects ``UnitsReader`` to give for `path` what the careful reader gives: the same table, or
  /// the same error.
  static func expectReaderUnchanged(
    _ path: String, _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let careful = Result { () throws(ThiduaError) in try Self.careful(path) }
    let reader = Result { () throws(ThiduaError) in try UnitsReader().read(.file(path)) }
    switch (careful, reader) {
    case (.success(let a), .success(let b)):
      expectSame(a, b, comment, sourceLocation: sourceLocation)
    case (.failure(let a), .failure(let b)):
      #expect(a == b, comment, sourceLocation: sourceLocation)
    default:
      Issue.record("one reader failed and the other did not: \(comment?.rawValue ?? "")")
    }
  }

  static let plainFiles: [(String, String)] = [
    ("sorted", plainUnits(provinces: 20, seed: 1)),
    ("shuffled", plainUnits(provinces: 20, seed: 2, shuffled: true)),
    (
      "CRLF and BOM",
      "\u{FEFF}" + plainUnits(provinces: 3, seed: 3).replacingOccurrences(of: "\n", with: "\r\n")
    ),
    ("no final newline", String(plainUnits(provinces: 3, seed: 4).dropLast())),
    (
      "CRLF without a final newline",
      String(
        plainUnits(provinces: 3, seed: 5).replacingOccurrences(of: "\n", with: "\r\n").dropLast())
    ),
    ("a CR ending the file", header + "A,Xã A,commune,,\r"),
    (
      "columns in another order",
      "flags,level,parent_code,unit_name,unit_code\n,province,,Tỉnh Bến Tre,83\n"
        + "ward,commune,83,Phường An Hội,83001\n"
    ),
    ("without parent and flags", "unit_code,unit_name,level\n83,Tỉnh Bến Tre,province\n"),
    ("without flags", "level,unit_code,unit_name,parent_code\r\ncommune,A,Xã A,B\r\n"),
    (
      "Vietnamese names of every kind",
      header + "1,Thị trấn Mỏ Cày,commune,,\n2,Xã Phú Hưng – Bình Đại,commune,,\n"
        + "3,Phường 7,commune,,\n4,Ấp Ông Đồ,commune,,\n5,Xã Thạnh Phú Đông,commune,,\n"
        + "6,Khu phố “Mới”,commune,,\n7,Đảo Hòn Khoai,commune,,\n"
    ),
    (
      "flags of every form",
      header + "A,Xã A,commune,,ward\nB,Xã B,commune,,ward;island\nC,Xã C,commune,,;;\n"
        + "D,Xã D,commune,,island;;island;\n"
    ),
    (
      "parents missing from the file",
      header + "83,Tỉnh Bến Tre,province,,\n831,Huyện Chợ Lách,district,83,\n"
        + "8311,Xã Hoà Nghĩa,commune,839,\n8312,Xã Phú Sơn,commune,839,\n"
        + "8313,Xã Sơn Định,commune,831,\n8314,Xã Vĩnh Bình,commune,1,\n"
    ),
    (
      "a parent missing, after a Vietnamese name",
      "unit_name,unit_code,level,parent_code\nXã Hoà Nghĩa,8311,commune,839\n"
        + "Xã Phú Sơn,8312,commune,\n"
    ),
    (
      "a missing parent with CRLF and BOM",
      "\u{FEFF}flags,parent_code,unit_code,unit_name,level\r\n,9,A,Xã Ấp,commune\r\n"
    ),
    (
      "codes of every printable byte",
      header + "!#$%&'()*+-./:;<=>?@[\\]^_`{|}~,X,commune,,\n123456789012345678,Y,commune,,\n"
    ),
    ("an ASCII name with inner spaces", header + "A,Xa  A  B,commune,,\n"),
    ("one row", header + "A,A,province,,\n"),
  ]

  @Test(arguments: plainFiles)
  func plainFilesTakeTheFastPathAndAgreeWithTheCarefulReader(name: String, text: String) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = try Self.careful(path)
    let fast = try #require(UnitsFastPath.read(path: path, file: path), "\(name)")
    Self.expectSame(fast, expected, "\(name)")
    Self.expectSame(try UnitsReader().read(.file(path)), expected, "\(name)")
  }

  /// The warnings for parents not in the file name the `parent_code` value, its column counted
  /// in characters after a Vietnamese name, as the careful reader does.
  @Test func missingParentsAreWarnedAtTheirValue() throws {
    let path = try Self.file(
      "unit_name,unit_code,level,parent_code\nXã Hoà Nghĩa,8311,commune,839\nTỉnh A,83,province,\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = try #require(UnitsFastPath.read(path: path, file: "units.csv"))
    #expect(
      table.warnings == [
        .warning(
          at: SourceLocation(file: "units.csv", line: 2, column: 27),
          "column `parent_code`: unit `8311` names parent `839`, which is not in this file; "
            + "expected the code of a unit listed there")
      ])
  }

  static let otherFiles: [(String, String)] = [
    ("a quoted name", header + "A,\"Xã A\",commune,,\n"),
    ("a quote inside a name", header + "A,Xã \"A\",commune,,\n"),
    ("a blank line", header + "A,Xã A,commune,,\n\nB,Xã B,commune,,\n"),
    ("a blank line at the end", header + "A,Xã A,commune,,\n\n"),
    ("a line of commas", header + "A,Xã A,commune,,\n,,,,\n"),
    ("an extra value", header + "A,Xã A,commune,,,x\n"),
    ("an extra empty value", header + "A,Xã A,commune,,,\n"),
    ("a missing value", header + "A,Xã A,commune,\n"),
    ("an empty name", header + "A,,commune,,\n"),
    ("a name of spaces", header + "A,  ,commune,,\n"),
    ("a bad level", header + "A,Xã A,huyen,,\n"),
    ("an empty level", header + "A,Xã A,,,\n"),
    ("a level in capitals", header + "A,Xã A,Commune,,\n"),
    ("a level in upper case", header + "A,Xã A,PROVINCE,,\n"),
    ("a level with a space", header + "A,Xã A,commune ,,\n"),
    ("a decomposed name", header + "A,Xa\u{0303} A,commune,,\n"),
    ("a name after a space", header + "A, Xã A,commune,,\n"),
    ("a name before a space", header + "A,Xã A ,commune,,\n"),
    ("a name after a tab", header + "A,\tXa A,commune,,\n"),
    ("a name before a no-break space", header + "A,Xã A\u{A0},commune,,\n"),
    ("a name after an ideographic space", header + "A,\u{3000}Xã A,commune,,\n"),
    ("a name with a tab", header + "A,Xã\tA,commune,,\n"),
    ("a name with DELETE", header + "A,Xã\u{7F}A,commune,,\n"),
    ("a name with a C1 control", header + "A,Xã\u{85}A,commune,,\n"),
    ("a name with a CR", header + "A,Xã\rA,commune,,\n"),
    ("a name with an emoji", header + "A,Xã 🌾,commune,,\n"),
    ("a code listed twice", header + "A,Xã A,commune,,\nA,Xã B,commune,,\n"),
    (
      "a code listed twice, apart and out of order",
      header + "B,Xã B,commune,,\nA,Xã A,commune,,\nB,Xã C,commune,,\n"
    ),
    ("an empty code", header + ",Xã A,commune,,\n"),
    ("a code with a space", header + "A B,Xã A,commune,,\n"),
    ("a code after a space", header + " A,Xã A,commune,,\n"),
    ("a Vietnamese code", header + "Xã,Xã A,commune,,\n"),
    ("a parent with a space", header + "A,Xã A,commune,B ,\n"),
    ("flags with spaces", header + "A,Xã A,commune,, ward ; island\n"),
    ("flags with a tab", header + "A,Xã A,commune,,ward\t\n"),
    ("Vietnamese flags", header + "A,Xã A,commune,,ven biển\n"),
    ("lines ending in CR", header + "A,Xã A,commune,,\rB,Xã B,commune,,\r"),
    ("two CRs ending a line", header + "A,Xã A,commune,,\r\r\nB,Xã B,commune,,\n"),
    ("an unknown column", "unit_code,unit_name,level,note\nA,Xã A,commune,x\n"),
    ("an empty column name", "unit_code,unit_name,level,\nA,Xã A,commune,\n"),
    ("a column twice", "unit_code,unit_name,level,level\nA,Xã A,commune,commune\n"),
    ("a column missing", "unit_code,unit_name,parent_code\nA,Xã A,B\n"),
    ("a column name in capitals", "Unit_Code,unit_name,level\nA,Xã A,commune\n"),
    ("spaces around a column name", "unit_code, unit_name,level\nA,Xã A,commune\n"),
    ("semicolons", "unit_code;unit_name;level\nA;Xã A;commune\n"),
    ("a header only", header),
    ("a header without a line end", String(header.dropLast())),
    ("an empty file", ""),
    ("a blank line before the header", "\n" + header + "A,Xã A,commune,,\n"),
    ("a panel", "unit_code,year,total_households,poor_households\nA,2024,10,5\n"),
  ]

  @Test(arguments: otherFiles)
  func otherFilesAreLeftToTheCarefulReader(name: String, text: String) throws {
    let path = try Self.file(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(UnitsFastPath.read(path: path, file: path) == nil, "\(name)")
    Self.expectReaderUnchanged(path, "\(name)")
  }

  @Test func namesThatAreNotUTF8AreLeftToTheCarefulReader() throws {
    let sequences: [[UInt8]] = [
      [0xC3], [0xE1, 0xBB], [0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xEF, 0xBF, 0xBD],
    ]
    for bytes in sequences {
      let path = try Self.file(
        Array((Self.header + "A,Xã ").utf8) + bytes + Array(" A,commune,,\n".utf8))
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(UnitsFastPath.read(path: path, file: path) == nil, "\(bytes)")
      Self.expectReaderUnchanged(path, "\(bytes)")
    }
  }

  @Test func whatIsNotAFileIsLeftToTheCarefulReader() throws {
    let directory = FileManager.default.temporaryDirectory.path
    #expect(UnitsFastPath.read(path: directory, file: directory) == nil)
    #expect(UnitsFastPath.read(path: "/nonexistent/units.csv", file: "units.csv") == nil)
    Self.expectReaderUnchanged("/nonexistent/units.csv")
  }

  /// Every change of one byte of a plain units file, among those a spreadsheet or an editor
  /// leaves, gives the careful reader's result, whether the fast path takes the file or not.
  @Test func changedBytesGiveTheCarefulReadersResult() throws {
    let rows =
      "83,Tỉnh Bến Tre,province,,\n831,Huyện Chợ Lách,district,83,\n"
      + "8311,Xã Hoà Nghĩa,commune,831,ward;island\n8312,Xa Phu Son,commune,839,\n"
    let replacements =
      Array("0139,;\n\r \"-.xAB\tCDP".utf8) + [0xC3, 0xCC, 0x81, 0xA0, 0xE1, 0xBB, 0x00, 0x7F]
    var generator = SeededGenerator(seed: 42)
    var taken = 0
    for _ in 0..<400 {
      var bytes = Array((Self.header + rows).utf8)
      let offset = Self.header.utf8.count + Int(generator.next() % UInt64(rows.utf8.count))
      bytes[offset] = replacements[Int(generator.next() % UInt64(replacements.count))]
      let path = try Self.file(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      if UnitsFastPath.read(path: path, file: path) != nil { taken += 1 }
      Self.expectReaderUnchanged(path, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
    #expect(taken > 0)
  }

  /// The package's own CSV files, units files or not: the campaigns, the fuzzing corpus and the
  /// test fixtures.
  @Test func theSamplesAndFixturesGiveTheCarefulReadersResult() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var files: [String] = []
    for folder in [
      "campaigns", "Tests/FuzzCorpus", "Tests/ThiduaCoreTests/Fixtures", "Tests/EndToEndTests",
    ] {
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let url = enumerator?.nextObject() as? URL {
        if url.pathExtension == "csv" { files.append(url.path) }
      }
    }
    #expect(files.count > 10)
    for path in files.sorted() {
      Self.expectReaderUnchanged(path, "\(path)")
    }
    let sample = root.appendingPathComponent("campaigns/sample/units.csv").path
    #expect(UnitsFastPath.read(path: sample, file: sample) != nil)
  }
}

extension UnitsFastPathTests {
  /// Whether `bytes` are a name the checks after the quick one would let through: valid UTF-8,
  /// NFC as Foundation normalizes it, no control character (C0, DELETE or C1).
  static func isCleanName(_ bytes: [UInt8]) -> Bool {
    guard let text = String(validating: bytes, as: UTF8.self) else { return false }
    let hasControl = text.unicodeScalars.contains {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    return !hasControl
      && text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(
        text.unicodeScalars)
  }

  /// The quick check of a name's letters passes only what the slower checks would: every scalar
  /// below U+0300 and of Latin Extended Additional alone and after a letter, and seeded strings of
  /// bytes around the edges of each range.
  @Test func aNameOfVietnameseLettersIsOnlyPassedWhenItIsClean() {
    var scalars = Array(0x00..<0x300) + Array(0x1E00...0x1EFF)
    scalars += [0x300, 0x301, 0x2000, 0x20AB, 0x1DFF, 0x1F00, 0xFEFF]
    for value in scalars {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in [String(scalar), "a" + String(scalar), "ư" + String(scalar) + "b"] {
        let bytes = Array(text.utf8)
        let passed = bytes.withUnsafeBufferPointer(UnitsFastPath.isVietnamese)
        if passed { #expect(Self.isCleanName(bytes), "U+\(String(value, radix: 16))") }
      }
    }
    // Every letter a Vietnamese name is written with passes.
    let vietnamese = "Xã Thạnh Phong, huyện Thạnh Phú - Đắk Lắk ĂÂÊÔƠƯĐ ăâêôơưđ ỹỵỷỳý"
    #expect(Array(vietnamese.utf8).withUnsafeBufferPointer(UnitsFastPath.isVietnamese))
    let edges: [UInt8] = [
      0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xCB, 0xCC, 0xE0,
      0xE1, 0xB7, 0xB8, 0xBB, 0xBC, 0xF0, 0xFF, 0x00, 0x1F,
    ]
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<20_000 {
      let bytes = (0..<(1 + Int(generator.next() % 6))).map { _ in
        edges[Int(generator.next() % UInt64(edges.count))]
      }
      if bytes.withUnsafeBufferPointer(UnitsFastPath.isVietnamese) {
        #expect(Self.isCleanName(bytes), "\(bytes)")
      }
    }
  }
}
