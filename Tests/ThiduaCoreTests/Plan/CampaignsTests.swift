import Foundation
import Testing

@testable import ThiduaCore

/// The plans in `campaigns/` at the top of the package, encoded from the seed texts.
@Suite struct CampaignsTests {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("campaigns").path

  static let files: [String] = (try? PlanCatalog.planFiles([directory])) ?? []

  @Test func thereIsOnePlanPerSeedPlan() {
    let names = Self.files.map { URL(fileURLWithPath: $0).lastPathComponent }
    #expect(
      names == [
        "ben-tre-2021-2025.json", "bo-tu-phap-2023-2025.json", "tandtc-2021-2025.json",
        "tandtc-vi-cong-ly-2024.json", "thai-binh-svhttdl-2021-2025.json",
        "toan-quoc-2021-2025.json",
      ])
  }

  @Test(arguments: files)
  func readsCleanAndIsNamedAfterItsID(file: String) throws {
    let reading = try PlanReader.read(file: file)
    #expect(reading.warnings.isEmpty)
    #expect(URL(fileURLWithPath: file).lastPathComponent == reading.plan.id + ".json")
  }

  static func plan(_ id: String) throws -> Plan {
    try PlanReader.read(file: directory + "/" + id + ".json").plan
  }

  static let decision666 = DocumentReference(
    number: "666/QĐ-TTg", date: CalendarDate(year: 2022, month: 6, day: 2),
    issuer: "Thủ tướng Chính phủ")

  @Test func benTreHasTheFourCriteriaOfTheArticleInOrder() throws {
    let plan = try Self.plan("ben-tre-2021-2025")
    #expect(plan.baselineYear == 2021)
    #expect(plan.period == YearRange(from: 2021, to: 2025))
    #expect(plan.whenNoPoorHouseholds == .review)
    #expect(plan.implements == [Self.decision666])
    #expect(plan.decision == nil)
    #expect(
      plan.criteria.map(\.id) == ["xa-bai-ngang-ven-bien-dao", "cap-huyen", "xa-duoi-5", "xa-tu-5"])
    #expect(
      plan.criteria.map(\.applies) == [
        Selector(level: .commune, anyFlag: ["coastal-extremely-difficult", "island"]),
        Selector(level: .district),
        Selector(level: .commune, baselineRate: RateBound(below: Rational(5))),
        Selector(
          level: .commune, noneFlag: ["ward"], baselineRate: RateBound(atLeast: Rational(5))),
      ])
    #expect(
      plan.criteria.map(\.measure) == [
        .povertyRateReductionPoints, .poorHouseholdsReductionPercent,
        .poorHouseholdsReductionPercent, .povertyRateReductionPoints,
      ])
    #expect(plan.criteria.map(\.atLeast) == [Rational(2), Rational(20), Rational(20), Rational(2)])
    #expect(plan.criteria.map(\.consecutiveYears) == [2, 2, 2, 2])
    #expect(plan.criteria.allSatisfy { $0.title?.hasSuffix("trước khi trình khen thưởng") == true })
    #expect(
      plan.awards == [
        Award(
          id: "bang-khen-tinh", title: "Bằng khen của Chủ tịch UBND tỉnh",
          criteria: ["xa-bai-ngang-ven-bien-dao", "cap-huyen", "xa-duoi-5", "xa-tu-5"])
      ])
    #expect(
      plan.deadlines.map(\.schedule) == [
        .duringYear(2023, done: nil), .duringYear(2025, done: nil),
      ])
  }

  @Test func theDecisionsAreAsTheSeedsGiveThem() throws {
    #expect(try Self.plan("toan-quoc-2021-2025").decision == Self.decision666)
    let court = try Self.plan("tandtc-2021-2025")
    #expect(
      court.decision
        == DocumentReference(
          number: "182/QĐ-TANDTC", date: CalendarDate(year: 2022, month: 7, day: 13),
          issuer: "Tòa án nhân dân tối cao"))
    #expect(court.implements == [Self.decision666])
    let justice = try Self.plan("bo-tu-phap-2023-2025")
    #expect(justice.decision == DocumentReference(number: "303/QĐ-BTP", issuer: "Bộ Tư pháp"))
    #expect(justice.period == YearRange(from: 2023, to: 2025))
    #expect(justice.implements == [Self.decision666])
    let thaiBinh = try Self.plan("thai-binh-svhttdl-2021-2025")
    #expect(thaiBinh.decision?.number == "55/KH-SVHTTDL")
    #expect(thaiBinh.decision?.date == nil)
    #expect(
      thaiBinh.implements == [
        DocumentReference(
          number: "119/KH-UBND", date: CalendarDate(year: 2022, month: 9, day: 7),
          issuer: "UBND tỉnh Thái Bình")
      ])
    let justiceCampaign = try Self.plan("tandtc-vi-cong-ly-2024")
    #expect(justiceCampaign.period == YearRange(from: 2024, to: 2024))
    #expect(justiceCampaign.decision?.date == CalendarDate(year: 2023, month: 12, day: 25))
    #expect(justiceCampaign.decision?.number == nil)
    for id in ["toan-quoc-2021-2025", "tandtc-2021-2025", "tandtc-vi-cong-ly-2024"] {
      #expect(try Self.plan(id).criteria.isEmpty)
    }
  }
}
