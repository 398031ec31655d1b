/// Finds a unit's counts for a year: its own row, or the sum of its children when it has none
/// (SPEC 3: "only when every child has that year; own rows win").
struct UnitSeries {
  /// A unit-year as the evaluation sees it.
  enum Lookup: Equatable {
    case counts(HouseholdCounts, YearFigures.Source)
    /// No row of its own, and these children (or the unit itself, when it has none) lack the year.
    case missing(children: [String])
    /// Rows of these units were rejected, so the figure cannot be trusted.
    case invalid(units: [String])
  }

  let data: DataSet
  /// Children of each unit, sorted by code.
  let children: [String: [String]]
  private var cache: [Key: Lookup] = [:]

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
    for key in children.keys { children[key]?.sort(by: UnitSeries.codeOrder) }
    self.children = children
  }

  /// Unit codes in the order every output uses: by their UTF-8 bytes.
  static func codeOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// The unit's counts for `year`.
  mutating func lookup(_ code: String, _ year: Int) -> Lookup {
    lookup(code, year, depth: 0)
  }

  private mutating func lookup(_ code: String, _ year: Int, depth: Int) -> Lookup {
    let key = Key(code: code, year: year)
    if let cached = cache[key] { return cached }
    let result = compute(code, year, depth: depth)
    cache[key] = result
    return result
  }

  private mutating func compute(_ code: String, _ year: Int, depth: Int) -> Lookup {
    if data.invalidRows[code] != nil { return .invalid(units: [code]) }
    if let own = data.counts[code]?[year] { return .counts(own, .own) }
    // A parent_code cycle in a units file must not recurse forever; three levels is the deepest.
    guard depth < 8, let kids = children[code], !kids.isEmpty else { return .missing(children: []) }
    var sum: HouseholdCounts?
    var missing: [String] = []
    var invalid: [String] = []
    for child in kids {
      switch lookup(child, year, depth: depth + 1) {
      case .counts(let counts, _): sum = sum.map { $0 + counts } ?? counts
      case .missing: missing.append(child)
      case .invalid(let units): invalid.append(contentsOf: units)
      }
    }
    if !invalid.isEmpty { return .invalid(units: invalid) }
    if !missing.isEmpty { return .missing(children: missing) }
    guard let sum else { return .missing(children: []) }
    return .counts(sum, .children(kids))
  }

  /// A warning when a unit's own row differs from the sum of its children for `year`.
  mutating func mismatchWarning(_ code: String, _ year: Int) -> String? {
    guard let own = data.counts[code]?[year], let kids = children[code], !kids.isEmpty else {
      return nil
    }
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
