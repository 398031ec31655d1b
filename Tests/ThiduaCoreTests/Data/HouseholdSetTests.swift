import Testing

@testable import ThiduaCore

/// The household set finds every repeat, in pages or scattered, and two sets' common ids are
/// those a hash set finds.
@Suite struct HouseholdSetTests {
  /// Ids in runs, as households are numbered: a few pages, densely used.
  static func runs(from start: UInt64, count: Int, step: UInt64 = 1) -> [UInt64] {
    (0..<UInt64(count)).map { start + $0 * step }
  }

  /// Ids a million apart: every id in a page of its own, so the set scatters.
  static func scattered(from start: UInt64, count: Int) -> [UInt64] {
    runs(from: start, count: count, step: 1_000_003)
  }

  static func set(_ ids: [UInt64]) -> HouseholdSet {
    var set = HouseholdSet()
    for id in ids { _ = set.insert(id) }
    return set
  }

  @Test(arguments: [
    runs(from: 900_000_000, count: 20_000, step: 3), scattered(from: 7, count: 500),
  ])
  func insertFindsEveryRepeat(ids: [UInt64]) {
    var set = HouseholdSet()
    let first = ids.map { set.insert($0) }
    let again = ids.map { set.insert($0) }
    #expect(first.allSatisfy { $0 })
    #expect(again.allSatisfy { !$0 })
    #expect(set.count == ids.count)
    #expect(ids.allSatisfy(set.contains))
    #expect(!set.contains(ids[0] + 1))
    #expect(set.sorted == ids.sorted())
  }

  static let pairs: [(String, [UInt64], [UInt64])] = [
    (
      "paged, disjoint in the same pages", runs(from: 0, count: 9_000, step: 2),
      runs(from: 1, count: 9_000, step: 2)
    ),
    (
      "paged, overlapping", runs(from: 100_000, count: 9_000, step: 3),
      runs(from: 110_000, count: 9_000, step: 5)
    ),
    ("paged, in different pages", runs(from: 0, count: 4_000), runs(from: 1 << 40, count: 4_000)),
    (
      "paged and scattered", runs(from: 5_000_000, count: 50_000),
      scattered(from: 5_000_000, count: 300)
    ),
    ("both scattered", scattered(from: 1, count: 400), scattered(from: 1_000_004, count: 400)),
  ]

  @Test(arguments: pairs)
  func intersectionIsTheCommonIds(name: String, first: [UInt64], second: [UInt64]) {
    let expected = Set(first).intersection(second).sorted()
    #expect(Self.set(first).intersection(Self.set(second)) == expected, "\(name)")
    #expect(Self.set(second).intersection(Self.set(first)) == expected, "\(name)")
  }
}
