/// Every unit of a data set, numbered in the order every output lists them (by code), with what
/// the evaluation asks of each unit many times: its description, its own rows, its children.
///
/// The evaluation of the whole country looks up each unit for several years, and each district
/// and province through all its children; numbers index arrays where codes would be hashed. A
/// code's number is found by binary search over the codes' first eight bytes
/// (``UnitDirectory/key(_:)``), which for the codes of Vietnam's units (two to five digits) is
/// the whole code: building the index hashes no code.
struct UnitIndex {
  /// Every code of the units file, the data, the rejected rows and the mergers, in code order;
  /// a unit's number is its position here.
  let codes: [String]
  /// Each unit's description, when the units file (or the panel) gives one.
  let units: Descriptions
  /// Each unit's children, by number: ascending, which is code order.
  let children: [[Int]]
  /// The same children as codes, shared by every lookup that names them.
  let childCodes: [[String]]
  /// Whether each unit has rows rejected under `--skip-invalid` (empty when none has).
  let isInvalid: [Bool]
  /// Own rows: those of unit `id` are `ownRows[ownRange[id]]`, read in place in the data set.
  private let ownRange: [Range<Int>]
  private let ownRows: [CountsTable.Row]
  /// ``UnitDirectory/key(_:)`` of each code: ascending, as the codes are.
  private let keys: [UInt64]

  /// The units of the units file by number, read where the directory keeps them.
  struct Descriptions {
    let directory: [Unit]
    /// Each number's position in `directory`, or -1; empty when every number is its position.
    let slots: [Int]

    /// The description of unit `id`, if there is one.
    subscript(id: Int) -> Unit? {
      slot(id).map { directory[$0] }
    }

    /// Where the description of unit `id` is in `directory`, if there is one: a field read there,
    /// `directory[slot].name`, is read in place, where the unit returned whole by the subscript
    /// is a copy, its strings and flags retained and released.
    func slot(_ id: Int) -> Int? {
      if slots.isEmpty { return id }
      let slot = slots[id]
      return slot < 0 ? nil : slot
    }
  }

  init(data: DataSet) {
    // Every code named, from three lists: the units file's and the data's, both in code order
    // already, and the few named only by rejected rows or by mergers, put in order here. The
    // lists are merged in one pass, which numbers the codes and places each unit and each
    // series of years at once: no code is hashed, and none is looked up.
    let directory = data.directory
    let table = data.ownRows
    var others = Set(data.invalidRows.keys)
    if !data.mergers.isEmpty { others.formUnion(data.mergers.codes) }
    var described = CodeList(codes: directory.codes, keys: directory.keys)
    var withRows = CodeList(codes: table.codes)
    var named = CodeList(codes: others.sorted(by: UnitSeries.codeOrder))
    var codes: [String] = []
    var keys: [UInt64] = []
    var slots: [Int] = []
    var seriesOf: [Int] = []
    codes.reserveCapacity(directory.count)
    keys.reserveCapacity(directory.count)
    slots.reserveCapacity(directory.count)
    seriesOf.reserveCapacity(directory.count)
    while let (key, code) = CodeList.least(described, withRows, named) {
      codes.append(code)
      keys.append(key)
      slots.append(described.take(key, code) ?? -1)
      seriesOf.append(withRows.take(key, code) ?? -1)
      _ = named.take(key, code)
    }
    // Mostly the units file lists every code: each unit's number is then its position there,
    // and the directory's arrays serve as they are.
    let isDirectory = codes.count == directory.count
    if isDirectory {
      codes = directory.codes
      keys = directory.keys
    }
    self.codes = codes
    self.keys = keys
    units = Descriptions(directory: directory.units, slots: isDirectory ? [] : slots)

    var children: [[Int]] = Array(repeating: [], count: codes.count)
    // In code order, the units of one parent mostly follow each other: its number is looked up
    // once for them all.
    var previous: (parent: String, id: Int?)?
    for id in codes.indices {
      let slot = isDirectory ? id : slots[id]
      guard slot >= 0, let parent = directory.units[slot].parentCode, !parent.isEmpty,
        parent != codes[id]
      else { continue }
      let parentID: Int?
      if let previous, previous.parent == parent {
        parentID = previous.id
      } else {
        parentID = UnitDirectory.find(parent, keys: keys, codes: codes)
        previous = (parent, parentID)
      }
      if let parentID { children[parentID].append(id) }
    }

    var isInvalid: [Bool] = []
    if !data.invalidRows.isEmpty {
      isInvalid = Array(repeating: false, count: codes.count)
      for code in data.invalidRows.keys {
        if let id = UnitDirectory.find(code, keys: keys, codes: codes) { isInvalid[id] = true }
      }
    }

    self.children = children
    self.childCodes = children.map { $0.map { codes[$0] } }
    self.isInvalid = isInvalid
    self.ownRange = seriesOf.map { $0 < 0 ? 0..<0 : table.range(at: $0) }
    self.ownRows = table.rows
  }

  /// Codes in code order with their keys, taken from the front.
  private struct CodeList {
    let codes: [String]
    let keys: [UInt64]
    var next = 0

    init(codes: [String], keys: [UInt64]? = nil) {
      self.codes = codes
      self.keys = keys ?? codes.map(UnitDirectory.key)
    }

    /// Takes the first code left when it is `code` (whose key is `key`), giving its position.
    mutating func take(_ key: UInt64, _ code: String) -> Int? {
      guard next < codes.count, keys[next] == key, codes[next] == code else { return nil }
      next += 1
      return next - 1
    }

    /// The first of the codes left in three lists, with its key; nil when none is left.
    static func least(_ a: borrowing CodeList, _ b: borrowing CodeList, _ c: borrowing CodeList)
      -> (key: UInt64, code: String)?
    {
      var least: (key: UInt64, code: String)?
      a.offer(to: &least)
      b.offer(to: &least)
      c.offer(to: &least)
      return least
    }

    /// Makes `least` the first code left here, when it comes before `least`.
    private func offer(to least: inout (key: UInt64, code: String)?) {
      guard next < codes.count else { return }
      let key = keys[next]
      if let current = least,
        key > current.key
          || (key == current.key && !UnitSeries.codeOrder(codes[next], current.code))
      {
        return
      }
      least = (key, codes[next])
    }
  }

  /// The number of the unit `code`, if the data set names it.
  func id(_ code: String) -> Int? {
    UnitDirectory.find(code, keys: keys, codes: codes)
  }

  /// Whether unit `id` has rows rejected.
  func invalid(_ id: Int) -> Bool {
    !isInvalid.isEmpty && isInvalid[id]
  }

  /// The own row of unit `id` for `year`.
  func own(_ id: Int, _ year: Int) -> HouseholdCounts? {
    let range = ownRange[id]
    var slot = range.lowerBound
    while slot < range.upperBound {
      if ownRows[slot].year == year { return ownRows[slot].counts }
      slot += 1
    }
    return nil
  }
}
