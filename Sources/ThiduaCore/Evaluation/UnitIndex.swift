/// Every unit of a data set, numbered in the order every output lists them (by code), with what
/// the evaluation asks of each unit many times: its description, its own rows, its children.
///
/// The evaluation of the whole country looks up each unit for several years, and each district
/// and province through all its children; numbers index arrays where codes would be hashed. A
/// code's number is found by binary search over the codes' first eight bytes (``codeKey(_:)``),
/// which for the codes of Vietnam's units (two to five digits) is the whole code: building the
/// index hashes no code.
struct UnitIndex {
  /// Every code of the units file, the data, the rejected rows and the mergers, in code order;
  /// a unit's number is its position here.
  let codes: [String]
  /// Each unit's description, when the units file (or the panel) gives one.
  let units: [Unit?]
  /// Each unit's children, by number: ascending, which is code order.
  let children: [[Int]]
  /// The same children as codes, shared by every lookup that names them.
  let childCodes: [[String]]
  /// Whether each unit has rows rejected under `--skip-invalid` (empty when none has).
  let isInvalid: [Bool]
  /// Own rows: those of unit `id` are `ownRows[ownRange[id]]`, read in place in the data set.
  private let ownRange: [Range<Int>]
  private let ownRows: [CountsTable.Row]
  /// ``codeKey(_:)`` of each code: ascending, as the codes are.
  private let keys: [UInt64]

  init(data: DataSet) {
    // Every code named, in four runs: the units file's, the data's, the rejected rows' and the
    // mergers'. Each unit and each series of years is kept beside its code, so walking the codes
    // in order numbers them and places them at once, with no code looked up.
    var named: [String] = []
    let table = data.ownRows
    named.reserveCapacity(data.units.count + table.codes.count + data.invalidRows.count)
    // Where each unit is in the units table: the unit itself is copied once, to its number.
    var described: [Dictionary<String, Unit>.Index] = []
    described.reserveCapacity(data.units.count)
    for slot in data.units.indices {
      named.append(data.units.keys[slot])
      described.append(slot)
    }
    let seriesStart = named.count
    named.append(contentsOf: table.codes)
    let invalidStart = named.count
    named.append(contentsOf: data.invalidRows.keys)
    let mergersStart = named.count
    if !data.mergers.isEmpty { named.append(contentsOf: data.mergers.codes) }
    // Sorted as keys and positions: plain numbers, moved and compared without the strings.
    var order = named.indices.map { (key: UnitIndex.codeKey(named[$0]), position: $0) }
    order.sort { a, b in
      if a.key != b.key { return a.key < b.key }
      // Mostly one code named by two files: told equal without comparing byte by byte.
      let (x, y) = (named[a.position], named[b.position])
      return x != y && UnitSeries.codeOrder(x, y)
    }
    // A code named by several files is one unit.
    var codes: [String] = []
    var keys: [UInt64] = []
    var units: [Unit?] = []
    var seriesOf: [Int] = []
    var invalidIDs: [Int] = []
    codes.reserveCapacity(data.units.count + data.invalidRows.count)
    keys.reserveCapacity(codes.capacity)
    units.reserveCapacity(codes.capacity)
    seriesOf.reserveCapacity(codes.capacity)
    for (key, position) in order {
      if keys.last != key || codes.last != named[position] {
        codes.append(named[position])
        keys.append(key)
        units.append(nil)
        seriesOf.append(-1)
      }
      let id = codes.count - 1
      if position < seriesStart {
        units[id] = data.units.values[described[position]]
      } else if position < invalidStart {
        seriesOf[id] = position - seriesStart
      } else if position < mergersStart {
        invalidIDs.append(id)
      }
    }
    self.codes = codes
    self.keys = keys

    var children: [[Int]] = Array(repeating: [], count: codes.count)
    // In code order, the units of one parent mostly follow each other: its number is looked up
    // once for them all.
    var previous: (parent: String, id: Int?)?
    for id in units.indices {
      guard let parent = units[id]?.parentCode, !parent.isEmpty, parent != codes[id] else {
        continue
      }
      let parentID: Int?
      if let previous, previous.parent == parent {
        parentID = previous.id
      } else {
        parentID = UnitIndex.find(parent, in: keys, codes)
        previous = (parent, parentID)
      }
      if let parentID { children[parentID].append(id) }
    }

    let ownRange = seriesOf.map { $0 < 0 ? 0..<0 : table.range(at: $0) }

    var isInvalid: [Bool] = []
    if !invalidIDs.isEmpty {
      isInvalid = Array(repeating: false, count: codes.count)
      for id in invalidIDs { isInvalid[id] = true }
    }

    self.units = units
    self.children = children
    self.childCodes = children.map { $0.map { codes[$0] } }
    self.isInvalid = isInvalid
    self.ownRange = ownRange
    self.ownRows = table.rows
  }

  /// The first eight bytes of `code` as one number, the first byte highest, zeros after a
  /// shorter code: keys in ascending order are codes in ``UnitSeries/codeOrder(_:_:)``, except
  /// that codes sharing their first eight bytes (or differing only by NUL bytes) share a key.
  static func codeKey(_ code: String) -> UInt64 {
    var code = code
    return code.withUTF8 { bytes in
      var key: UInt64 = 0
      var shift: UInt64 = 56
      for byte in bytes.prefix(8) {
        key |= UInt64(byte) << shift
        shift &-= 8
      }
      return key
    }
  }

  /// The position of `code` in `codes`, whose keys are `keys`.
  private static func find(_ code: String, in keys: [UInt64], _ codes: [String]) -> Int? {
    let key = codeKey(code)
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    while low < keys.count, keys[low] == key {
      if codes[low] == code { return low }
      low += 1
    }
    return nil
  }

  /// The number of the unit `code`, if the data set names it.
  func id(_ code: String) -> Int? {
    UnitIndex.find(code, in: keys, codes)
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
