import Foundation
import Testing

@testable import ThiduaCore

@Suite struct ReportRendererTests {
  /// The units file behind `SampleReport`: communes under the district 829, which is under a
  /// province the report does not list; 29001 is unknown to it.
  static let data = DataSet(
    units: [
      "83": ThiduaCore.Unit(code: "83", name: "Tỉnh Bến Tre", level: .province),
      "829": ThiduaCore.Unit(code: "829", name: "Huyện Ba Tri", level: .district, parentCode: "83"),
      "28756": ThiduaCore.Unit(
        code: "28756", name: "Xã Thạnh Phong", level: .commune, parentCode: "829"),
      "28757": ThiduaCore.Unit(
        code: "28757", name: "Xã An Thủy", level: .commune, parentCode: "829"),
      "28758": ThiduaCore.Unit(
        code: "28758", name: "Xã Bình Thắng", level: .commune, parentCode: "829"),
      "29000": ThiduaCore.Unit(
        code: "29000", name: "Phường An Hội", level: .commune, parentCode: "829"),
      "29002": ThiduaCore.Unit(
        code: "29002", name: "Xã Tân Xuân (cũ)", level: .commune, parentCode: "83"),
    ],
    hasUnitsFile: true,
    counts: [
      "28756": [
        2021: HouseholdCounts(total: 2100, poor: 60), 2022: HouseholdCounts(total: 2120, poor: 50),
        2023: HouseholdCounts(total: 2150, poor: 40),
      ]
    ])

  static func render(
    _ report: EvaluationReport = SampleReport.report, data: DataSet = data,
    language: Language = .english
  ) -> String {
    String(
      decoding: ReportRenderer.render(report, data: data, language: language), as: UTF8.self)
  }

  /// The text between `start` and the next `end` after it.
  static func slice(_ html: String, from start: String, to end: String) -> Substring {
    guard let lower = html.range(of: start) else { return "" }
    let rest = html[lower.upperBound...]
    guard let upper = rest.range(of: end) else { return rest }
    return rest[..<upper.lowerBound]
  }

