import Testing

@testable import ThiduaCore

@Suite struct CountsTableTests {
  static func counts(_ total: Int, _ poor: Int) -> HouseholdCounts {
    HouseholdCounts(total: total, poor: poor)
  }

  @Test func aTableOfADictionaryGivesItBackInCodeOrder() {
    let byCode: [String: [Int: HouseholdCounts]] = [
      "20": [2024: Self.counts(10, 1), 2021: Self.counts(12, 3)],
      "100": [2025: Self.counts(7, 0)],
      "Đ": [2022: Self.counts(5, 5)],
      "": [2023: Self.counts(1, 0)],
    ]
    let table = CountsTable(byCode)
    #expect(table.codes == ["", "100", "20", "Đ"])
    #expect(table.byCode == byCode)
    // A unit's rows in year order.
    #expect(table.rows[table.range(at: 2)].map(\.year) == [2021, 2024])
    #expect(table.latestYear == 2025)
    #expect(table.years == [2021, 2022, 2023, 2024, 2025])
    for (code, years) in byCode { #expect(table.counts(of: code) == years) }
    for absent in ["1", "2", "200", "Đa", "D"] { #expect(table.counts(of: absent) == nil) }
    #expect(CountsTable().latestYear == nil)
    #expect(CountsTable().byCode.isEmpty)
    #expect(CountsTable([:]).starts == [0])
  }

  /// Runs of rows in a seeded order: sorted or not, the table holds what a dictionary filled row
  /// by row would, and is refused exactly when a unit has a year twice.
  @Test(arguments: 0..<200)
  func runsInAnyOrderGiveTheDictionaryOfTheirRows(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = (0..<(1 + Int(generator.next() % 12))).map { "U\($0 * 7 % 13)" }
    var runs: [(code: String, years: [Int])] = []
    for code in codes {
      for _ in 0..<(1 + Int(generator.next() % 3)) {
        let years = (0..<(1 + Int(generator.next() % 4))).map { _ in
          2020 + Int(generator.next() % (seed % 2 == 0 ? 30 : 6))
        }
        runs.append((code, years))
      }
    }
    if seed % 3 != 0 { runs.shuffle(using: &generator) }

    var builder = CountsTable.Builder()
    var expected: [String: [Int: HouseholdCounts]] = [:]
    var repeatedApart = false
    // The years of the builder's current run: runs of one code in a row are one run.
    var yearsOfRun: Set<Int> = []
    for (number, run) in runs.enumerated() {
      if number == 0 || builder.currentCode != run.code {
        builder.startUnit(run.code)
        yearsOfRun = []
      }
      for year in run.years {
        let counts = Self.counts(year, number)
        let isNewInRun = yearsOfRun.insert(year).inserted
        let appended = builder.append(year: year, counts: counts)
        #expect(appended == isNewInRun)
        guard isNewInRun else { continue }
        if expected[run.code]?[year] != nil { repeatedApart = true }
        expected[run.code, default: [:]][year] = counts
      }
    }
    let finished = builder.finish()
    if repeatedApart {
      #expect(finished == nil)
    } else {
      #expect(finished?.byCode == expected)
      #expect(finished?.codes == expected.keys.sorted(by: UnitSeries.codeOrder))
      #expect(finished?.rows.count == expected.values.map(\.count).reduce(0, +))
    }
  }

  /// Appends a row that must be taken.
  static func append(
    _ builder: inout CountsTable.Builder, year: Int, counts: HouseholdCounts,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let appended = builder.append(year: year, counts: counts)
    try #require(appended, sourceLocation: sourceLocation)
  }

  static func finish(_ builder: inout CountsTable.Builder) -> CountsTable? {
    builder.finish()
  }

  @Test func aUnitListedAgainLaterKeepsItsRowsInReadingOrder() throws {
    var builder = CountsTable.Builder()
    builder.startUnit("B")
    try Self.append(&builder, year: 2021, counts: Self.counts(1, 0))
    builder.startUnit("A")
    try Self.append(&builder, year: 2021, counts: Self.counts(2, 0))
    builder.startUnit("B")
    try Self.append(&builder, year: 2023, counts: Self.counts(3, 0))
    try Self.append(&builder, year: 2022, counts: Self.counts(4, 0))
    let table = try #require(Self.finish(&builder))
    #expect(table.codes == ["A", "B"])
    #expect(table.starts == [0, 1, 4])
    #expect(table.rows.map(\.year) == [2021, 2021, 2023, 2022])

    var again = CountsTable.Builder()
    again.startUnit("B")
    try Self.append(&again, year: 2021, counts: Self.counts(1, 0))
    again.startUnit("A")
    again.startUnit("B")
    try Self.append(&again, year: 2021, counts: Self.counts(9, 0))
    #expect(Self.finish(&again) == nil)
  }
}
