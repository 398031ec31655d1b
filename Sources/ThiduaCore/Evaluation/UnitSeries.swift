#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds a unit's counts for a year: its own row, the sum of its predecessors for a year before
/// the merger that formed it, or the sum of its children when it has none (SPEC 3: "only when
/// every child has that year; own rows win").
///
/// Mergers (SPEC 2): yearly figures are end-of-year reviews, so for a merger effective in year E
/// the new unit's figures for years before E are the sums of its predecessors (counts summed, rates
/// recomputed), and from E on its own rows. An old unit without a row of its own ceases in E. A
/// parent's sum for a year leaves out children that did not exist in that year (ceased, or formed
/// later from predecessors that are counted where they were), so nothing is counted twice.
struct UnitSeries {
  /// A unit-year as the evaluation sees it.
  enum Lookup: Equatable {
    case counts(HouseholdCounts, YearFigures.Source)
    /// No row of its own, and these children (or the unit itself, when it has none) lack the year.
    case missing(children: [String])
    /// Formed by a merger after the year, and these predecessors lack the year.
    case missingPredecessors([String])
    /// Rows of these units were rejected, so the figure cannot be trusted.
    case invalid(units: [String])
  }

  /// How a unit came to no longer exist in a year.
  enum Ending: Equatable {
    /// It became part of another unit.
    case merged(Merger)
    /// All its children ceased (a district whose communes all merged away); their mergers.
    case childrenGone(children: [String], mergers: [Merger])
  }

  let data: DataSet
  /// The units, numbered.
  let index: UnitIndex
  private var cache: YearTable<Lookup>
  private var absence: YearTable<Bool>

  /// The deepest recursion through children and predecessors; guards against cycles in a units
  /// file's parent codes or in mergers built without the reader's checks.
  static let maximumDepth = 64

  init(data: DataSet, index: UnitIndex? = nil) {
    self.data = data
    let index = index ?? UnitIndex(data: data)
    self.index = index
    cache = YearTable(count: index.codes.count)
    absence = YearTable(count: index.codes.count)
  }

