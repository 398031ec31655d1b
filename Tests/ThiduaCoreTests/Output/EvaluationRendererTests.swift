import Foundation
import Testing

@testable import ThiduaCore

@Suite struct EvaluationRendererTests {
  static let cases: [(OutputFormat, ListKind, String)] = [
    (.table, .evaluation, "evaluation.table.txt"),
    (.csv, .evaluation, "evaluation.csv"),
    (.tsv, .evaluation, "evaluation.tsv"),
    (.json, .evaluation, "evaluation.json"),
    (.ndjson, .evaluation, "evaluation.ndjson"),
    (.table, .eligibility(includeReview: false), "eligible.table.txt"),
    (.csv, .eligibility(includeReview: false), "eligible.csv"),
    (.tsv, .eligibility(includeReview: true), "eligible-with-review.tsv"),
    (.csv, .eligibility(includeReview: true), "eligible-with-review.csv"),
    (.json, .eligibility(includeReview: true), "eligible-with-review.json"),
    (.table, .eligibility(includeReview: true), "eligible-with-review.table.txt"),
  ]

  @Test(arguments: cases)
  func matchesTheGoldenFile(format: OutputFormat, list: ListKind, file: String) throws {
    let text = EvaluationRenderer.render(SampleReport.report, format: format, list: list)
    try GoldenFile.expect(text, matches: file)
  }

  @Test(arguments: OutputFormat.allCases)
  func sameReportGivesTheSameBytes(format: OutputFormat) {
    let first = EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation)
    let second = EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation)
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasSuffix("\n"))
  }

  @Test(arguments: [OutputFormat.csv, .tsv])
  func excelOutputIsThePlainOutputWithABOMAndCRLF(format: OutputFormat) {
    // The sample has no field starting with a formula trigger, so only the bytes around change.
    let plain = EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation)
    let excel = EvaluationRenderer.render(
      SampleReport.report, format: format, list: .evaluation, excel: true)
    #expect(excel.hasPrefix("\u{FEFF}"))
    #expect(excel.hasSuffix("\r\n"))
    // Every line ends with CRLF; a line break inside a quoted CSV field is left as it was.
    #expect(excel.dropFirst().replacingOccurrences(of: "\r\n", with: "\n") == plain)
    #expect(excel.count { $0 == "\r\n" } == plain.count { $0 == "\n" } - (format == .csv ? 1 : 0))
  }

  @Test(arguments: [OutputFormat.table, .json, .ndjson])
  func excelChangesNoOtherFormat(format: OutputFormat) {
    #expect(
      EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation, excel: true)
        == EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation))
  }

  @Test(arguments: [ListKind.evaluation, .eligibility(includeReview: true)])
  func marksSurroundTheStatusesThatCallForAction(list: ListKind) {
    let marks: EmphasisMarks = { emphasis in ("[\(emphasis)|", "]") }
    let plain = EvaluationRenderer.render(SampleReport.report, format: .table, list: list)
    let marked = EvaluationRenderer.render(
      SampleReport.report, format: .table, list: list, marks: marks)
    #expect(marked.contains("[favourable|eligible]"))
    #expect(marked.contains("[attention|review]"))
    if case .evaluation = list {
      #expect(marked.contains("[unfavourable|not-eligible]"))
      #expect(!marked.contains("|insufficient-data]"))
    }
    let unmarked = marked.replacingOccurrences(
      of: "\\[[a-z]+\\|([a-z-]+)\\]", with: "$1", options: .regularExpression)
    #expect(unmarked == plain)
  }

  @Test(arguments: [OutputFormat.csv, .tsv, .json, .ndjson])
  func marksChangeNoOtherFormat(format: OutputFormat) {
    #expect(
      EvaluationRenderer.render(
        SampleReport.report, format: format, list: .evaluation, marks: { _ in ("<", ">") })
        == EvaluationRenderer.render(SampleReport.report, format: format, list: .evaluation))
  }

  @Test func statusesCallingForActionAreEmphasised() {
    #expect(UnitStatus.eligible.emphasis == .favourable)
    #expect(UnitStatus.notEligible.emphasis == .unfavourable)
    #expect(UnitStatus.review.emphasis == .attention)
    for status in [UnitStatus.insufficientData, .invalidData, .noCriterion, .merged] {
      #expect(status.emphasis == nil)
    }
  }

  @Test func eligibilityListsOnlyEligibleUnitsAndReviewWhenAsked() {
    let plain = EvaluationRenderer.render(
      SampleReport.report, format: .csv, list: .eligibility(includeReview: false))
    #expect(
      plain == """
        unit_code,unit_name,level,criterion,status,reason,award,award_title
        28756,Xã Thạnh Phong,commune,xa-duoi-5,eligible,"giảm 25.00% rồi 20.00% số hộ nghèo, \
        đạt ""từ 20%"" trong 2 năm liên tục",bang-khen-tinh;giay-khen,\
        Bằng khen của Chủ tịch UBND tỉnh; Giấy khen

        """)
    let withReview = EvaluationRenderer.render(
      SampleReport.report, format: .csv, list: .eligibility(includeReview: true))
    let codes = withReview.split(separator: "\n").dropFirst().map { $0.prefix(5) }
    #expect(codes == ["28756", "28758"])
  }

  @Test func everyOutputRowIsInTheReportsOrder() {
    let csv = EvaluationRenderer.render(SampleReport.report, format: .ndjson, list: .evaluation)
    let lines = csv.split(separator: "\n")
    #expect(lines.count == SampleReport.units.count)
    for (line, unit) in zip(lines, SampleReport.units) {
      #expect(line.hasPrefix("{\"code\":\"\(unit.code)\""))
    }
  }

  @Test func jsonAndNDJSONParseAndCarryTheFigures() throws {
    let json = EvaluationRenderer.render(SampleReport.report, format: .json, list: .evaluation)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["year"] as? Int == 2025)
    let units = try #require(object["units"] as? [[String: Any]])
    #expect(units.count == SampleReport.units.count)
    let anThuy = units[1]
    let figures = try #require(anThuy["figures"] as? [[String: Any]])
    #expect(figures[0]["poverty_rate"] as? String == "8.65")
    #expect(figures[0]["near_poor_households"] == nil)
    let comparisons = try #require(anThuy["comparisons"] as? [[String: Any]])
    #expect(comparisons[1]["reduction"] as? String == "-0.33")
    let criterion = try #require(anThuy["criterion"] as? [String: Any])
    #expect(criterion["title"] is NSNull)
    #expect((criterion["at_least"] as? NSNumber)?.doubleValue == 2.5)

    let ndjson = EvaluationRenderer.render(SampleReport.report, format: .ndjson, list: .evaluation)
    for line in ndjson.split(separator: "\n") {
      #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }
  }

  @Test func summaryCountsUnitsByStatus() {
    #expect(
      EvaluationRenderer.summary(SampleReport.units)
        == "7 units: 1 eligible, 1 not-eligible, 1 review, 1 insufficient-data, 1 invalid-data,"
        + " 1 no-criterion, 1 merged")
    #expect(EvaluationRenderer.summary([]) == "no units")
    #expect(EvaluationRenderer.summary([SampleReport.units[0]]) == "1 unit: 1 eligible")
  }
}
