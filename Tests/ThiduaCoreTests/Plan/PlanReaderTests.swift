import Foundation
import Testing

@testable import ThiduaCore

/// A plan with the required keys, then `body` (members, one or more lines); the body's first line
/// is line 6 of the text.
func planText(_ body: String = "") -> String {
  """
  {
    "schema": "thidua.plan/1",
    "id": "p",
    "title": "Kế hoạch thi đua",
    "period": { "from": 2021, "to": 2025 }\(body.isEmpty ? "" : ",\n" + body)
  }
  """
}

/// The findings of reading `text` as `line:column: message`: the errors when it is refused,
/// else the warnings.
func planFindings(_ text: String) -> [String] {
  do {
    let reading = try PlanReader.parse(bytes: Array(text.utf8), file: "plan.json")
    return reading.warnings.map(render)
  } catch {
    guard case .invalidPlan(let diagnostics) = error else { return ["unexpected \(error)"] }
    return diagnostics.map(render)
  }
}

private func render(_ diagnostic: Diagnostic) -> String {
  let location = diagnostic.location
  #expect(location.file == "plan.json")
  let prefix = diagnostic.severity == .warning ? "warning: " : ""
  return "\(location.line ?? 0):\(location.column ?? 0): \(prefix)\(diagnostic.message)"
}