  /// Unit codes in the order every output uses: by their UTF-8 bytes.
  ///
  /// The bytes are compared where the strings keep them (`memcmp`): going through the UTF-8 views
  /// an element at a time costs hundreds of instructions for codes of a few bytes, and codes are
  /// compared for every unit read and sorted.
  static func codeOrder(_ a: String, _ b: String) -> Bool {
    let ordered = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in bytesPrecede(x, y) }
    }
    return (ordered ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// Whether `a` comes before `b`, byte by byte, a prefix before what it begins.
  private static func bytesPrecede(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let common = min(a.count, b.count)
    if common > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, common)
      if order != 0 { return order < 0 }
    }
    return a.count < b.count
  }

  /// The counts of the unit `code` for `year` (a code the data set does not name has none).
  mutating func lookup(_ code: String, _ year: Int) -> Lookup {
    guard let id = index.id(code) else { return .missing(children: []) }
    return lookup(id, year, depth: 0)
  }

  /// The counts of unit `id` for `year`.
  mutating func lookup(_ id: Int, _ year: Int) -> Lookup {
    lookup(id, year, depth: 0)
  }

  private mutating func lookup(_ id: Int, _ year: Int, depth: Int) -> Lookup {
    // A unit's own row is the answer whatever else is known (``compute(_:_:depth:)`` looks at
    // it first too): no need to cache it.
    if index.isInvalid.isEmpty, let own = index.own(id, year) { return .counts(own, .own) }
    if let cached = cache[id, year] { return cached }
    let result = compute(id, year, depth: depth)
    cache[id, year] = result
    return result
  }

  private mutating func compute(_ id: Int, _ year: Int, depth: Int) -> Lookup {
    let code = index.codes[id]
    if index.invalid(id) { return .invalid(units: [code]) }
    if let own = index.own(id, year) { return .counts(own, .own) }
    guard depth < UnitSeries.maximumDepth else { return .missing(children: []) }
    if !data.mergers.isEmpty {
      let predecessors = data.mergers.predecessors(of: code, before: year)
      if !predecessors.isEmpty { return sum(of: predecessors, year, depth: depth) }
    }
    guard let kids = standingChildren(id, year, depth: depth), !kids.ids.isEmpty else {
      return .missing(children: [])
    }
    var sum: HouseholdCounts?
    var missing: [String] = []
    var invalid: [String] = []
    for child in kids.ids {
      switch lookup(child, year, depth: depth + 1) {
      case .counts(let counts, _): sum = sum.map { $0 + counts } ?? counts
      case .missing, .missingPredecessors: missing.append(index.codes[child])
      case .invalid(let units): invalid.append(contentsOf: units)
      }
    }
    if !invalid.isEmpty { return .invalid(units: invalid) }
    if !missing.isEmpty { return .missing(children: missing) }
    guard let sum else { return .missing(children: []) }
    return .counts(sum, .children(kids.codes))
  }

  /// The sum of `predecessors` for `year`, only when every one has it (through chains of mergers:
  /// a predecessor may itself be the sum of its own predecessors).
  private mutating func sum(of predecessors: [Merger], _ year: Int, depth: Int) -> Lookup {
    var sum: HouseholdCounts?
    var missing: [String] = []
    var invalid: [String] = []
    for merger in predecessors {
      var found = Lookup.missing(children: [])
      if let old = index.id(merger.oldCode) { found = lookup(old, year, depth: depth + 1) }
      switch found {
      case .counts(let counts, _): sum = sum.map { $0 + counts } ?? counts
      case .missingPredecessors(let earlier): missing.append(contentsOf: earlier)
      case .missing: missing.append(merger.oldCode)
      case .invalid(let units): invalid.append(contentsOf: units)
      }
    }
    if !invalid.isEmpty { return .invalid(units: invalid) }
    if !missing.isEmpty { return .missingPredecessors(missing) }
    guard let sum else { return .missing(children: []) }
    return .counts(sum, .predecessors(predecessors.map(\.oldCode)))
  }

  /// The children that existed in `year` (nil when the unit has none), by number and by code.
  private mutating func standingChildren(_ id: Int, _ year: Int, depth: Int) -> (
    ids: [Int], codes: [String]
  )? {
    let kids = index.children[id]
    guard !kids.isEmpty else { return nil }
    if data.mergers.isEmpty { return (kids, index.childCodes[id]) }
    var standing: [Int] = []
    for child in kids where !isAbsent(child, year, depth: depth + 1) { standing.append(child) }
    if standing.count == kids.count { return (kids, index.childCodes[id]) }
    return (standing, standing.map { index.codes[$0] })
  }

  /// Whether unit `id` did not exist at the end of `year`: it had ceased, or it was formed later
  /// by a merger (its figures are then its predecessors', counted where they were).
  private mutating func isAbsent(_ id: Int, _ year: Int, depth: Int) -> Bool {
    if data.mergers.isEmpty || index.own(id, year) != nil { return false }
    if let known = absence[id, year] { return known }
    let code = index.codes[id]
    var absent = false
    if data.mergers.merger(ending: code, by: year) != nil {
      absent = true
    } else if let formed = data.mergers.predecessors[code],
      formed.allSatisfy({ $0.effective.year > year })
    {
      absent = true
    } else if depth < UnitSeries.maximumDepth, !index.children[id].isEmpty {
      absent = index.children[id].allSatisfy { isAbsent($0, year, depth: depth + 1) }
    }
    absence[id, year] = absent
    return absent
  }

  /// How unit `id` came to no longer exist by the end of `year`, when it has no row of its own
  /// for it: its merger, or the mergers of all its children.
  mutating func ending(_ id: Int, _ year: Int) -> Ending? {
    if data.mergers.isEmpty || index.own(id, year) != nil { return nil }
    let code = index.codes[id]
    if let merger = data.mergers.merger(ending: code, by: year) { return .merged(merger) }
    let kids = index.children[id]
    guard !kids.isEmpty, kids.allSatisfy({ isAbsent($0, year, depth: 1) }) else { return nil }
    var mergers: [Merger] = []
    var seen: Set<Int> = [id]
    var pending = kids
    // The mergers that ended the children, or their children's (a province whose districts went).
    while let next = pending.popLast() {
      guard seen.insert(next).inserted else { continue }
      if let merger = data.mergers.merger(ending: index.codes[next], by: year) {
        mergers.append(merger)
      } else {
        pending += index.children[next]
      }
    }
    mergers.sort { UnitSeries.codeOrder($0.oldCode, $1.oldCode) }
    return .childrenGone(children: index.childCodes[id], mergers: mergers)
  }

  /// The poverty standard the figures of unit `id` for `year` were reviewed under: its own row's,
  /// or the one standard shared by the parts summed (nil when unknown or when the parts differ).
  mutating func standard(_ id: Int, _ year: Int, _ source: YearFigures.Source) -> String? {
    guard !data.standards.isEmpty else { return nil }
    return standard(index.codes[id], year, source, depth: 0)
  }

  private mutating func standard(
    _ code: String, _ year: Int, _ source: YearFigures.Source, depth: Int
  ) -> String? {
    let parts: [String]
    switch source {
    case .own: return data.standards[code]?[year]
    case .children(let codes), .predecessors(let codes): parts = codes
    }
    guard depth < UnitSeries.maximumDepth else { return nil }
    var found: Set<String> = []
    for part in parts {
      guard case .counts(_, let partSource) = lookup(part, year) else { continue }
      if let standard = standard(part, year, partSource, depth: depth + 1) {
        found.insert(standard)
      }
    }
    return found.count == 1 ? found.first : nil
  }

  /// A warning when unit `id`'s own row differs from the sum of its children for `year`.
  mutating func mismatchWarning(_ id: Int, _ year: Int) -> UnitWarning? {
    guard !index.children[id].isEmpty, let own = index.own(id, year),
      let kids = standingChildren(id, year, depth: 0),
      !kids.ids.isEmpty
    else { return nil }
    var sum: HouseholdCounts?
    for child in kids.ids {
      guard case .counts(let counts, _) = lookup(child, year) else { return nil }
      sum = sum.map { $0 + counts } ?? counts
    }
    guard let sum, sum.total != own.total || sum.poor != own.poor else { return nil }
    return .ownRowDiffers(year: year, own: own, children: kids.ids.count, sum: sum)
  }
}

/// Values kept for units and years looked up: a table per year, made when the year is first used
/// (an evaluation looks at a handful of years), holding only the units given a value.
///
/// Only units without a row of their own are kept (districts and provinces summed from their
/// children, units formed by a merger): a few hundred of the country's 10,000 units, so the
/// tables are small, not a slot for every unit written out for every year.
struct YearTable<Value> {
  /// How many units.
  let count: Int
  private var years: [Int] = []
  private var values: [[Int: Value]] = []

  init(count: Int) {
    self.count = count
  }

  subscript(id: Int, year: Int) -> Value? {
    get {
      guard let slot = years.firstIndex(of: year) else { return nil }
      return values[slot][id]
    }
    set {
      precondition((0..<count).contains(id), "unit number out of range")
      if let slot = years.firstIndex(of: year) {
        values[slot][id] = newValue
      } else if let newValue {
        years.append(year)
        values.append([id: newValue])
      }
    }
  }
}
