import Testing

@testable import ThiduaCore

/// Years reviewed under different poverty standards (the panel's `standard` column).
@Suite struct StandardsTests {
  static func data() -> DataSet {
    var data = dataSet(
      units: [commune("A", flags: ["island"])],
      counts: ["A": [2023: (1000, 90), 2024: (1000, 70), 2025: (1000, 50)]])
    data.standards = ["A": [2023: "2021-2025", 2024: "2021-2025", 2025: "2026-2030"]]
    return data
  }

  @Test func aComparisonAcrossTwoStandardsNeedsAPerson() throws {
    let a = try #require(try evaluate(StandardsTests.data())["A"])
    #expect(a.comparisons.map(\.outcome) == [.met, .review])
    #expect(a.status == .review)
    #expect(
      a.reason.hasSuffix(
        "; 2024→2025 compares figures under two poverty standards (`2021-2025` → `2026-2030`): "
          + "a person decides (acrossStandards: review)"))
  }

  @Test func thePlanMayCompareAcrossStandards() throws {
    var plan = benTreLikePlan()
    plan.acrossStandards = .compare
    let a = try #require(try evaluate(StandardsTests.data(), plan: plan)["A"])
    #expect(a.status == .eligible)
    #expect(a.reason.hasSuffix("compared as they are (acrossStandards: compare)"))
  }

  @Test func theSameStandardOrNoneSaysNothing() throws {
    var data = StandardsTests.data()
    data.standards["A"]?[2025] = "2021-2025"
    let a = try #require(try evaluate(data)["A"])
    #expect(a.status == .eligible)
    #expect(!a.reason.contains("standard"))
  }

  @Test func predecessorsSumsCarryTheirSharedStandard() throws {
    var data = dataSet(
      units: [commune("P1"), commune("P2"), commune("N", flags: ["island"])],
      counts: [
        "P1": [2023: (500, 45), 2024: (500, 35)], "P2": [2023: (500, 45), 2024: (500, 35)],
        "N": [2025: (1000, 50)],
      ])
    data.standards = [
      "P1": [2023: "old", 2024: "old"], "P2": [2023: "old", 2024: "old"], "N": [2025: "new"],
    ]
    let date = try #require(CalendarDate(iso: "2025-07-01"))
    data.mergers = MergerTable([
      Merger(oldCode: "P1", newCode: "N", effective: date),
      Merger(oldCode: "P2", newCode: "N", effective: date),
    ])
    let n = try #require(try evaluate(data)["N"])
    #expect(n.status == .review)
    #expect(
      n.reason.contains("2024→2025 compares figures under two poverty standards (`old` → `new`)"))
  }

  @Test func aPlanReadsAcrossStandards() throws {
    let reading = try PlanReader.parse(
      bytes: Array(planText(#"  "acrossStandards": "compare""#).utf8), file: "plan.json")
    #expect(reading.plan.acrossStandards == .compare)
    let plain = try PlanReader.parse(bytes: Array(planText().utf8), file: "plan.json")
    #expect(plain.plan.acrossStandards == .review)
  }
}
