import Testing

@testable import ThiduaCore

/// The 2025 reform: communes P1 and P2 of district D9 became commune N on 2025-07-01; D9 ceased.
@Suite struct MergerTests {
  static let reform = CalendarDate(year: 2025, month: 7, day: 1)

  static func merger(_ old: String, _ new: String, _ date: CalendarDate? = reform) -> Merger {
    Merger(oldCode: old, newCode: new, effective: date ?? CalendarDate(daysSinceEpoch: 0))
  }

  static let units = [
    Unit(code: "PR", name: "Tỉnh", level: .province),
    Unit(code: "D9", name: "Huyện 9", level: .district, parentCode: "PR"),
    commune("P1", parent: "D9"), commune("P2", parent: "D9"), commune("N", parent: "PR"),
  ]

  /// P1 and P2 have different rates, so an average of rates would differ from the rate of sums.
  static let counts: [String: [Int: (Int, Int)]] = [
    "P1": [2021: (1000, 90), 2023: (1000, 80), 2024: (1000, 60)],
    "P2": [2021: (500, 30), 2023: (500, 25), 2024: (500, 15)],
    "N": [2025: (1500, 45)],
  ]

  static func reformData(counts: [String: [Int: (Int, Int)]] = counts) -> DataSet {
    var data = dataSet(units: units, counts: counts)
    data.mergers = MergerTable([merger("P1", "N"), merger("P2", "N")])
    return data
  }

