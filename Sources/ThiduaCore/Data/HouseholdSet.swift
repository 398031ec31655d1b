/// The numeric household ids seen in one year, exactly, in memory that follows how the ids are
/// spread rather than how many rows the roster has.
///
/// Household ids are issued in runs (by province, commune, review), so the set keeps one bit per
/// possible id in pages of ``pageBits`` ids, created when an id first falls in them: 28 million
/// households with ids in a few runs take about 3.5 MB a year, not the 450 MB a hash set of 28
/// million numbers needs. When the ids are too scattered for pages to pay (fewer than one id in
/// ``sparseLimit`` of the page space used), the set moves to a hash set of the numbers, so the
/// worst case is that of a hash set, never worse.
struct HouseholdSet: Sendable {
  /// Ids per page: 4,096 bits, 512 bytes.
  static let pageBits = 1 << 12
  /// Pages are kept while they hold at least one id in this many bits on average.
  static let sparseLimit = 64

  private var pageOf: [UInt64: Int32] = [:]
  private var words: [UInt64] = []
  private var scattered: Set<UInt64>?
  private var lastPage: UInt64 = .max
  private var lastOffset = 0
  /// How many ids the set holds.
  private(set) var count = 0

  /// Adds `id`; false when it was already there.
  @inline(__always)
  mutating func insert(_ id: UInt64) -> Bool {
    let page = id >> 12
    if page != lastPage {
      // A scattered set keeps `lastPage` at .max, which no id's page is, so that a paged set
      // pays for the test only when the page changes. Selecting a page may scatter the set.
      if scattered == nil { selectPage(page) }
      if scattered != nil { return insertScattered(id) }
    }
    let bit = Int(id & 0xFFF)
    let index = lastOffset + bit >> 6
    let mask: UInt64 = 1 << UInt64(bit & 63)
    if words[index] & mask != 0 { return false }
    words[index] |= mask
    count += 1
    return true
  }

  /// Whether `id` is in the set.
  func contains(_ id: UInt64) -> Bool {
    if let scattered { return scattered.contains(id) }
    guard let page = pageOf[id >> 12] else { return false }
    let bit = Int(id & 0xFFF)
    return words[Int(page) + bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Every id, in increasing order.
  var sorted: [UInt64] {
    if let scattered { return scattered.sorted() }
    var ids: [UInt64] = []
    ids.reserveCapacity(count)
    for (page, offset) in pageOf.sorted(by: { $0.key < $1.key }) {
      for word in 0..<HouseholdSet.pageBits / 64 {
        var bits = words[Int(offset) + word]
        while bits != 0 {
          let low = UInt64(bits.trailingZeroBitCount)
          ids.append(page << 12 | UInt64(word) << 6 | low)
          bits &= bits - 1
        }
      }
    }
    return ids
  }

  /// The ids in both sets, in increasing order.
  ///
  /// Paged sets are compared a page at a time, 64 ids to a bitwise AND, so that two sets of
  /// millions of ids (the parts of a roster) are compared without listing or hashing their ids.
  func intersection(_ other: HouseholdSet) -> [UInt64] {
    let (small, large) = count <= other.count ? (self, other) : (other, self)
    if small.scattered != nil || large.scattered != nil {
      return small.sorted.filter { large.contains($0) }
    }
    var ids: [UInt64] = []
    for (page, offset) in small.pageOf {
      guard let otherOffset = large.pageOf[page] else { continue }
      for word in 0..<HouseholdSet.pageBits / 64 {
        var bits = small.words[Int(offset) + word] & large.words[Int(otherOffset) + word]
        while bits != 0 {
          ids.append(page << 12 | UInt64(word) << 6 | UInt64(bits.trailingZeroBitCount))
          bits &= bits - 1
        }
      }
    }
    return ids.sorted()
  }

  private mutating func selectPage(_ page: UInt64) {
    if let offset = pageOf[page] {
      lastOffset = Int(offset)
    } else {
      let pages = pageOf.count + 1
      if pages > 16, count < pages * HouseholdSet.pageBits / HouseholdSet.sparseLimit {
        scatter()
        return
      }
      lastOffset = words.count
      pageOf[page] = Int32(lastOffset)
      words.append(contentsOf: repeatElement(0, count: HouseholdSet.pageBits / 64))
    }
    lastPage = page
  }

  /// Moves the ids to a hash set, for ids too scattered for pages.
  private mutating func scatter() {
    var set = Set<UInt64>(minimumCapacity: count * 2)
    for id in sorted { set.insert(id) }
    scattered = set
    pageOf = [:]
    words = []
    lastPage = .max
  }

  private mutating func insertScattered(_ id: UInt64) -> Bool {
    guard scattered?.insert(id).inserted == true else { return false }
    count += 1
    return true
  }
}
