/// The counts of the report's summary tables: units per status, and per parent unit the statuses
/// of the units under it. One pass over the units.
struct ReportSummary: Sendable, Hashable {
  /// Units per status, in the order of `UnitStatus.allCases`.
  var byStatus: [Int]
  /// Every unit of the report.
  var total: Int
  /// One row per parent unit: provinces, districts, then parents of other or unknown levels,
  /// each by code; the units whose parent is not known last.
  var byParent: [ParentRow]

  /// The units under one parent.
  struct ParentRow: Sendable, Hashable {
    /// The parent's code, or nil for the units whose parent is not known.
    var code: String?
    /// The parent's name, when the units file has the parent.
    var name: String?
    /// Units per status, in the order of `UnitStatus.allCases`.
    var counts: [Int]
    var total: Int
  }

  /// The counts of `units`, whose parents `directory` (the units file, by code) names.
  init(units: [UnitEvaluation], directory: UnitDirectory) {
    let statuses = UnitStatus.allCases
    var index: [UnitStatus: Int] = [:]
    for (position, status) in statuses.enumerated() { index[status] = position }
    var byStatus = [Int](repeating: 0, count: statuses.count)
    var byParentCode: [String: [Int]] = [:]
    var orphans = [Int](repeating: 0, count: statuses.count)
    for unit in units {
      let position = index[unit.status] ?? 0
      byStatus[position] += 1
      if let parent = directory[unit.code]?.parentCode, !parent.isEmpty {
        byParentCode[parent, default: [Int](repeating: 0, count: statuses.count)][position] += 1
      } else {
        orphans[position] += 1
      }
    }
    self.byStatus = byStatus
    total = units.count
    // Provinces first, then districts, then the rest, each by code: a table of the country
    // reads province by province rather than with districts and provinces interleaved.
    func rank(_ code: String) -> Int {
      switch directory[code]?.level {
      case .province: return 0
      case .district: return 1
      case .commune: return 2
      case nil: return 3
      }
    }
    let parents = byParentCode.keys.sorted { a, b in
      let (rankA, rankB) = (rank(a), rank(b))
      return rankA != rankB ? rankA < rankB : a < b
    }
    byParent = parents.map { code in
      let counts = byParentCode[code] ?? []
      return ParentRow(
        code: code, name: directory[code]?.name, counts: counts, total: counts.reduce(0, +))
    }
    let orphanTotal = orphans.reduce(0, +)
    if orphanTotal > 0 {
      byParent.append(ParentRow(code: nil, name: nil, counts: orphans, total: orphanTotal))
    }
  }
}