  @Test func aMergedUnitsEarlierYearsAreTheSumsOfItsPredecessors() throws {
    let n = try #require(try evaluate(MergerTests.reformData())["N"])
    #expect(
      n.figures
        == [
          YearFigures(
            year: 2023, counts: HouseholdCounts(total: 1500, poor: 105),
            source: .predecessors(["P1", "P2"])),
          YearFigures(
            year: 2024, counts: HouseholdCounts(total: 1500, poor: 75),
            source: .predecessors(["P1", "P2"])),
          YearFigures(year: 2025, counts: HouseholdCounts(total: 1500, poor: 45), source: .own),
        ])
    // 7% → 5% → 3%: the rates of the sums, not averages of rates (6.5% and 4.5%).
    #expect(n.criterion?.id == "from-5")
    #expect(n.comparisons.map(\.reduction) == [Rational(2), Rational(2)])
    #expect(n.status == .eligible)
    #expect(n.reason.contains("2023 and 2024 figures are the sums of P1 + P2"))
  }

  @Test func theBaselineOfAMergedUnitComesFromItsPredecessors() throws {
    let n = try #require(try evaluate(MergerTests.reformData())["N"])
    // 2021: 120 of 1500 = 8%, at least 5%.
    #expect(n.reason.contains("baseline 2021: 8.00% (120 of 1500 households), at least 5%"))
    #expect(n.reason.contains("; baseline 2021 from P1 + P2"))
  }

  @Test func oldUnitsAreMergedAndNameTheirSuccessor() throws {
    let units = try evaluate(MergerTests.reformData())
    for code in ["P1", "P2"] {
      let old = try #require(units[code])
      #expect(old.status == .merged)
      #expect(old.criterion == nil)
      #expect(old.figures.isEmpty)
      #expect(old.reason == "merged into N on 2025-07-01; no longer evaluated on its own")
    }
    // Evaluated for 2024 the old communes still exist.
    let in2024 = try evaluate(MergerTests.reformData(), year: 2024)
    #expect(in2024["P1"]?.status != .merged)
  }

  @Test func aDistrictWhoseCommunesAllMergedAwayNoLongerExists() throws {
    let d9 = try #require(try evaluate(MergerTests.reformData())["D9"])
    #expect(d9.status == .insufficientData)
    #expect(d9.criterion?.id == "district")
    #expect(
      d9.reason
        == "the district no longer exists in 2025: its 2 units (P1 and P2) all ceased, merged "
        + "into N on 2025-07-01; no figures of its own for 2025, so its criterion cannot be "
        + "evaluated")
  }

  @Test func aDistrictThatMergedNoLongerExists() throws {
    var data = MergerTests.reformData()
    data.mergers = MergerTable([
      MergerTests.merger("P1", "N"), MergerTests.merger("P2", "N"), MergerTests.merger("D9", "PR"),
    ])
    let d9 = try #require(try evaluate(data)["D9"])
    #expect(d9.status == .insufficientData)
    #expect(
      d9.reason.hasPrefix("the district no longer exists in 2025: merged into PR on 2025-07-01"))
  }

  @Test func aProvinceThatMergedIsMerged() throws {
    // Bến Tre became part of Vĩnh Long: a province that merged is merged, children or not.
    var data = MergerTests.reformData()
    data.units["VL"] = Unit(code: "VL", name: "Vĩnh Long", level: .province)
    data.mergers = MergerTable([
      MergerTests.merger("P1", "N"), MergerTests.merger("P2", "N"), MergerTests.merger("PR", "VL"),
    ])
    let pr = try #require(try evaluate(data)["PR"])
    #expect(pr.status == .merged)
    #expect(pr.reason == "merged into VL on 2025-07-01; no longer evaluated on its own")
  }

  @Test func aParentCountsEachHouseholdOnceAcrossTheMerger() {
    var series = UnitSeries(data: MergerTests.reformData())
    #expect(
      series.lookup("PR", 2024)
        == .counts(HouseholdCounts(total: 1500, poor: 75), .children(["D9"])))
    #expect(
      series.lookup("PR", 2025) == .counts(HouseholdCounts(total: 1500, poor: 45), .children(["N"]))
    )
  }

  @Test func missingPredecessorsAreNamed() throws {
    var counts = MergerTests.counts
    counts["P2"]?[2023] = nil
    let n = try #require(try evaluate(MergerTests.reformData(counts: counts))["N"])
    #expect(n.status == .insufficientData)
    #expect(n.reason.hasSuffix("missing 2023 (formed later by a merger; P2 lacks 2023)"))
  }

  @Test func aMissingPredecessorBaselineLeavesTheCriterionUndecided() throws {
    var counts = MergerTests.counts
    counts["P1"]?[2021] = nil
    let n = try #require(try evaluate(MergerTests.reformData(counts: counts))["N"])
    #expect(n.status == .insufficientData)
    #expect(
      n.reason.hasSuffix(
        "2021 is missing: the unit was formed later by a merger and its predecessor P1 lacks 2021"))
  }

  @Test func chainsOfMergersReachTheFirstUnits() throws {
    let early = CalendarDate(year: 2019, month: 3, day: 1)
    var data = dataSet(
      units: [commune("A"), commune("B"), commune("C")],
      counts: [
        "A": [2017: (100, 10), 2018: (100, 8)], "B": [2019: (300, 20), 2024: (300, 12)],
        "C": [2025: (300, 9)],
      ])
    data.mergers = MergerTable([
      MergerTests.merger("A", "B", early), MergerTests.merger("B", "C"),
    ])
    var series = UnitSeries(data: data)
    #expect(
      series.lookup("C", 2018)
        == .counts(HouseholdCounts(total: 100, poor: 8), .predecessors(["B"])))
    #expect(
      series.lookup("C", 2024)
        == .counts(HouseholdCounts(total: 300, poor: 12), .predecessors(["B"])))
    #expect(series.lookup("C", 2016) == .missingPredecessors(["A"]))
    let units = try evaluate(data)
    #expect(
      units["A"]?.reason
        == "merged into B on 2019-03-01 (now part of C); no longer evaluated on its own")
    #expect(units["B"]?.status == .merged)
  }

  @Test func aCycleOfMergersEndsWithoutRecursingForever() throws {
    var data = dataSet(units: [commune("A"), commune("B")], counts: ["A": [2024: (10, 1)]])
    data.mergers = MergerTable([MergerTests.merger("A", "B"), MergerTests.merger("B", "A")])
    var series = UnitSeries(data: data)
    #expect(series.lookup("A", 2023) != .counts(HouseholdCounts(total: 10, poor: 1), .own))
    let units = try evaluate(data, year: 2025)
    #expect(units["A"]?.status == .merged)
    #expect(units["B"]?.status == .merged)
  }

  @Test func aRosterWithOldCodesThenNewCodesEqualsThePanel() throws {
    let unitsFile =
      "unit_code,unit_name,level,parent_code,flags\nPR,Tỉnh,province,,\n"
      + "D9,Huyện 9,district,PR,\nP1,Xã P1,commune,D9,\nP2,Xã P2,commune,D9,\nN,Xã N,commune,PR,\n"
    let mergersFile = "old_code,new_code,effective\nP1,N,2025-07-01\nP2,N,2025-07-01\n"
    var panel = "unit_code,year,total_households,poor_households,near_poor_households\n"
    var roster = "household_id,unit_code,year,status\n"
    let rows = MergerTests.counts.flatMap { code, years in years.map { (code, $0.key, $0.value) } }
    for (code, year, (total, poor)) in rows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
      panel += "\(code),\(year),\(total),\(poor),0\n"
      for household in 0..<total {
        // The same households: under P1 and P2 until 2024, under N in 2025.
        let id =
          code != "N"
          ? "\(code)-\(household)"
          : household < 1000 ? "P1-\(household)" : "P2-\(household - 1000)"
        roster += "\(id),\(code),\(year),\(household < poor ? "poor" : "non-poor")\n"
      }
    }
    func load(_ data: String) throws -> [UnitEvaluation] {
      let set = try DataLoader(skipInvalid: false).load(
        data: .text(data, name: "data.csv"), units: .text(unitsFile, name: "units.csv"),
        mergers: .text(mergersFile, name: "mergers.csv"))
      return try Evaluator(plan: benTreLikePlan(), data: set).evaluate().units
    }
    let fromPanel = try load(panel)
    #expect(try load(roster) == fromPanel)
    #expect(
      fromPanel.map(\.status) == [.insufficientData, .eligible, .merged, .merged, .noCriterion])
  }
}