/// Reads `text`, failing the test at the caller when it is refused.
func readPlanText(
  _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> PlanReading? {
  do {
    return try PlanReader.parse(bytes: Array(text.utf8), file: "plan.json")
  } catch {
    Issue.record("refused: \(error.message)", sourceLocation: sourceLocation)
    return nil
  }
}

@Suite struct PlanReaderTests {
  @Test func readsTheSmallestPlanWithDefaults() throws {
    let plan = try #require(readPlanText(planText())).plan
    #expect(plan.id == "p")
    #expect(plan.title == "Kế hoạch thi đua")
    #expect(plan.period == YearRange(from: 2021, to: 2025))
    #expect(plan.timeZone == "Asia/Ho_Chi_Minh")
    #expect(plan.whenNoPoorHouseholds == .review)
    #expect(plan.criteria.isEmpty && plan.awards.isEmpty && plan.deadlines.isEmpty)
    #expect(plan.decision == nil && plan.implements.isEmpty && plan.baselineYear == nil)
    #expect(plan.shiftToWorkingDay == false)
    #expect(plan.file == "plan.json")
  }

  @Test func readsEveryKey() throws {
    let text = planText(
      """
        "$schema": "https://example.org/thidua.plan-1.json",
        "note": "provenance",
        "notes": "more",
        "decision": { "number": "182/QĐ-TANDTC", "date": "2022-07-13", "issuer": "TANDTC" },
        "implements": [ { "number": "666/QĐ-TTg", "date": "2022-06-02" }, { "issuer": "X" } ],
        "timeZone": "Asia/Bangkok",
        "baselineYear": 2021,
        "whenNoPoorHouseholds": "not-met",
        "shiftToWorkingDay": true,
        "criteria": [
          {
            "id": "c1", "title": "Tiêu chí", "note": "n",
            "applies": {
              "level": "commune", "allFlags": ["a"], "anyFlag": ["b", "c"], "noneFlag": ["ward"],
              "baselineRate": { "atLeast": 1.5, "below": 5 }
            },
            "measure": "poverty-rate-reduction-points", "atLeast": 0.1, "consecutiveYears": 3
          },
          { "id": "c2", "applies": {}, "measure": "poor-households-reduction-percent",
            "atLeast": 2.5e1, "consecutiveYears": 1 }
        ],
        "awards": [ { "id": "a1", "title": "Giấy khen", "criteria": ["c2", "c1"] } ],
        "deadlines": [
          { "id": "d1", "title": "Sơ kết", "due": "2023-12-15", "done": "2023-12-10" },
          { "id": "d2", "title": "Tổng kết", "due": "2025" },
          { "id": "d3", "title": "Báo cáo", "every": "year", "on": "02-29", "from": 2022,
            "to": 2025, "done": [2023, 2022] }
        ]
      """)
    let reading = try #require(readPlanText(text))
    #expect(reading.warnings.isEmpty)
    let plan = reading.plan
    #expect(
      plan.decision
        == DocumentReference(
          number: "182/QĐ-TANDTC", date: CalendarDate(year: 2022, month: 7, day: 13),
          issuer: "TANDTC"))
    #expect(
      plan.implements == [
        DocumentReference(number: "666/QĐ-TTg", date: CalendarDate(year: 2022, month: 6, day: 2)),
        DocumentReference(issuer: "X"),
      ])
    #expect(plan.timeZone == "Asia/Bangkok")
    #expect(plan.baselineYear == 2021)
    #expect(plan.whenNoPoorHouseholds == .notMet)
    #expect(plan.shiftToWorkingDay)
    #expect(
      plan.criteria == [
        Criterion(
          id: "c1", title: "Tiêu chí",
          applies: Selector(
            level: .commune, allFlags: ["a"], anyFlag: ["b", "c"], noneFlag: ["ward"],
            baselineRate: RateBound(below: Rational(5), atLeast: Rational(3, 2))),
          measure: .povertyRateReductionPoints, atLeast: Rational(1, 10), consecutiveYears: 3),
        Criterion(
          id: "c2", applies: Selector(), measure: .poorHouseholdsReductionPercent,
          atLeast: Rational(25), consecutiveYears: 1),
      ])
    #expect(plan.awards == [Award(id: "a1", title: "Giấy khen", criteria: ["c2", "c1"])])
    #expect(
      plan.deadlines == [
        Deadline(
          id: "d1", title: "Sơ kết",
          schedule: .once(
            due: try #require(CalendarDate(iso: "2023-12-15")),
            done: CalendarDate(iso: "2023-12-10"))),
        Deadline(id: "d2", title: "Tổng kết", schedule: .duringYear(2025, done: nil)),
        Deadline(
          id: "d3", title: "Báo cáo",
          schedule: .yearly(month: 2, day: 29, from: 2022, to: 2025, done: [2022, 2023])),
      ])
  }

  @Test func acceptsEmptyCriteriaAwardsAndDeadlines() throws {
    let plan = try #require(
      readPlanText(planText(#"  "criteria": [], "awards": [], "deadlines": []"#))
    ).plan
    #expect(plan.criteria.isEmpty && plan.awards.isEmpty && plan.deadlines.isEmpty)
  }

  @Test func aSyntaxErrorIsReportedAtItsPosition() {
    #expect(
      planFindings(planText(#"  "criteria": [ { "id": "a" } "#)) == [
        "7:1: criteria: expected ',' or ']' after array element, found character '}'"
      ])
  }

  @Test func theWholeDocumentMustBeAnObject() {
    #expect(planFindings("[1, 2]") == ["1:1: $: expected an object, found an array"])
  }

  @Test func missingRequiredKeysAreReportedAtTheObject() {
    #expect(
      planFindings("{\n}") == [
        "1:1: id: missing required key",
        "1:1: period: missing required key",
        "1:1: schema: missing required key",
        "1:1: title: missing required key",
      ])
  }

  @Test func everyErrorIsReportedSorted() {
    let text = planText(
      """
        "timeZone": "Asia/Hanoi",
        "baselineYear": "2021",
        "criteria": [
          { "id": "", "applies": { "level": "xa" }, "measure": "poverty-rate-reduction-points",
            "atLeast": -2, "consecutiveYears": 0 }
        ]
      """)
    #expect(
      planFindings(text) == [
        #"6:15: timeZone: unknown time zone "Asia/Hanoi"; Vietnam's is "Asia/Ho_Chi_Minh""#,
        "7:19: baselineYear: expected a year, found a string",
        "9:13: criteria[0].id: must not be empty",
        "9:39: criteria[0].applies.level: unknown level `xa`; known levels: `province`, `district`, `commune`",
        "10:18: criteria[0].atLeast: must not be negative, found -2",
        "10:42: criteria[0].consecutiveYears: must be at least 1, found 0",
      ])
  }
}
