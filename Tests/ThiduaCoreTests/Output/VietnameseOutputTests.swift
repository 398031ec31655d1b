import Foundation
import Testing

@testable import ThiduaCore

/// Outputs in Vietnamese: tables for people in Vietnamese, files for scripts with their English
/// names and values, and Vietnamese headers only in files for Excel.
@Suite struct VietnameseOutputTests {
  static let report = SampleReport.report

  /// A report evaluated from data, whose reasons are kept as data (the sample's are given as
  /// text, the same in every language).
  static func evaluated() throws -> EvaluationReport {
    let data = dataSet(
      units: [commune("A"), commune("B"), commune("C", flags: ["ward"])],
      counts: [
        "A": [2021: (100, 4), 2022: (100, 10), 2023: (100, 8), 2024: (100, 6)],
        "B": [2021: (1000, 90), 2022: (1000, 90), 2023: (1000, 65), 2024: (1000, 41)],
        "C": [2021: (1000, 90), 2024: (1000, 41)],
      ])
    return try Evaluator(plan: benTreLikePlan(), data: data).evaluate()
  }

  @Test(arguments: [ListKind.evaluation, .eligibility(includeReview: true)])
  func scriptsReadTheSameColumnsAndValuesInVietnamese(list: ListKind) throws {
    let report = try Self.evaluated()
    for format in [OutputFormat.csv, .tsv] {
      let english = EvaluationRenderer.render(report, format: format, list: list)
      let vietnamese = EvaluationRenderer.render(
        report, format: format, list: list, language: .vietnamese)
      let separator: Character = format == .csv ? "," : "\t"
      let header = EvaluationRenderer.header(for: list).joined(separator: String(separator))
      #expect(vietnamese.hasPrefix(header + "\n"))
      #expect(english.hasPrefix(header + "\n"))
      #expect(vietnamese != english)
      // Status and level values stay English.
      for status in Set(report.units.filter { list.includes($0.status) }.map(\.status)) {
        #expect(vietnamese.contains("\(separator)\(status.rawValue)\(separator)"))
      }
    }
  }

  @Test func jsonKeepsItsKeysAndNumbersAndWritesTheReasonInVietnamese() throws {
    let report = try Self.evaluated()
    let json = EvaluationRenderer.render(
      report, format: .json, list: .evaluation, language: .vietnamese)
    let english = EvaluationRenderer.render(report, format: .json, list: .evaluation)
    let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let units = try #require(document?["units"] as? [[String: Any]])
    let englishUnits = try #require(
      (try JSONSerialization.jsonObject(with: Data(english.utf8)) as? [String: Any])?["units"]
        as? [[String: Any]])
    for (unit, englishUnit) in zip(units, englishUnits) {
      #expect(unit.keys.sorted() == englishUnit.keys.sorted())
      #expect(unit["status"] as? String == englishUnit["status"] as? String)
      let figures = try #require(unit["figures"] as? [[String: Any]])
      for figure in figures {
        if let rate = figure["poverty_rate"] as? String { #expect(rate.contains(".")) }
      }
    }
    let reasons = units.compactMap { $0["reason"] as? String }
    #expect(reasons.contains { $0.hasPrefix("đạt “") })
    let ndjson = EvaluationRenderer.render(
      report, format: .ndjson, list: .evaluation, language: .vietnamese)
    #expect(ndjson.contains("\"reason\":\"đạt “"))
  }

