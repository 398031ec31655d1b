/// Every unit's own rows in two arrays: the units' codes in code order, and their rows, each
/// unit's together.
///
/// A table of years for each unit would be a hash table for each unit: for a panel of the whole
/// country, 10,000 small tables and about 4 MB of fresh memory, and the evaluation copied them
/// out again to number the units. Here the rows of all units are one array, which the evaluation
/// reads in place (``UnitIndex``), and a unit's rows are found by binary search over the codes.
struct CountsTable: Sendable {
  /// One row of a unit: a year and its counts.
  struct Row: Sendable, Equatable {
    var year: Int
    var counts: HouseholdCounts
  }

  /// The units' codes, each once, ascending by their UTF-8 bytes (``UnitSeries/codeOrder(_:_:)``).
  private(set) var codes: [String] = []
  /// The rows of the unit `codes[i]` are `rows[starts[i]..<starts[i + 1]]`, each year once.
  private(set) var starts: [Int] = [0]
  private(set) var rows: [Row] = []

  init() {}

  /// The table of `counts`: each unit's rows in year order.
  init(_ counts: [String: [Int: HouseholdCounts]]) {
    codes = counts.keys.sorted(by: UnitSeries.codeOrder)
    starts.reserveCapacity(codes.count + 1)
    for code in codes {
      for (year, counts) in counts[code, default: [:]].sorted(by: { $0.key < $1.key }) {
        rows.append(Row(year: year, counts: counts))
      }
      starts.append(rows.count)
    }
  }

  /// The table as a dictionary: unit code → year → counts.
  var byCode: [String: [Int: HouseholdCounts]] {
    var byCode: [String: [Int: HouseholdCounts]] = Dictionary(minimumCapacity: codes.count)
    for position in codes.indices { byCode[codes[position]] = years(at: position) }
    return byCode
  }

  /// Where the rows of the unit at `position` in ``codes`` are in ``rows``.
  func range(at position: Int) -> Range<Int> {
    starts[position]..<starts[position + 1]
  }

  /// The position of `code` in ``codes``.
  func position(of code: String) -> Int? {
    var low = 0
    var high = codes.count
    while low < high {
      let middle = (low + high) / 2
      if UnitSeries.codeOrder(codes[middle], code) { low = middle + 1 } else { high = middle }
    }
    return low < codes.count && codes[low] == code ? low : nil
  }

  /// The rows of unit `code` by year; nil when it has none.
  func counts(of code: String) -> [Int: HouseholdCounts]? {
    position(of: code).map(years(at:))
  }

  /// The rows of the unit at `position` in ``codes``, by year.
  private func years(at position: Int) -> [Int: HouseholdCounts] {
    var years: [Int: HouseholdCounts] = [:]
    for row in rows[range(at: position)] { years[row.year] = row.counts }
    return years
  }

  /// The latest year that has a row.
  var latestYear: Int? { rows.lazy.map(\.year).max() }

  /// Every year that has a row.
  var years: Set<Int> { Set(rows.lazy.map(\.year)) }
}

extension CountsTable {
  /// Makes a table from rows read one unit at a time, as a panel lists them: usually sorted by
  /// unit, each unit's years together.
  ///
  /// While each unit's code comes after the one before, a unit's rows are appended where they
  /// belong and a repeated year is found among its rows alone. A panel in another order is put
  /// in order at the end: the runs of rows of one unit are gathered, and only then are its years
  /// checked for repeats.
  struct Builder {
    /// Each run of rows: its unit's code, and where its rows start.
    private var codes: [String] = []
    private var starts: [Int] = []
    private var rows: [Row] = []
    /// Whether every run's code came after the one before.
    private var isSorted = true

    /// A builder with room for `rows` rows of `units` units.
    init(units: Int = 0, rows: Int = 0) {
      codes.reserveCapacity(units)
      starts.reserveCapacity(units + 1)
      self.rows.reserveCapacity(rows)
    }

    /// The code of the unit the rows appended now belong to.
    var currentCode: String? { codes.last }

    /// Starts a run of rows of unit `code`.
    mutating func startUnit(_ code: String) {
      if let last = codes.last, isSorted { isSorted = UnitSeries.codeOrder(last, code) }
      codes.append(code)
      starts.append(rows.count)
    }

    /// Appends a row of the current unit (``startUnit(_:)`` first); false, appending nothing,
    /// when the unit's run has a row of `year` already.
    mutating func append(year: Int, counts: HouseholdCounts) -> Bool {
      var slot = starts.last ?? 0
      while slot < rows.count {
        if rows[slot].year == year { return false }
        slot += 1
      }
      rows.append(Row(year: year, counts: counts))
      return true
    }

    /// The table; nil when a unit listed in several runs has a year in more than one.
    mutating func finish() -> CountsTable? {
      starts.append(rows.count)
      var table = CountsTable()
      if isSorted {
        table.codes = codes
        table.starts = starts
        table.rows = rows
        return table
      }
      // Runs in code order, the runs of one code in the order they were read.
      let order = codes.indices.sorted { a, b in
        codes[a] != codes[b] ? UnitSeries.codeOrder(codes[a], codes[b]) : a < b
      }
      table.rows.reserveCapacity(rows.count)
      table.codes.reserveCapacity(codes.count)
      table.starts = []
      var unitStart = 0
      for run in order {
        if table.codes.last != codes[run] {
          table.codes.append(codes[run])
          unitStart = table.rows.count
          table.starts.append(unitStart)
        }
        for row in rows[starts[run]..<starts[run + 1]] {
          if table.rows[unitStart...].contains(where: { $0.year == row.year }) { return nil }
          table.rows.append(row)
        }
      }
      table.starts.append(table.rows.count)
      return table
    }
  }
}
