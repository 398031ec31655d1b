import Foundation
import Testing

@testable import ThiduaCore

/// The synthetic sample in `campaigns/sample/` reads cleanly, and its roster is the household-level
/// form of part of its panel.
@Suite struct SampleDataTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("campaigns/sample")

  func path(_ name: String) -> String { SampleDataTests.folder.appendingPathComponent(name).path }

  @Test func readsThePanelWithoutFindings() throws {
    let data = try DataLoader(skipInvalid: false).load(
      dataFile: path("panel.csv"), unitsFile: path("units.csv"))
    #expect(data.diagnostics.isEmpty)
    #expect(data.units.count == 21)
    #expect(data.accounting == RowAccounting(read: 72, used: 72, rejected: 0))
    #expect(data.years == Set(2021...2025))
    #expect(data.counts["90301"]?[2024] == nil)
    #expect(data.counts["90101"]?[2024]?.poor == 186)
    #expect(data.counts["90101"]?[2025] == HouseholdCounts(total: 2150, poor: 143, nearPoor: 176))
    #expect(data.units["90202"]?.flags == ["island"])
    #expect(data.units["90201"]?.flags == ["coastal-extremely-difficult"])
  }

  @Test func readsTheMergersOfTheReform() throws {
    let data = try DataLoader(skipInvalid: false).load(
      dataFile: path("panel.csv"), unitsFile: path("units.csv"), mergersFile: path("mergers.csv"))
    #expect(data.mergers.predecessors["90410"]?.map(\.oldCode) == ["90401", "90402", "90403"])
    #expect(data.counts["90410"]?.keys.sorted() == [2025])
    for code in ["90401", "90402", "90403"] {
      #expect(data.counts[code]?.keys.sorted() == Array(2021...2024), "unit \(code)")
    }
  }

  @Test func rosterAggregatesToThePanelRowsOfItsCommunes() throws {
    let loader = DataLoader(skipInvalid: false)
    let roster = try loader.load(dataFile: path("roster.csv"), unitsFile: path("units.csv"))
    let panel = try loader.load(dataFile: path("panel.csv"), unitsFile: path("units.csv"))
    #expect(roster.diagnostics.isEmpty)
    #expect(roster.counts.keys.sorted() == ["90101", "90102", "90103", "90104"])
    for (code, years) in roster.counts {
      #expect(years == panel.counts[code], "unit \(code)")
      #expect(panel.units[code]?.parentCode == "90100")
    }
    #expect(roster.accounting.rejected == 0)
  }
}