  @Test(arguments: [
    (ListKind.evaluation, "Mã đơn vị,Tên đơn vị,Cấp,Tiêu chí,Trạng thái,Lý do\r\n"),
    (
      .eligibility(includeReview: false),
      "Mã đơn vị,Tên đơn vị,Cấp,Tiêu chí,Trạng thái,Lý do,Mã khen thưởng,Khen thưởng\r\n"
    ),
  ])
  func excelHeadersAreVietnamese(list: ListKind, header: String) {
    let excel = EvaluationRenderer.render(
      Self.report, format: .csv, list: list, excel: true, language: .vietnamese)
    #expect(excel.hasPrefix("\u{FEFF}" + header))
    let tsv = EvaluationRenderer.render(
      Self.report, format: .tsv, list: list, excel: true, language: .vietnamese)
    #expect(tsv.hasPrefix("\u{FEFF}" + header.replacingOccurrences(of: ",", with: "\t")))
    // Rows are those of the plain CSV in Vietnamese: only the header is for people.
    let plain = EvaluationRenderer.render(
      Self.report, format: .csv, list: list, language: .vietnamese)
    #expect(
      excel.dropFirst().replacingOccurrences(of: "\r\n", with: "\n").drop { $0 != "\n" }
        == plain.drop { $0 != "\n" })
  }

  @Test func theTableIsInVietnamese() {
    let table = EvaluationRenderer.render(
      Self.report, format: .table, list: .eligibility(includeReview: true),
      language: .vietnamese)
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.first
        == "Đơn vị đủ điều kiện hoặc cần xem xét năm \(Self.report.year): \(Self.report.plan.title)"
    )
    #expect(lines[2].hasPrefix("Mã "))
    #expect(lines[2].hasSuffix("Khen thưởng                                  Lý do"))
    #expect(table.contains("  xã  "))
    #expect(table.contains("  đủ điều kiện  "))
    #expect(!table.contains("eligible"))
    #expect(!table.contains("commune"))
  }

  @Test func statusesAndLevelsHaveVietnameseNames() {
    let names = UnitStatus.allCases.map { EvaluationRenderer.statusName($0, in: .vietnamese) }
    #expect(
      names == [
        "đủ điều kiện", "không đủ điều kiện", "cần xem xét", "thiếu số liệu",
        "số liệu không hợp lệ", "không có tiêu chí áp dụng", "đã sáp nhập",
      ])
    #expect(Set(names).count == names.count)
    #expect(
      UnitLevel.allCases.map { EvaluationRenderer.levelName($0, in: .vietnamese) }
        == ["tỉnh", "huyện", "xã"])
    #expect(
      UnitStatus.allCases.map { EvaluationRenderer.statusName($0, in: .english) }
        == UnitStatus.allCases.map(\.rawValue))
  }

  @Test func theSummaryCountsUnitsInVietnamese() {
    #expect(EvaluationRenderer.summary([], in: .vietnamese) == "không có đơn vị nào")
    let summary = EvaluationRenderer.summary(Self.report.units, in: .vietnamese)
    #expect(summary.hasPrefix("\(Self.report.units.count) đơn vị: "))
    #expect(summary.contains("đủ điều kiện"))
  }

  // MARK: Deadlines

  static func check() throws -> DeadlineCheck {
    let holidays = try HolidayCalendar.parse(
      "2025-09-01,Quốc khánh\n2025-09-02\n", file: "holidays.csv")
    let deadlines = [
      Deadline(
        id: "bao-cao", title: "Báo cáo", schedule: .once(due: date("2025-08-30"), done: nil)),
      Deadline(id: "so-ket", title: "Sơ kết", schedule: .duringYear(2024, done: nil)),
    ]
    var plan = plan("p", shift: true, deadlines)
    plan.decision = DocumentReference(number: "55/KH-SVHTTDL", date: date("2022-09-07"))
    return try DeadlineCheck(
      plans: [plan], today: date("2025-08-25"), now: Date(), within: 30, holidays: holidays)
  }

  @Test func deadlinesAreListedInVietnameseWithDatesDayFirst() throws {
    let table = DeadlineRenderer.render(try Self.check(), format: .table, language: .vietnamese)
    let lines = table.split(separator: "\n").map(String.init)
    #expect(
      lines[0].hasPrefix("Hạn         Thời gian         Kế hoạch  Mốc      Nội dung  Văn bản"))
    #expect(lines[2].hasPrefix("31/12/2024  quá hạn 237 ngày  p         so-ket   Sơ kết"))
    #expect(lines[2].hasSuffix("55/KH-SVHTTDL ngày 07/09/2022  kế hoạch chỉ nêu năm 2024"))
    #expect(
      lines[3].hasSuffix(
        "dời từ ngày 30/08/2025: 30/08/2025 là thứ Bảy, 31/08/2025 là Chủ nhật, 01/09/2025 là "
          + "ngày lễ (Quốc khánh), 02/09/2025 là ngày lễ"))
    #expect(lines[3].hasPrefix("03/09/2025  còn 9 ngày"))
    #expect(lines.last == "1 quá hạn, 1 đến hạn trong khoảng thời gian xét")
  }

  @Test func deadlineFilesKeepISODatesAndEnglishNamesForScripts() throws {
    let check = try Self.check()
    let csv = DeadlineRenderer.render(check, format: .csv, language: .vietnamese)
    #expect(csv.hasPrefix(DeadlineRenderer.header.joined(separator: ",") + "\n"))
    #expect(
      csv.contains(",2025-09-03,9,due,55/KH-SVHTTDL ngày 07/09/2022,\"dời từ ngày 30/08/2025: "))
    let excel = DeadlineRenderer.render(check, format: .csv, excel: true, language: .vietnamese)
    #expect(
      excel.hasPrefix(
        "\u{FEFF}Kế hoạch,Mốc thời hạn,Nội dung,Hạn,Số ngày còn lại,Tình trạng,Văn bản,Ghi chú\r\n")
    )
    let json = DeadlineRenderer.render(check, format: .json, language: .vietnamese)
    #expect(json.contains("\"due\" : \"2025-09-03\"") || json.contains("\"due\": \"2025-09-03\""))
    #expect(json.contains("30/08/2025 là thứ Bảy"))
    let english = DeadlineRenderer.render(check, format: .json)
    #expect(english.contains("2025-08-30 is a Saturday"))
    #expect(
      DeadlineRenderer.render(
        try DeadlineCheck(plans: [], today: nil, now: Date(), within: 30, holidays: .weekendsOnly),
        format: .table, language: .vietnamese)
        == "không có thời hạn nào quá hạn hoặc đến hạn trong khoảng thời gian xét\n")
  }
}