  @Test func everyUnitHasOneBlockInTheReportsOrder() {
    let html = Self.render()
    var position = html.startIndex
    for unit in SampleReport.units {
      let anchor = "<div class=\"unit\" id=\"u-\(unit.code)\">"
      #expect(html.components(separatedBy: anchor).count == 2, "unit \(unit.code)")
      let found = html.range(of: anchor, range: position..<html.endIndex)
      #expect(found != nil, "unit \(unit.code) out of order")
      position = found?.upperBound ?? position
    }
    #expect(
      html.components(separatedBy: "<div class=\"unit\"").count == SampleReport.units.count + 1)
  }

  @Test func theStatusSummaryHasTheReportsCountsInDeclaredOrder() {
    let html = Self.render()
    let table = Self.slice(html, from: "<table class=\"status\">", to: "</table>")
    var position = table.startIndex
    for status in UnitStatus.allCases {
      let count = SampleReport.units.count { $0.status == status }
      let label = ReportText.english.status(status)
      let row =
        "<tr><td><span class=\"badge s-\(status.rawValue)\">\(label)</span></td>"
        + "<td class=\"n\(count == 0 ? " z" : "")\">\(count)</td>"
      let found = table.range(of: row, range: position..<table.endIndex)
      #expect(found != nil, "\(status.rawValue): \(count)")
      position = found?.upperBound ?? position
    }
    #expect(table.contains("<th>Total</th><td class=\"n\">\(SampleReport.units.count)</td>"))
  }

  @Test func theTableByParentCountsTheUnitsUnderEachParent() {
    let html = Self.render()
    let table = Self.slice(html, from: "<table class=\"parents\">", to: "</table>")
    // Every status of the sample occurs once, so every status is a column.
    let header = UnitStatus.allCases.map { "<th class=\"n\">\(ReportText.english.status($0))</th>" }
    #expect(table.contains(header.joined()))
    // 829 is in the report, so it links to its block; 83 is not.
    #expect(
      table.contains(
        "<tr><td><a href=\"#u-829\">829 Huyện Ba Tri</a></td><td class=\"n\">1</td>"
          + "<td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n z\">0</td>"
          + "<td class=\"n\">1</td><td class=\"n z\">0</td><td class=\"n z\">0</td>"
          + "<td class=\"n\">4</td></tr>"))
    #expect(table.contains("<tr><td>83 Tỉnh Bến Tre</td>"))
    #expect(table.contains("<tr><td><i>no parent</i></td>"))
    // 83 holds 829 and 29002; "no parent" holds 29001, unknown to the units file.
    // The province before the district, the units without a parent last.
    let rows = table.components(separatedBy: "<tr><td>").dropFirst()
    #expect(
      rows.map { $0.prefix(20) } == [
        "83 Tỉnh Bến Tre</td>", "<a href=\"#u-829\">829", "<i>no parent</i></td",
      ])
  }

  @Test func theEligibilityListHasEligibleUnitsAndUnitsToReviewMarked() {
    let html = Self.render()
    let list = Self.slice(html, from: "<section id=\"eligible\">", to: "</section>")
    #expect(list.contains("<b>1 eligible, 1 to review</b>"))
    #expect(list.contains("<a href=\"#u-28756\">28756</a>"))
    #expect(list.contains("<tr class=\"review\"><td><a href=\"#u-28758\">28758</a>"))
    #expect(list.contains("to review: a person decides"))
    #expect(list.contains("Bằng khen của Chủ tịch UBND tỉnh; Giấy khen"))
    for code in ["28757", "829", "29000", "29001", "29002"] {
      #expect(!list.contains("#u-\(code)\">\(code)<"), "unit \(code)")
    }
  }

  @Test func thePlanIsSaidInTheWordsOfShow() {
    let html = Self.render()
    let plan = Self.slice(html, from: "<section id=\"plan\">", to: "</section>")
    #expect(
      plan.contains(
        "<dt>Decision</dt><dd>1234/KH-UBND, dated 2022-07-20, issued by UBND tỉnh Bến Tre</dd>"))
    for criterion in SampleReport.plan.criteria {
      let words = PlanDescription.rule(of: criterion, baselineYear: 2021)
      #expect(plan.contains(HTMLEscaper.escape(words)), "\(criterion.id)")
      #expect(plan.contains("<li id=\"c-\(criterion.id)\">"))
    }
    #expect(plan.contains("is marked for review by a person."))
  }

  @Test func aUnitsBlockHasItsChartFiguresOutcomesAndReason() {
    let html = Self.render()
    let block = Self.slice(html, from: "id=\"u-28757\"", to: "</div>\n<div")
    #expect(block.contains("<span class=\"badge s-not-eligible\">not eligible</span>"))
    #expect(block.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"c\""))
    #expect(block.contains("<path class=\"m\"") && block.contains("<path class=\"n\""))
    #expect(block.contains("<path class=\"t\""))
    #expect(block.contains("<th>Rate reduction, points (at least 2.5)</th><td></td>"))
    #expect(block.contains("<td>2.65</td><td>-0.33</td>"))
    #expect(block.contains("<td class=\"m\">met</td><td class=\"x\">not met</td>"))
    #expect(block.contains("<td>8.65%</td><td>6.00%</td><td>4.50%</td>"))
    #expect(block.contains("&quot;theo kế hoạch&quot;</p>"))
    // The own rows of 28756 add 2021 and 2022 to its chart, with the baseline bound over 2021.
    let own = Self.slice(html, from: "id=\"u-28756\"", to: "</div>\n<div")
    #expect(own.contains("<th>2021</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th>"))
    #expect(own.contains("<path class=\"b\" d=\"M0 "))
    #expect(own.contains("<b>Applies when</b> poverty rate at the end of 2021 below 5%"))
    // A unit without figures says so.
    let none = Self.slice(html, from: "id=\"u-29001\"", to: "</div>")
    #expect(none.contains("No yearly figures."))
  }

  @Test func everyTextFromThePlanAndTheDataIsEscaped() {
    let hostile = "<b onclick=\"x()\">Xã 'A' & B</b>"
    var plan = SampleReport.plan
    plan.title = hostile
    plan.file = "plans/<a>&.json"
    plan.decision?.issuer = hostile
    plan.awards[0].title = hostile
    var units = SampleReport.units
    units[0].name = hostile
    units[0].code = "a\"b<c>"
    units[0].reason = hostile
    units[0].awards[0].title = hostile
    units[1].warnings = [hostile]
    var data = Self.data
    data.units["28757"]?.parentCode = hostile
    let report = EvaluationReport(
      plan: plan, year: 2025, units: units, accounting: SampleReport.report.accounting)
    let html = Self.render(report, data: data)
    let escaped = "&lt;b onclick=&quot;x()&quot;&gt;Xã &#39;A&#39; &amp; B&lt;/b&gt;"
    #expect(!html.contains("<b onclick"))
    #expect(!html.contains("Xã 'A'"))
    #expect(html.contains("<title>Evaluation of 2025: \(escaped)</title>"))
    #expect(html.contains("<h1>Evaluation of 2025: \(escaped)</h1>"))
    #expect(html.contains("<h3>a&quot;b&lt;c&gt; \(escaped) <span"))
    #expect(html.contains("<p class=\"reason\">\(escaped)</p>"))
    #expect(html.contains("plans/&lt;a&gt;&amp;.json"))
    #expect(html.contains("id=\"u-a_22b_3Cc_3E\""))
    #expect(html.contains("<a href=\"#u-a_22b_3Cc_3E\">a&quot;b&lt;c&gt;</a>"))
    // Names with a tab and a line break stay text; controls never reach the page.
    #expect(html.contains("panel.csv:12: poor_households &#39;x&#39; is not a number\nsee row 13"))
  }

  @Test func theSameInputGivesTheSameBytes() {
    let first = ReportRenderer.render(SampleReport.report, data: Self.data)
    // The same units inserted in another order: dictionaries must not leak their order.
    var shuffled = DataSet(hasUnitsFile: true, counts: Self.data.counts)
    for (code, unit) in Self.data.units.sorted(by: { $0.key > $1.key }) {
      shuffled.units[code] = unit
    }
    #expect(ReportRenderer.render(SampleReport.report, data: shuffled) == first)
    #expect(ReportRenderer.render(SampleReport.report, data: Self.data) == first)
    #expect(first.last == UInt8(ascii: "\n"))
  }

  @Test func thePageIsSelfContainedAndPrintsOnA4() {
    let html = Self.render()
    for outside in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"]
    {
      #expect(!html.contains(outside), "\(outside)")
    }
    let addresses = html.components(separatedBy: "http").count - 1
    let namespaces =
      html.components(separatedBy: "http://www.w3.org/1999/xhtml").count - 1
      + html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
    #expect(addresses == namespaces)
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
    #expect(html.contains("@page{size:A4;"))
    #expect(html.contains(".unit{break-inside:avoid;"))
    #expect(html.contains("thead{display:table-header-group}"))
  }

  @Test func aReportOfManyUnitsStaysLight() {
    // Communes with five years each: about a kilobyte and a half a unit.
    let criterion = SampleReport.xaTu5
    var units: [UnitEvaluation] = []
    var counts: [String: [Int: HouseholdCounts]] = [:]
    var directory: [String: ThiduaCore.Unit] = [:]
    for index in 0..<2_000 {
      let code = String(10_000 + index)
      var own: [Int: HouseholdCounts] = [:]
      for (offset, year) in (2021...2025).enumerated() {
        own[year] = HouseholdCounts(total: 2000 + index % 97, poor: 300 - 40 * offset - index % 7)
      }
      counts[code] = own
      directory[code] = Unit(
        code: code, name: "Xã \(index)", level: .commune, parentCode: String(index / 30))
      units.append(
        UnitEvaluation(
          code: code, name: "Xã \(index)", level: .commune, criterion: criterion,
          status: index % 3 == 0 ? .eligible : .notEligible,
          reason: String(repeating: "r", count: 300),
          figures: (2023...2025).map {
            YearFigures(
              year: $0, counts: own[$0] ?? HouseholdCounts(total: 0, poor: 0), source: .own)
          },
          comparisons: [
            YearComparison(fromYear: 2023, toYear: 2024, reduction: Rational(2), outcome: .met),
            YearComparison(
              fromYear: 2024, toYear: 2025, reduction: Rational(1),
              outcome: index % 3 == 0 ? .met : .notMet),
          ]))
    }
    let report = EvaluationReport(
      plan: SampleReport.plan, year: 2025, units: units, accounting: RowAccounting())
    let html = ReportRenderer.render(
      report, data: DataSet(units: directory, hasUnitsFile: true, counts: counts))
    #expect(html.count < 2_000 * 2_200)
    let text = String(decoding: html, as: UTF8.self)
    let charts = text.components(
      separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"c\" width=\"150\"")
    #expect(charts.count == 2_001)
    for chart in charts.dropFirst().prefix(50) {
      #expect(chart.prefix(upTo: chart.range(of: "</svg>")!.upperBound).utf8.count < 600)
    }
  }

  // MARK: Vietnamese

  /// The tags of `html` with their attributes, in order, without the text between them, and
  /// without the attributes that hold words (`lang`, `aria-label`).
  static func markup(_ html: String) -> [String] {
    html.split(separator: "<").map { piece in
      var tag = String(piece.prefix { $0 != ">" })
      for attribute in ["lang", "aria-label"] {
        tag = tag.replacingOccurrences(
          of: " \(attribute)=\"[^\"]*\"", with: "", options: .regularExpression)
      }
      return tag
    }
  }

  @Test func theVietnamesePageHasTheMarkupOfTheEnglishOne() {
    let english = Self.render()
    let vietnamese = Self.render(language: .vietnamese)
    #expect(vietnamese != english)
    #expect(
      vietnamese.hasPrefix(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"))
    // The same elements, classes, ids and links: only the words differ.
    #expect(Self.markup(vietnamese) == Self.markup(english))
    #expect(ReportText(language: .english).language == .english)
    #expect(ReportText(language: .vietnamese).language == .vietnamese)
  }

  @Test func theVietnamesePageSaysStatusesLevelsAndFiguresInVietnamese() {
    let html = Self.render(language: .vietnamese)
    #expect(
      html.contains(
        "<title>Kết quả đánh giá năm 2025: Phong trào thi đua “Vì người nghèo"))
    let table = Self.slice(html, from: "<table class=\"status\">", to: "</table>")
    for status in UnitStatus.allCases {
      let label = EvaluationRenderer.statusName(status, in: .vietnamese)
      #expect(table.contains("<span class=\"badge s-\(status.rawValue)\">\(label)</span>"))
    }
    #expect(table.contains("<th>Tổng cộng</th><td class=\"n\">\(SampleReport.units.count)</td>"))
    let list = Self.slice(html, from: "<section id=\"eligible\">", to: "</section>")
    #expect(list.contains("<b>1 đủ điều kiện, 1 cần xem xét</b>"))
    #expect(list.contains("<span class=\"badge s-review\">cần xem xét, quyết định</span>"))
    #expect(
      Self.slice(html, from: "<table class=\"parents\">", to: "</table>")
        .contains("<tr><td><i>không rõ cấp trên</i></td>"))

    let block = Self.slice(html, from: "id=\"u-28757\"", to: "</div>\n<div")
    #expect(block.contains("<span class=\"badge s-not-eligible\">không đủ điều kiện</span>"))
    #expect(block.contains("<b>Cấp</b> xã · <b>Cấp trên</b> "))
    #expect(block.contains("aria-label=\"Tỷ lệ hộ nghèo qua các năm\""))
    #expect(block.contains("<th>Mức giảm tỷ lệ, điểm phần trăm (từ 2,5 trở lên)</th><td></td>"))
    #expect(block.contains("<td>2,65</td><td>-0,33</td>"))
    #expect(block.contains("<td class=\"m\">đạt</td><td class=\"x\">không đạt</td>"))
    #expect(block.contains("<td>8,65%</td><td>6,00%</td><td>4,50%</td>"))
    let own = Self.slice(html, from: "id=\"u-28756\"", to: "</div>\n<div")
    #expect(own.contains("<b>Áp dụng khi</b> tỷ lệ hộ nghèo cuối năm 2021 dưới 5%"))
    #expect(own.contains("<th>Mức giảm số hộ nghèo, % (từ 20 trở lên)</th>"))
    #expect(Self.slice(html, from: "id=\"u-29001\"", to: "</div>").contains("Không có số liệu"))
    #expect(
      Self.slice(html, from: "id=\"u-829\"", to: "</div>\n<div").contains("<b>Cảnh báo</b>: "))
  }

  @Test func theVietnamesePlanIsSaidInTheWordsOfShow() {
    let html = Self.render(language: .vietnamese)
    let plan = Self.slice(html, from: "<section id=\"plan\">", to: "</section>")
    #expect(
      plan.contains(
        "<dt>Quyết định</dt><dd>1234/KH-UBND, ngày 20/07/2022, do UBND tỉnh Bến Tre ban hành</dd>"))
    #expect(plan.contains("<dt>Thời gian thực hiện</dt><dd>từ năm 2021 đến năm 2025</dd>"))
    #expect(plan.contains("<dt>Dòng số liệu</dt><dd>đọc 20, sử dụng 19, loại 1</dd>"))
    for criterion in SampleReport.plan.criteria {
      let words = PlanDescription.rule(of: criterion, baselineYear: 2021, in: .vietnamese)
      #expect(plan.contains(HTMLEscaper.escape(words)), "\(criterion.id)")
      #expect(words.hasPrefix("áp dụng cho "))
    }
    // Thresholds with a decimal comma.
    #expect(plan.contains("đạt khi tỷ lệ hộ nghèo giảm từ 2,5 điểm phần trăm/năm trở lên"))
    let rule = PlanDescription.sentence(
      for: SampleReport.plan.whenNoPoorHouseholds, in: .vietnamese)
    #expect(plan.contains("<p>\(rule).</p>"))
    #expect(rule.hasSuffix("thì được đánh dấu để xem xét, quyết định"))
    #expect(
      plan.contains(
        "<li><b>Giấy khen</b> (giay-khen): các tiêu chí được xét: xa-duoi-5.</li>"))
    // The show command says the same pieces.
    let show = describe(SampleReport.plan, language: .vietnamese)
    #expect(
      show.contains("Quyết định: 1234/KH-UBND, ngày 20/07/2022, do UBND tỉnh Bến Tre ban hành."))
    #expect(show.contains(rule + "."))
  }

  @Test func theVietnamesePageHasTheReasonsInVietnamese() throws {
    let report = try VietnameseOutputTests.evaluated()
    let data = DataSet(hasUnitsFile: false)
    let html = Self.render(report, data: data, language: .vietnamese)
    let english = Self.render(report, data: data)
    for unit in report.units {
      let reason = HTMLEscaper.escape(Reason.text(of: unit, in: .vietnamese))
      #expect(html.contains("<p class=\"reason\">\(reason)</p>"), "\(unit.code)")
      #expect(english.contains("<p class=\"reason\">\(HTMLEscaper.escape(unit.reason))</p>"))
    }
    #expect(html.contains("<p class=\"reason\">đạt “"))
  }
}
