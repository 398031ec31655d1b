/// Every unit of a data set, numbered in the order every output lists them (by code), with what
/// the evaluation asks of each unit many times: its description, its own rows, its children.
///
/// The evaluation of the whole country looks up each unit for several years, and each district
/// and province through all its children; numbers index arrays where codes would be hashed.
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
  /// Own rows: those of unit `id` are `ownRows[ownStart[id]..<ownStart[id + 1]]`.
  private let ownStart: [Int]
  private let ownRows: [(year: Int, counts: HouseholdCounts)]
  private let ids: [String: Int]

  init(data: DataSet) {
    var all = Set(data.units.keys)
    all.formUnion(data.counts.keys)
    all.formUnion(data.invalidRows.keys)
    if !data.mergers.isEmpty { all.formUnion(data.mergers.codes) }
    let codes = UnitSeries.sortedByCode(all)
    var ids: [String: Int] = [:]
    ids.reserveCapacity(codes.count)
    for (id, code) in codes.enumerated() { ids[code] = id }

    var units: [Unit?] = Array(repeating: nil, count: codes.count)
    var children: [[Int]] = Array(repeating: [], count: codes.count)
    for (code, unit) in data.units {
      guard let id = ids[code] else { continue }
      units[id] = unit
      guard let parent = unit.parentCode, !parent.isEmpty, parent != code,
        let parentID = ids[parent]
      else { continue }
      children[parentID].append(id)
    }
    for id in children.indices where children[id].count > 1 { children[id].sort() }

    var rowCount = Array(repeating: 0, count: codes.count + 1)
    var rowsByID: [(id: Int, years: [Int: HouseholdCounts])] = []
    rowsByID.reserveCapacity(data.counts.count)
    for (code, years) in data.counts {
      guard let id = ids[code] else { continue }
      rowCount[id] = years.count
      rowsByID.append((id, years))
    }
    var ownStart = Array(repeating: 0, count: codes.count + 1)
    for id in codes.indices { ownStart[id + 1] = ownStart[id] + rowCount[id] }
    var ownRows = Array(
      repeating: (year: 0, counts: HouseholdCounts(total: 0, poor: 0)), count: ownStart[codes.count]
    )
    for (id, years) in rowsByID {
      var slot = ownStart[id]
      for (year, counts) in years {
        ownRows[slot] = (year, counts)
        slot += 1
      }
    }

    var isInvalid: [Bool] = []
    if !data.invalidRows.isEmpty {
      isInvalid = Array(repeating: false, count: codes.count)
      for code in data.invalidRows.keys { if let id = ids[code] { isInvalid[id] = true } }
    }

    self.codes = codes
    self.units = units
    self.children = children
    self.childCodes = children.map { $0.map { codes[$0] } }
    self.isInvalid = isInvalid
    self.ownStart = ownStart
    self.ownRows = ownRows
    self.ids = ids
  }

  /// The number of the unit `code`, if the data set names it.
  func id(_ code: String) -> Int? {
    ids[code]
  }

  /// Whether unit `id` has rows rejected.
  func invalid(_ id: Int) -> Bool {
    !isInvalid.isEmpty && isInvalid[id]
  }

  /// The own row of unit `id` for `year`.
  func own(_ id: Int, _ year: Int) -> HouseholdCounts? {
    var slot = ownStart[id]
    let end = ownStart[id + 1]
    while slot < end {
      if ownRows[slot].year == year { return ownRows[slot].counts }
      slot += 1
    }
    return nil
  }
}
