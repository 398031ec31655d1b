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
  /// Children of each unit, sorted by code.
  let children: [String: [String]]
  private var cache: [Key: Lookup] = [:]
  private var absence: [Key: Bool] = [:]

  /// The deepest recursion through children and predecessors; guards against cycles in a units
  /// file's parent codes or in mergers built without the reader's checks.
  static let maximumDepth = 64

  private struct Key: Hashable {
    var code: String
    var year: Int
  }

  init(data: DataSet) {
    self.data = data
    var children: [String: [String]] = [:]
    for unit in data.units.values {
      guard let parent = unit.parentCode, !parent.isEmpty, parent != unit.code else { continue }
      children[parent, default: []].append(unit.code)
    }
    for (key, codes) in children { children[key] = UnitSeries.sortedByCode(codes) }
    self.children = children
    // Every unit is looked up for a few years: no table grown one doubling at a time.
    cache.reserveCapacity((data.units.count + data.counts.count) * 4)
  }

  /// Unit codes in the order every output uses: by their UTF-8 bytes.
  static func codeOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// `codes` in ``codeOrder``, each code's bytes copied once rather than walked in every
  /// comparison: the evaluation sorts every unit of the country.
  static func sortedByCode(_ codes: some Sequence<String>) -> [String] {
    codes.map { (code: $0, bytes: Array($0.utf8)) }
      .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
      .map(\.code)
  }

  /// The unit's counts for `year`.
  mutating func lookup(_ code: String, _ year: Int) -> Lookup {
    lookup(code, year, depth: 0)
  }

  private mutating func lookup(_ code: String, _ year: Int, depth: Int) -> Lookup {
    // A unit's own row is the answer whatever else is known (``compute(_:_:depth:)`` looks at
    // it first too): no need to hash the unit-year twice more to cache it.
    if data.invalidRows.isEmpty, let own = data.counts[code]?[year] { return .counts(own, .own) }
    let key = Key(code: code, year: year)
    if let cached = cache[key] { return cached }
    let result = compute(code, year, depth: depth)
    cache[key] = result
    return result
  }

  private mutating func compute(_ code: String, _ year: Int, depth: Int) -> Lookup {
    if !data.invalidRows.isEmpty, data.invalidRows[code] != nil { return .invalid(units: [code]) }
    if let own = data.counts[code]?[year] { return .counts(own, .own) }
    guard depth < UnitSeries.maximumDepth else { return .missing(children: []) }
    let predecessors = data.mergers.predecessors(of: code, before: year)
    if !predecessors.isEmpty { return sum(of: predecessors, year, depth: depth) }
    guard let kids = standingChildren(code, year, depth: depth), !kids.isEmpty else {
      return .missing(children: [])
    }
    var sum: HouseholdCounts?
    var missing: [String] = []
    var invalid: [String] = []
    for child in kids {
      switch lookup(child, year, depth: depth + 1) {
      case .counts(let counts, _): sum = sum.map { $0 + counts } ?? counts
      case .missing, .missingPredecessors: missing.append(child)
      case .invalid(let units): invalid.append(contentsOf: units)
      }
    }
    if !invalid.isEmpty { return .invalid(units: invalid) }
    if !missing.isEmpty { return .missing(children: missing) }
    guard let sum else { return .missing(children: []) }
    return .counts(sum, .children(kids))
  }

  /// The sum of `predecessors` for `year`, only when every one has it (through chains of mergers:
  /// a predecessor may itself be the sum of its own predecessors).
  private mutating func sum(of predecessors: [Merger], _ year: Int, depth: Int) -> Lookup {
    var sum: HouseholdCounts?
    var missing: [String] = []
    var invalid: [String] = []
    for merger in predecessors {
      switch lookup(merger.oldCode, year, depth: depth + 1) {
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

  /// The children that existed in `year` (nil when the unit has none).
  private mutating func standingChildren(_ code: String, _ year: Int, depth: Int) -> [String]? {
    guard let kids = children[code], !kids.isEmpty else { return nil }
    var standing: [String] = []
    for child in kids where !isAbsent(child, year, depth: depth + 1) { standing.append(child) }
    return standing
  }

  /// Whether `code` did not exist at the end of `year`: it had ceased, or it was formed later by
  /// a merger (its figures are then its predecessors', counted where they were).
  private mutating func isAbsent(_ code: String, _ year: Int, depth: Int) -> Bool {
    if data.mergers.isEmpty || data.counts[code]?[year] != nil { return false }
    let key = Key(code: code, year: year)
    if let known = absence[key] { return known }
    var absent = false
    if data.mergers.merger(ending: code, by: year) != nil {
      absent = true
    } else if let formed = data.mergers.predecessors[code],
      formed.allSatisfy({ $0.effective.year > year })
    {
      absent = true
    } else if depth < UnitSeries.maximumDepth, let kids = children[code], !kids.isEmpty {
      absent = kids.allSatisfy { isAbsent($0, year, depth: depth + 1) }
    }
    absence[key] = absent
    return absent
  }

  /// How `code` came to no longer exist by the end of `year`, when it has no row of its own for
  /// it: its merger, or the mergers of all its children.
  mutating func ending(_ code: String, _ year: Int) -> Ending? {
    if data.mergers.isEmpty || data.counts[code]?[year] != nil { return nil }
    if let merger = data.mergers.merger(ending: code, by: year) { return .merged(merger) }
    guard let kids = children[code], !kids.isEmpty,
      kids.allSatisfy({ isAbsent($0, year, depth: 1) })
    else { return nil }
    var mergers: [Merger] = []
    var seen: Set<String> = [code]
    var pending = kids
    // The mergers that ended the children, or their children's (a province whose districts went).
    while let next = pending.popLast() {
      guard seen.insert(next).inserted else { continue }
      if let merger = data.mergers.merger(ending: next, by: year) {
        mergers.append(merger)
      } else {
        pending += children[next] ?? []
      }
    }
    mergers.sort { UnitSeries.codeOrder($0.oldCode, $1.oldCode) }
    return .childrenGone(children: kids, mergers: mergers)
  }

  /// The poverty standard the figures of `code` for `year` were reviewed under: its own row's, or
  /// the one standard shared by the parts summed (nil when unknown or when the parts differ).
  mutating func standard(_ code: String, _ year: Int, _ source: YearFigures.Source) -> String? {
    standard(code, year, source, depth: 0)
  }

  private mutating func standard(
    _ code: String, _ year: Int, _ source: YearFigures.Source, depth: Int
  ) -> String? {
    guard !data.standards.isEmpty else { return nil }
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

  /// A warning when a unit's own row differs from the sum of its children for `year`.
  mutating func mismatchWarning(_ code: String, _ year: Int) -> String? {
    guard children[code] != nil, let own = data.counts[code]?[year],
      let kids = standingChildren(code, year, depth: 0),
      !kids.isEmpty
    else { return nil }
    var sum: HouseholdCounts?
    for child in kids {
      guard case .counts(let counts, _) = lookup(child, year) else { return nil }
      sum = sum.map { $0 + counts } ?? counts
    }
    guard let sum, sum.total != own.total || sum.poor != own.poor else { return nil }
    return "\(year): own row says \(own.poor) poor of \(own.total) households, "
      + "its \(kids.count) children sum to \(sum.poor) of \(sum.total); the own row is used"
  }
}
