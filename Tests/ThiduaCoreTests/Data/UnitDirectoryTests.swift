import Testing

@testable import ThiduaCore

@Suite struct UnitDirectoryTests {
  /// Codes of every kind a units file may hold: the lengths of Vietnam's codes, codes sharing
  /// their first eight bytes, a NUL byte, letters outside ASCII.
  static let pieces = ["", "0", "1", "9", "10", "A", "Đ", "\u{0}", "abcdefgh", "~"]

  static func randomCodes(_ generator: inout SeededGenerator, count: Int) -> [String] {
    var codes: Set<String> = []
    while codes.count < count {
      codes.insert(
        (0..<(1 + Int(generator.next() % 4)))
          .map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
    }
    return codes.sorted()
  }

  static func unit(_ code: String) -> ThiduaCore.Unit {
    Unit(code: code, name: "Xã " + code, level: .commune, parentCode: "P")
  }

  /// Listed in any order, the units come out in code order, each found by its code and no
  /// other code found; listed in code order already, they are kept as they are.
  @Test func listsUnitsInCodeOrderAndFindsEachByItsCode() throws {
    var generator = SeededGenerator(seed: 5)
    for round in 0..<40 {
      let codes = Self.randomCodes(&generator, count: 1 + round * 3)
      var listing = codes.map(Self.unit)
      if round % 4 != 0 { listing.shuffle(using: &generator) }
      let directory = try #require(UnitDirectory(listing: listing))
      let ordered = codes.sorted(by: UnitSeries.codeOrder)
      #expect(directory.codes == ordered)
      #expect(directory.units.map(\.code) == ordered)
      #expect(directory.keys == ordered.map(UnitDirectory.key))
      #expect(directory.count == codes.count)
      for (slot, code) in ordered.enumerated() {
        #expect(directory.slot(of: code) == slot)
        #expect(directory[code] == Self.unit(code))
      }
      for absent in ["abcdefgh\u{0}\u{0}\u{0}\u{0}\u{0}", "zz", "01"] where !codes.contains(absent)
      {
        #expect(!directory.contains(absent))
        #expect(directory[absent] == nil)
      }
      #expect(UnitDirectory(directory.dictionary) == directory)
    }
  }

  /// A code looked for after a unit's position is found wherever it is, before or after that
  /// position, near or far; a code not listed is not found.
  @Test func findsACodeLookedForAfterAnyPosition() throws {
    var generator = SeededGenerator(seed: 13)
    let codes = Self.randomCodes(&generator, count: 60)
    let directory = try #require(UnitDirectory(listing: codes.map(Self.unit)))
    for code in codes + ["zz", "abcdefgh\u{0}\u{0}\u{0}\u{0}\u{0}"] {
      for previous in -1...directory.count {
        #expect(directory.slot(of: code, after: previous) == directory.slot(of: code))
      }
    }
  }

  /// A code listed twice, next to itself or apart, makes no directory: the careful reader then
  /// reports both lines.
  @Test func refusesACodeListedTwice() {
    var generator = SeededGenerator(seed: 9)
    for round in 0..<40 {
      let codes = Self.randomCodes(&generator, count: 2 + round)
      var listing = codes.map(Self.unit)
      listing.shuffle(using: &generator)
      let repeated = listing[Int(generator.next() % UInt64(listing.count))]
      listing.insert(repeated, at: Int(generator.next() % UInt64(listing.count + 1)))
      #expect(UnitDirectory(listing: listing) == nil, "\(listing.map(\.code))")
    }
    #expect(UnitDirectory(listing: [Self.unit("1"), Self.unit("1")]) == nil)
  }

  /// A dictionary's units are found by its keys, as the dictionary finds them, even a unit whose
  /// own code is another; the dictionary comes back as it was given.
  @Test func findsTheUnitsOfADictionaryByItsKeys() {
    let units: [String: ThiduaCore.Unit] = [
      "K": Self.unit("X"), "L": Self.unit("X"), "A": Self.unit("A"), "10": Self.unit("10"),
    ]
    let directory = UnitDirectory(units)
    #expect(directory.codes == ["10", "A", "K", "L"])
    for (code, unit) in units { #expect(directory[code] == unit) }
    #expect(directory["X"] == nil)
    #expect(directory.dictionary == units)
  }

  @Test func anEmptyDirectoryFindsNothing() {
    let empty = UnitDirectory()
    #expect(empty.isEmpty)
    #expect(empty[""] == nil)
    #expect(UnitDirectory([:]) == empty)
    #expect(UnitDirectory(listing: []) == empty)
  }
}
