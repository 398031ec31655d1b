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
    #expect(data.units.count == 16)
    #expect(data.accounting == RowAccounting(read: 59, used: 59, rejected: 0))
    #expect(data.years == Set(2021...2025))
    #expect(data.counts["90301"]?[2024] == nil)
    #expect(data.counts["90101"]?[2024]?.poor == 186)
    #expect(data.counts["90101"]?[2025] == HouseholdCounts(total: 2150, poor: 143, nearPoor: 176))
    #expect(data.units["90202"]?.flags == ["island"])
    #expect(data.units["90201"]?.flags == ["coastal-extremely-difficult"])
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
