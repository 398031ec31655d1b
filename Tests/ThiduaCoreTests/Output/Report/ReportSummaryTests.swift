import Testing

@testable import ThiduaCore

@Suite struct ReportSummaryTests {
  static func unit(_ code: String, _ status: UnitStatus) -> UnitEvaluation {
    UnitEvaluation(
      code: code, name: "", level: .commune, criterion: nil, status: status, reason: "")
  }

  @Test func countsEachUnitUnderItsParentAndTheRestUnderNoParent() {
    let units = [
      Self.unit("80000", .noCriterion), Self.unit("80100", .eligible),
      Self.unit("80101", .eligible), Self.unit("80102", .notEligible),
      Self.unit("80103", .merged), Self.unit("80110", .review), Self.unit("99999", .eligible),
    ]
    let directory: [String: Unit] = [
      "80000": Unit(code: "80000", name: "Tỉnh", level: .province),
      "80100": Unit(code: "80100", name: "Huyện", level: .district, parentCode: "80000"),
      "80101": Unit(code: "80101", name: "Xã 1", level: .commune, parentCode: "80100"),
      "80102": Unit(code: "80102", name: "Xã 2", level: .commune, parentCode: "80100"),
      "80103": Unit(code: "80103", name: "Xã 3", level: .commune, parentCode: "80100"),
      // After the 2025 reform: directly under the province.
      "80110": Unit(code: "80110", name: "Xã mới", level: .commune, parentCode: "80000"),
    ]
    let summary = ReportSummary(units: units, directory: UnitDirectory(directory))
    // eligible, not-eligible, review, insufficient-data, invalid-data, no-criterion, merged
    #expect(summary.byStatus == [3, 1, 1, 0, 0, 1, 1])
    #expect(summary.total == 7)
    #expect(summary.byParent.map(\.code) == ["80000", "80100", nil])
    #expect(summary.byParent.map(\.name) == ["Tỉnh", "Huyện", nil])
    #expect(summary.byParent[0].counts == [1, 0, 1, 0, 0, 0, 0])
    #expect(summary.byParent[1].counts == [1, 1, 0, 0, 0, 0, 1])
    // The province itself and 99999, which the units file does not know.
    #expect(summary.byParent[2].counts == [1, 0, 0, 0, 0, 1, 0])
    #expect(summary.byParent.map(\.total) == [2, 3, 2])
    #expect(summary.byParent.map(\.total).reduce(0, +) == summary.total)
  }

  @Test func aParentOutsideTheUnitsFileKeepsItsCodeAndNoRowIsEmpty() {
    let units = [Self.unit("1", .eligible)]
    let directory = ["1": Unit(code: "1", name: "Xã", level: .commune, parentCode: "77")]
    let summary = ReportSummary(units: units, directory: UnitDirectory(directory))
    #expect(summary.byParent.count == 1)
    #expect(summary.byParent[0].code == "77")
    #expect(summary.byParent[0].name == nil)
  }
}

extension ReportSummaryTests {
  @Test func provincesComeBeforeDistrictsWhateverTheirCodes() {
    let units = ["1001", "1002", "2001", "20"].map { Self.unit($0, .eligible) }
    let directory: [String: ThiduaCore.Unit] = [
      "1": Unit(code: "1", name: "Huyện", level: .district, parentCode: "9"),
      "9": Unit(code: "9", name: "Tỉnh", level: .province),
      "1001": Unit(code: "1001", name: "", level: .commune, parentCode: "1"),
      "1002": Unit(code: "1002", name: "", level: .commune, parentCode: "9"),
      "2001": Unit(code: "2001", name: "", level: .commune, parentCode: "5"),
      "20": Unit(code: "20", name: "", level: .commune, parentCode: "10"),
    ]
    let summary = ReportSummary(units: units, directory: UnitDirectory(directory))
    // 9 is a province, 1 a district; 10 and 5 are not in the units file: by code after them.
    #expect(summary.byParent.map(\.code) == ["9", "1", "10", "5"])
  }
}
