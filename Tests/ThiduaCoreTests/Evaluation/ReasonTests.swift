import Testing

@testable import ThiduaCore

/// Reasons are written straight into the table; they must read exactly as the same reason
/// cleaned as any other cell, whatever the plan's titles and the data's codes hold.
@Suite struct ReasonTests {
  /// Titles a table cannot show as they are, and one it can.
  static let titles: [String?] = [
    "Xã dưới 5%", "Tab\there", "line\r\nbreak", "Thu\u{309}y decomposed", "\u{301}mark first",
    "emoji 👨‍👩‍👧 joined", nil,
  ]

  @Test(arguments: titles)
  func theTableShowsEveryReasonAsItsCleanedText(title: String?) throws {
    var plan = benTreLikePlan()
    for index in plan.criteria.indices { plan.criteria[index].title = title }
    let data = dataSet(
      units: [
        commune("A"), commune("B", flags: ["island"]), commune("C\tD"),
        Unit(code: "D1", name: "Huyện\t1", level: .district, parentCode: "P", flags: []),
      ],
      counts: [
        "A": [2021: (100, 4), 2023: (100, 10), 2024: (100, 8), 2025: (100, 6)],
        "B": [2021: (100, 9), 2023: (100, 9), 2024: (100, 6), 2025: (100, 3)],
        "C\tD": [2021: (100, 9), 2024: (100, 6), 2025: (100, 3)],
        "X": [2025: (10, 1)],
      ])
    let report = try Evaluator(plan: plan, data: data).evaluate()
    #expect(report.units.count == 5)
    let table = EvaluationRenderer.render(report, format: .table, list: .evaluation)
    let expected = TextTable(
      header: ["code", "name", "level", "criterion", "status", "reason"],
      rows: report.units.map { unit in
        [
          unit.code, unit.name, unit.level?.rawValue ?? "-", unit.criterion?.id ?? "-",
          unit.status.rawValue, unit.reason,
        ]
      }
    ).render()
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.dropFirst(2).prefix(7).joined(separator: "\n") + "\n" == expected)
    for unit in report.units {
      #expect(!table.contains("\t"))
      #expect(table.contains(TextTable.clean(unit.reason)))
    }
  }

  @Test func aReasonGivenAsTextIsKeptAsIs() {
    var unit = UnitEvaluation(
      code: "1", name: "", level: nil, criterion: nil, status: .review, reason: "first")
    #expect(unit.reason == "first")
    unit.reason = "second"
    #expect(unit.reason == "second")
  }

  @Test func evaluationsAreEqualWhenTheySayTheSame() throws {
    let data = dataSet(
      units: [commune("A")], counts: ["A": [2021: (100, 4), 2023: (100, 10), 2025: (100, 6)]])
    let report = try Evaluator(plan: benTreLikePlan(), data: data).evaluate()
    let unit = try #require(report.units.first)
    var copy = unit
    copy.reason = unit.reason
    #expect(copy == unit)
    #expect(copy.hashValue == unit.hashValue)
    copy.reason += "."
    #expect(copy != unit)
  }
}
