import Testing

@testable import ThiduaCore

@Suite struct UnitIndexTests {
  @Test func numbersEveryCodeInCodeOrderWithItsRowsAndChildren() throws {
    var data = dataSet(
      units: [
        commune("B2", parent: "D"), commune("A1", parent: "D"), commune("C", parent: "X"),
        Unit(code: "D", name: "Huyện", level: .district, parentCode: "P"),
        Unit(code: "S", name: "Tự", level: .commune, parentCode: "S"),
      ],
      counts: ["A1": [2024: (10, 1), 2025: (10, 2)], "R": [2025: (5, 1)]],
      invalid: ["Q": []])
    data.mergers = MergerTable([
      Merger(
        oldCode: "A1", newCode: "N",
        effective: try #require(CalendarDate(year: 2025, month: 7, day: 1)))
    ])
    let index = UnitIndex(data: data)
    #expect(index.codes == ["A1", "B2", "C", "D", "N", "Q", "R", "S"])
    let ids = Dictionary(uniqueKeysWithValues: index.codes.enumerated().map { ($1, $0) })
    #expect(index.id("D") == ids["D"])
    #expect(index.id("nowhere") == nil)
    let d = try #require(ids["D"])
    #expect(index.children[d] == [ids["A1"], ids["B2"]].compactMap { $0 })
    #expect(index.childCodes[d] == ["A1", "B2"])
    // A parent no file names, and a unit that names itself, have no children listed.
    #expect(index.children.allSatisfy { !$0.contains(ids["S"] ?? -1) })
    let a1 = try #require(ids["A1"])
    #expect(index.own(a1, 2025) == HouseholdCounts(total: 10, poor: 2))
    #expect(index.own(a1, 2023) == nil)
    #expect(index.units[a1]?.name == "Xã A1")
    #expect(index.units[ids["R"] ?? 0] == nil)
    #expect(index.invalid(ids["Q"] ?? 0))
    #expect(!index.invalid(a1))
  }

  /// When the units file lists every code, a unit's number is its place in the file's code
  /// order, and its description, rows and children are found all the same.
  @Test func numbersTheUnitsFileItselfWhenItListsEveryCode() throws {
    let data = dataSet(
      units: [
        commune("10003", parent: "101"), commune("10001", parent: "101"),
        commune("10101", parent: "102"), Unit(code: "1", name: "Tỉnh", level: .province),
        Unit(code: "101", name: "Huyện A", level: .district, parentCode: "1"),
        Unit(code: "102", name: "Huyện B", level: .district, parentCode: "1"),
      ],
      counts: ["10001": [2025: (10, 2)], "10101": [2024: (8, 1)]])
    let index = UnitIndex(data: data)
    #expect(index.codes == ["1", "10001", "10003", "101", "10101", "102"])
    #expect(index.codes == data.directory.codes)
    for (id, code) in index.codes.enumerated() {
      #expect(index.units[id]?.code == code)
      #expect(index.id(code) == id)
    }
    #expect(index.children == [[3, 5], [], [], [1, 2], [], [4]])
    #expect(index.childCodes[0] == ["101", "102"])
    #expect(index.own(1, 2025) == HouseholdCounts(total: 10, poor: 2))
    #expect(index.own(2, 2025) == nil)
    #expect(index.own(4, 2024) == HouseholdCounts(total: 8, poor: 1))
    #expect(!index.invalid(1))
  }

  /// Codes are numbered in the order of their bytes whatever their length, found by their first
  /// eight bytes and then compared whole: codes sharing those bytes, or differing only by a NUL
  /// byte, are each their own unit.
  @Test func findsEveryCodeAmongCodesSharingTheirFirstEightBytes() {
    let codes = [
      "abcdefgh", "abcdefghi", "abcdefgha", "abcdefg", "abcdefg\u{0}", "abcdefgh\u{0}", "1", "10",
      "100", "9", "Đ", "D", "", "abcdefghij",
    ]
    var counts: [String: [Int: (Int, Int)]] = [:]
    for code in codes { counts[code] = [2025: (10, 1)] }
    let index = UnitIndex(data: dataSet(units: [], counts: counts))
    #expect(index.codes == codes.sorted { UnitSeries.codeOrder($0, $1) })
    for code in codes {
      let id = index.id(code)
      #expect(id.map { index.codes[$0] } == code)
    }
    #expect(index.id("abcdefghijk") == nil)
    #expect(index.id("abcdefgh\u{0}\u{0}") == nil)
    #expect(index.id("0") == nil)
  }

  /// Code order is the order of the codes' UTF-8 bytes, for short and long codes, a code and
  /// the codes it begins, and letters outside ASCII.
  @Test func codeOrderIsTheOrderOfTheBytes() {
    let pieces = ["", "0", "1", "9", "10", "A", "a", "Đ", "ư", "\u{0}", "abcdefghijklmnop", "~"]
    var generator = SeededGenerator(seed: 11)
    var codes = pieces
    for _ in 0..<300 {
      codes.append(
        (0..<Int(generator.next() % 4)).map { _ in pieces[Int(generator.next() % 12)] }.joined())
    }
    for a in codes {
      for b in codes.prefix(60) {
        #expect(UnitSeries.codeOrder(a, b) == Array(a.utf8).lexicographicallyPrecedes(b.utf8))
      }
    }
  }

  @Test func yearTableKeepsValuesPerUnitAndYear() {
    var table = YearTable<Int>(count: 3)
    #expect(table[1, 2024] == nil)
    table[1, 2024] = 7
    table[2, 2025] = 9
    table[1, 2024] = 8
    #expect(table[1, 2024] == 8)
    #expect(table[2, 2025] == 9)
    #expect(table[0, 2024] == nil)
    #expect(table[2, 2024] == nil)
  }
}
