import Foundation
import Testing

@testable import ThiduaCore

@Suite struct PlanDescriptionTests {
  static let campaigns = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("campaigns")

  @Test func describesBenTreInWords() throws {
    let file = Self.campaigns.appendingPathComponent("ben-tre-2021-2025.json").path
    let text = describe(try PlanReader.read(file: file).plan)
    #expect(
      text == """
        ben-tre-2021-2025 — “Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” tỉnh Bến Tre”
        Implements: 666/QĐ-TTg, dated 2022-06-02, issued by Thủ tướng Chính phủ.
        Period: 2021 to 2025.
        Time zone for deadlines: Asia/Ho_Chi_Minh.
        Baseline year: 2021 (poverty rates "at the end of 2021").

        Criteria, tried in this order (the first that applies to a unit decides):
        1. xa-bai-ngang-ven-bien-dao — “Xã đặc biệt khó khăn vùng bãi ngang ven biển, xã đảo phải giảm tỷ lệ hộ nghèo đa chiều từ 2%/năm trở lên, trong 2 năm liên tục trước khi trình khen thưởng”: applies to communes with any of the flags coastal-extremely-difficult, island; met when the poverty rate falls by at least 2 percentage points a year, 2 consecutive years.
        2. cap-huyen — “Cấp huyện phải giảm 20% tổng số hộ nghèo/năm, trong 2 năm liên tục trước khi trình khen thưởng”: applies to districts; met when the number of poor households falls by at least 20% a year, 2 consecutive years.
        3. xa-duoi-5 — “Các xã, phường, thị trấn có tỷ lệ hộ nghèo cuối năm 2021 dưới 5% (theo chuẩn nghèo giai đoạn 2021 - 2025), phải giảm từ 20% tổng số hộ nghèo/năm trở lên, trong 2 năm liên tục trước khi trình khen thưởng”: applies to communes whose poverty rate at the end of 2021 was below 5%; met when the number of poor households falls by at least 20% a year, 2 consecutive years.
        4. xa-tu-5 — “Các xã, thị trấn có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên (theo chuẩn nghèo giai đoạn 2021 - 2025), phải giảm tỷ lệ hộ nghèo từ 2%/năm trở lên, trong 2 năm liên tục trước khi trình khen thưởng”: applies to communes without the flag ward whose poverty rate at the end of 2021 was at least 5%; met when the poverty rate falls by at least 2 percentage points a year, 2 consecutive years.

        A year that ends with no poor households and does not meet its measure (0 → 0 households, or 1.5% → 0%) is marked for review by a person.

        Awards:
        - bang-khen-tinh — “Bằng khen của Chủ tịch UBND tỉnh”: qualifying criteria: xa-bai-ngang-ven-bien-dao, cap-huyen, xa-duoi-5, xa-tu-5.

        Deadlines:
        - so-ket — “Sơ kết phong trào thi đua”: during 2023 (the text gives no day; treated as due by 2023-12-31).
        - tong-ket — “Tổng kết phong trào thi đua”: during 2025 (the text gives no day; treated as due by 2025-12-31).

        """)
  }

  /// A plan with every kind of selector, measure, award and deadline.
  static func everyKind() throws -> Plan {
    Plan(
      file: "p.json", id: "p", title: "Kế hoạch",
      decision: DocumentReference(
        date: CalendarDate(year: 2023, month: 12, day: 25), issuer: "TANDTC"),
      implements: [DocumentReference(number: "303/QĐ-BTP")],
      period: YearRange(from: 2022, to: 2025), timeZone: "Asia/Bangkok",
      whenNoPoorHouseholds: .met,
      criteria: [
        Criterion(
          id: "a", applies: Selector(allFlags: ["x", "y"], noneFlag: ["ward", "township"]),
          measure: .povertyRateReductionPoints, atLeast: Rational(1), consecutiveYears: 1),
        Criterion(
          id: "b",
          applies: Selector(
            level: .province, anyFlag: ["island"],
            baselineRate: RateBound(below: Rational(5), atLeast: Rational(3, 2))),
          measure: .poorHouseholdsReductionPercent, atLeast: Rational(25, 2), consecutiveYears: 3),
      ],
      awards: [
        Award(id: "gk", title: "Giấy khen", criteria: ["a"]),
        Award(id: "cd", title: "Cờ thi đua", criteria: []),
      ],
      deadlines: [
        Deadline(
          id: "d1", title: "Sơ kết",
          schedule: .once(
            due: try #require(CalendarDate(iso: "2023-12-15")),
            done: CalendarDate(iso: "2023-12-10"))),
        Deadline(id: "d2", title: "Tổng kết", schedule: .duringYear(2025, done: nil)),
        Deadline(
          id: "d3", title: "Báo cáo năm",
          schedule: .yearly(month: 11, day: 15, from: 2022, to: 2025, done: [2022, 2023])),
        Deadline(
          id: "d4", title: "Nhuận",
          schedule: .yearly(month: 2, day: 29, from: 2024, to: 2025, done: [])),
      ],
      shiftToWorkingDay: true)
  }

  @Test func describesEveryKindOfSelectorMeasureAndDeadline() throws {
    let plan = try Self.everyKind()
    #expect(
      describe(plan) == """
        p — “Kế hoạch”
        Decision: no document number given, dated 2023-12-25, issued by TANDTC.
        Implements: 303/QĐ-BTP, no date given.
        Period: 2022 to 2025.
        Time zone for deadlines: Asia/Bangkok.

        Criteria, tried in this order (the first that applies to a unit decides):
        1. a: applies to units of any level with all of the flags x, y and with none of the flags ward, township; met when the poverty rate falls by at least 1 percentage point a year, in the year evaluated.
        2. b: applies to provinces with the flag island whose poverty rate in the baseline year was at least 1.5% and below 5%; met when the number of poor households falls by at least 12.5% a year, 3 consecutive years.

        A year that ends with no poor households and does not meet its measure (0 → 0 households, or 1.5% → 0%) counts as met.

        Awards:
        - gk — “Giấy khen”: qualifying criteria: a.
        - cd — “Cờ thi đua”: no criterion qualifies a unit for it.

        Deadlines:
        - d1 — “Sơ kết”: due 2023-12-15, done on 2023-12-10.
        - d2 — “Tổng kết”: during 2025 (the text gives no day; treated as due by 2025-12-31).
        - d3 — “Báo cáo năm”: every year on 11-15 from 2022 to 2025, done: 2022, 2023.
        - d4 — “Nhuận”: every year on 02-29 (on 02-28 in years that are not leap years) from 2024 to 2025.
        A deadline that falls on a weekend or public holiday moves to the next working day.

        """)
  }

  @Test func aPlanWithoutCriteriaSaysSo() {
    let plan = Plan(
      file: "p.json", id: "p", title: "T", period: YearRange(from: 2024, to: 2024),
      whenNoPoorHouseholds: .notMet)
    let text = describe(plan)
    #expect(
      text.contains("Criteria: none; the plan sets goals but no criteria on household figures.\n"))
    #expect(!text.contains("no poor households"))
    #expect(!text.contains("Awards") && !text.contains("Deadlines"))
  }

  @Test func describesEveryKindInVietnamese() throws {
    let text = describe(try Self.everyKind(), language: .vietnamese)
    #expect(
      text == """
        p — “Kế hoạch”
        Quyết định: không ghi số văn bản, ngày 25/12/2023, do TANDTC ban hành.
        Thực hiện văn bản: 303/QĐ-BTP, không ghi ngày.
        Thời gian thực hiện: từ năm 2022 đến năm 2025.
        Múi giờ tính thời hạn: Asia/Bangkok.

        Tiêu chí, xét theo thứ tự sau (tiêu chí đầu tiên áp dụng cho một đơn vị là tiêu chí được dùng):
        1. a: áp dụng cho các đơn vị ở mọi cấp có tất cả các nhãn x, y và không có nhãn nào trong số ward, township; đạt khi tỷ lệ hộ nghèo giảm từ 1 điểm phần trăm/năm trở lên, trong năm được đánh giá.
        2. b: áp dụng cho các tỉnh có nhãn island, có tỷ lệ hộ nghèo năm gốc từ 1,5% trở lên và dưới 5%; đạt khi số hộ nghèo giảm từ 12,5%/năm trở lên, trong 3 năm liên tục.

        Năm kết thúc không còn hộ nghèo mà không đạt mức giảm (0 → 0 hộ, hoặc 1,5% → 0%) thì được tính là đạt.

        Khen thưởng:
        - gk — “Giấy khen”: các tiêu chí được xét: a.
        - cd — “Cờ thi đua”: không có tiêu chí nào để xét hình thức này.

        Thời hạn:
        - d1 — “Sơ kết”: hạn 15/12/2023, đã hoàn thành ngày 10/12/2023.
        - d2 — “Tổng kết”: trong năm 2025 (văn bản không nêu ngày; coi như hạn chót là 31/12/2025).
        - d3 — “Báo cáo năm”: hằng năm vào ngày 15/11 từ năm 2022 đến năm 2025, đã hoàn thành các năm: 2022, 2023.
        - d4 — “Nhuận”: hằng năm vào ngày 29/02 (ngày 28/02 vào những năm không nhuận) từ năm 2024 đến năm 2025.
        Thời hạn rơi vào thứ Bảy, Chủ nhật hoặc ngày lễ thì được dời sang ngày làm việc kế tiếp.

        """)
  }

  @Test func describesBenTreInVietnamese() throws {
    let file = Self.campaigns.appendingPathComponent("ben-tre-2021-2025.json").path
    let text = describe(try PlanReader.read(file: file).plan, language: .vietnamese)
    for line in [
      "Thực hiện văn bản: 666/QĐ-TTg, ngày 02/06/2022, do Thủ tướng Chính phủ ban hành.\n",
      "Năm gốc: 2021 (tỷ lệ hộ nghèo \"cuối năm 2021\").\n",
      ": áp dụng cho các xã không có nhãn ward, có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên; "
        + "đạt khi tỷ lệ hộ nghèo giảm từ 2 điểm phần trăm/năm trở lên, trong 2 năm liên tục.\n",
      "- so-ket — “Sơ kết phong trào thi đua”: trong năm 2023 (văn bản không nêu ngày; coi như "
        + "hạn chót là 31/12/2023).\n",
    ] {
      #expect(text.contains(line), "missing: \(line)")
    }
    #expect(!text.contains("2022-06-02"))
  }
}
