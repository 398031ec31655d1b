/// Writes an `EvaluationReport` as one self-contained HTML page for the award council (Hội đồng
/// Thi đua – Khen thưởng): no scripts, no fonts, no images, nothing fetched; the style sheet and
/// the charts are inline.
///
/// The page has, in order:
/// - the plan: its decision and the documents it implements, its period and baseline year, its
///   criteria and the rule for years with no poor households in words (``PlanDescription``),
///   and its awards;
/// - a summary: units per status, statuses in their declared order;
/// - per parent unit (the `parent_code` of the units file; after the 2025 reform communes hang
///   directly under provinces), the statuses of the units under it, and a row for units whose
///   parent is not known;
/// - the eligibility list: eligible units with their awards, and units to review, marked;
/// - every unit, by code: its facts, a chart of its poverty rate by year (``UnitChart``) beside
///   a table of its yearly figures (``UnitYears``), and the reason.
///
/// In a language (``Language``), every word of the page is in it: its own words from
/// ``ReportText``, the plan from ``PlanDescription`` and the reasons as the evaluation writes them
/// in that language; in Vietnamese, decimals take a comma and dates are written `dd/mm/yyyy`.
/// Class names, ids and status values in the markup stay English.
///
/// Pure: the same report, data and language give the same bytes (no clock, no dictionary order),
/// and the work grows linearly with the units. Every text from plans and data is escaped
/// (``HTMLEscaper``); the markup is XHTML-compatible, so it can be checked with an XML parser.
/// Rates are written with ``Rational/formatted(places:)``; Double only places chart marks.
public enum ReportRenderer {
  /// The report as HTML in UTF-8, ending with a newline.
  ///
  /// `data` is what the report was evaluated from: its units file gives each unit's parent, and
  /// its rows the years outside the criterion's window. `language` is that of every word of the
  /// page.
  public static func render(
    _ report: EvaluationReport, data: DataSet, language: Language = .english
  ) -> [UInt8] {
    var page = Page(report: report, data: data, text: ReportText(language: language))
    page.write()
    return page.html.bytes
  }
}

/// One rendering of a report: the inputs, and the document written so far.
private struct Page {
  let report: EvaluationReport
  let data: DataSet
  let text: ReportText
  /// The codes of the report's units, to link only to blocks the page has.
  let codes: Set<String>
  var html: HTMLWriter

  init(report: EvaluationReport, data: DataSet, text: ReportText) {
    self.report = report
    self.data = data
    self.text = text
    codes = Set(report.units.map(\.code))
    // About what a unit of the country takes; the buffer grows if a unit takes more.
    html = HTMLWriter(capacity: 16_384 + report.units.count * 1_600)
  }

  mutating func write() {
    let title = text.title(report.year, report.plan.title)
    html.markup("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
    html.attribute("lang", text.language.rawValue)
    html.markup(">\n<head>\n<meta charset=\"utf-8\"/>\n")
    html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
    html.element("<title>", title, close: "</title>\n")
    html.markup("<style>\n")
    html.markup(ReportStyle.css)
    html.markup("</style>\n</head>\n<body>\n<header>\n")
    html.element("<p class=\"audience\">", text.audience, close: "</p>\n")
    html.element("<h1>", title, close: "</h1>\n")
    html.markup("<nav>")
    html.element("<a href=\"#plan\">", text.planSection, close: "</a>")
    html.element("<a href=\"#summary\">", text.summarySection, close: "</a>")
    html.element("<a href=\"#parents\">", text.parentsSection, close: "</a>")
    html.element("<a href=\"#eligible\">", text.eligibilitySection, close: "</a>")
    html.element("<a href=\"#units\">", text.unitsSection, close: "</a>")
    html.markup("</nav>\n</header>\n")
    writePlan()
    let summary = ReportSummary(units: report.units, directory: data.directory)
    writeSummary(summary)
    writeParents(summary)
    writeEligibility()
    writeUnits()
    html.markup("</body>\n</html>\n")
  }

  // MARK: The plan

  private mutating func writePlan() {
    let plan = report.plan
    let language = text.language
    html.markup("<section id=\"plan\">\n")
    html.element("<h2>", text.planSection, close: "</h2>\n")
    html.markup("<dl class=\"facts\">\n")
    fact(text.planLabel, text.plan(plan.id, plan.file))
    fact(
      text.decisionLabel,
      plan.decision.map { PlanDescription.sentence(for: $0, in: language) } ?? text.noDecision)
    for document in plan.implements {
      fact(text.implementsLabel, PlanDescription.sentence(for: document, in: language))
    }
    fact(text.periodLabel, text.period(plan.period.from, plan.period.to))
    fact(text.baselineYearLabel, plan.baselineYear.map(String.init) ?? text.noBaselineYear)
    fact(text.evaluationYearLabel, String(report.year))
    fact(text.rowsLabel, text.rows(report.accounting))
    html.markup("</dl>\n")

    headedList(
      text.criteriaHeading, plan.criteria, whenEmpty: text.noCriteria,
      open: "<ol class=\"criteria\">\n", close: "</ol>\n"
    ) { criterion, html in
      html.markup("<li")
      html.anchor("c-", criterion.id)
      html.element("><b>", criterion.id, close: "</b>")
      if let title = criterion.title { html.text(" — “\(title)”") }
      let rule = PlanDescription.rule(of: criterion, baselineYear: plan.baselineYear, in: language)
      html.text(": " + rule)
      html.markup(".</li>\n")
    }
    if !plan.criteria.isEmpty {
      html.element(
        "<p>", PlanDescription.sentence(for: plan.whenNoPoorHouseholds, in: language) + ".",
        close: "</p>\n")
    }

    headedList(
      text.awardsHeading, plan.awards, whenEmpty: text.noAwards, open: "<ul>\n", close: "</ul>\n"
    ) { award, html in
      html.element("<li><b>", award.title, close: "</b>")
      html.text(" (\(award.id)): \(PlanDescription.qualifyingCriteria(of: award, in: language)).")
      html.markup("</li>\n")
    }
    html.markup("</section>\n")
  }

  /// A heading, then `items` in a list each written by `write`, or `note` when there are none.
  private mutating func headedList<Item>(
    _ heading: String, _ items: [Item], whenEmpty note: String, open: StaticString,
    close: StaticString, item write: (Item, inout HTMLWriter) -> Void
  ) {
    html.element("<h3>", heading, close: "</h3>\n")
    guard !items.isEmpty else {
      html.element("<p>", note, close: "</p>\n")
      return
    }
    html.markup(open)
    for item in items { write(item, &html) }
    html.markup(close)
  }

  private mutating func fact(_ label: String, _ value: String) {
    html.element("<dt>", label, close: "</dt>")
    html.element("<dd>", value, close: "</dd>\n")
  }

  // MARK: Summaries

  private mutating func writeSummary(_ summary: ReportSummary) {
    html.markup("<section id=\"summary\">\n")
    html.element("<h2>", text.summarySection, close: "</h2>\n")
    html.markup("<table class=\"status\">\n<thead><tr>")
    html.element("<th>", text.statusColumn, close: "</th>")
    html.element("<th class=\"n\">", text.unitsColumn, close: "</th>")
    html.element("<th>", text.meaningColumn, close: "</th>")
    html.markup("</tr></thead>\n<tbody>\n")
    for (status, count) in zip(UnitStatus.allCases, summary.byStatus) {
      html.markup("<tr><td>")
      badge(status, text.status(status))
      html.markup("</td>")
      countCell(count)
      html.element("<td>", text.statusMeaning(status), close: "</td></tr>\n")
    }
    html.markup("</tbody>\n<tfoot><tr>")
    html.element("<th>", text.totalRow, close: "</th>")
    countCell(summary.total)
    html.markup("<td></td></tr></tfoot>\n</table>\n</section>\n")
  }

  private mutating func writeParents(_ summary: ReportSummary) {
    // Only the statuses some unit has: the table must fit the width of an A4 page.
    let columns = UnitStatus.allCases.indices.filter { summary.byStatus[$0] > 0 }
    html.markup("<section id=\"parents\">\n")
    html.element("<h2>", text.parentsSection, close: "</h2>\n")
    html.element("<p>", text.parentsIntro, close: "</p>\n")
    html.markup("<table class=\"parents\">\n<thead><tr>")
    html.element("<th>", text.parentColumn, close: "</th>")
    for column in columns {
      html.element("<th class=\"n\">", text.status(UnitStatus.allCases[column]), close: "</th>")
    }
    html.element("<th class=\"n\">", text.totalRow, close: "</th>")
    html.markup("</tr></thead>\n<tbody>\n")
    for row in summary.byParent {
      html.markup("<tr><td>")
      if let code = row.code {
        unitName(code: code, name: row.name)
      } else {
        html.element("<i>", text.noParent, close: "</i>")
      }
      html.markup("</td>")
      for column in columns { countCell(row.counts[column]) }
      countCell(row.total)
      html.markup("</tr>\n")
    }
    html.markup("</tbody>\n<tfoot><tr>")
    html.element("<th>", text.totalRow, close: "</th>")
    for column in columns { countCell(summary.byStatus[column]) }
    countCell(summary.total)
    html.markup("</tr></tfoot>\n</table>\n</section>\n")
  }

  private mutating func countCell(_ count: Int) {
    html.markup(count == 0 ? "<td class=\"n z\">" : "<td class=\"n\">")
    html.number(count)
    html.markup("</td>")
  }

  // MARK: Eligibility list

  private mutating func writeEligibility() {
    var eligible = 0
    var review = 0
    for unit in report.units {
      if unit.status == .eligible { eligible += 1 }
      if unit.status == .review { review += 1 }
    }
    html.markup("<section id=\"eligible\">\n")
    html.element("<h2>", text.eligibilitySection, close: "</h2>\n")
    html.element("<p>", text.eligibilityIntro, close: "</p>\n")
    html.element("<p><b>", text.eligibilityCount(eligible, review), close: "</b></p>\n")
    guard eligible + review > 0 else {
      html.element("<p>", text.noneEligible, close: "</p>\n</section>\n")
      return
    }
    html.markup("<table class=\"eligible\">\n<thead><tr>")
    for column in [
      text.codeColumn, text.nameColumn, text.parentColumn, text.criterionColumn,
      text.awardColumn, text.statusColumn,
    ] {
      html.element("<th>", column, close: "</th>")
    }
    html.markup("</tr></thead>\n<tbody>\n")
    for unit in report.units where unit.status == .eligible || unit.status == .review {
      html.markup(unit.status == .review ? "<tr class=\"review\"><td>" : "<tr><td>")
      html.link(to: "u-", unit.code, unit.code)
      html.element("</td><td>", unit.name, close: "</td><td>")
      if let parent = data.directory[unit.code]?.parentCode, !parent.isEmpty {
        unitName(code: parent, name: data.directory[parent]?.name)
      }
      html.markup("</td><td>")
      if let criterion = unit.criterion { html.link(to: "c-", criterion.id, criterion.id) }
      html.markup("</td><td>")
      awards(of: unit)
      html.markup("</td><td>")
      badge(unit.status, unit.status == .review ? text.toReview : text.status(unit.status))
      html.markup("</td></tr>\n")
    }
    html.markup("</tbody>\n</table>\n</section>\n")
  }

  private mutating func awards(of unit: UnitEvaluation) {
    if unit.awards.isEmpty {
      html.element("<i>", text.noAward, close: "</i>")
    } else {
      html.text(unit.awards.map(\.title).joined(separator: "; "))
    }
  }

  // MARK: Units

  private mutating func writeUnits() {
    html.markup("<section id=\"units\">\n")
    html.element("<h2>", text.unitsSection, close: "</h2>\n")
    html.element("<p>", text.unitsIntro, close: "</p>\n")
    html.markup("<ul class=\"legend\">")
    legendItem("<path class=\"m\" d=\"M2 12V2h10V12z\"/>", text.legendMet)
    legendItem("<path class=\"n\" d=\"M2 12V2h10V12z\"/>", text.legendNotMet)
    legendItem("<path class=\"r\" d=\"M2 12V2h10V12z\"/>", text.legendReview)
    legendItem("<path class=\"o\" d=\"M2 12V2h10V12z\"/>", text.legendOther)
    legendItem("<path class=\"t\" d=\"M0 7h14\"/>", text.legendTarget)
    legendItem("<path class=\"b\" d=\"M0 7h14\"/>", text.legendBound)
    html.markup("</ul>\n")
    for unit in report.units { writeUnit(unit) }
    html.markup("</section>\n")
  }

  private mutating func legendItem(_ shape: StaticString, _ label: String) {
    html.markup("<li><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"c\" width=\"14\" ")
    html.markup("height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">")
    html.markup(shape)
    html.element("</svg>", label, close: "</li>")
  }

  private mutating func writeUnit(_ unit: UnitEvaluation) {
    html.markup("<div class=\"unit\"")
    html.anchor("u-", unit.code)
    html.element("><h3>", unit.code, close: "")
    if !unit.name.isEmpty { html.text(" " + unit.name) }
    html.markup(" ")
    badge(unit.status, text.status(unit.status))
    html.markup("</h3>\n<p class=\"meta\">")
    var separator = false
    if let level = unit.level {
      metaLabel(text.levelLabel, &separator)
      html.text(text.level(level))
    }
    if let parent = data.directory[unit.code]?.parentCode, !parent.isEmpty {
      metaLabel(text.parentLabel, &separator)
      unitName(code: parent, name: data.directory[parent]?.name)
    }
    if let criterion = unit.criterion {
      metaLabel(text.criterionLabel, &separator)
      html.link(to: "c-", criterion.id, criterion.id)
      if let bound = criterion.applies.baselineRate {
        metaLabel(text.boundLabel, &separator)
        html.text(
          text.bound(
            report.plan.baselineYear, PlanDescription.phrase(for: bound, in: text.language)))
      }
    }
    if !unit.awards.isEmpty {
      metaLabel(text.awardsLabel, &separator)
      awards(of: unit)
    }
    html.markup("</p>\n")

    let years = UnitYears(unit: unit, ownCounts: data.counts(of: unit.code)).years
    if years.isEmpty {
      html.element("<p class=\"meta\"><i>", text.noFigures, close: "</i></p>\n")
    } else {
      html.markup("<div class=\"fig\">")
      html.markup(
        built: UnitChart.svg(
          years, baselineYear: report.plan.baselineYear,
          bound: unit.criterion?.applies.baselineRate, label: text.chartLabel))
      yearTable(years, criterion: unit.comparisons.isEmpty ? nil : unit.criterion)
      html.markup("</div>\n")
    }
    html.element(
      "<p class=\"reason\">", Reason.text(of: unit, in: text.language), close: "</p>\n")
    if !unit.warnings.isEmpty {
      html.element("<p class=\"warn\"><b>", text.warningsLabel, close: "</b>: ")
      html.text(unit.warnings(in: text.language).joined(separator: "; "))
      html.markup("</p>\n")
    }
    html.markup("</div>\n")
  }

  /// `Label value` pieces of a unit's facts line, separated by a middle dot.
  private mutating func metaLabel(_ label: String, _ separator: inout Bool) {
    if separator { html.markup(" · ") }
    separator = true
    html.element("<b>", label, close: "</b> ")
  }

  private mutating func yearTable(_ years: [UnitYears.Year], criterion: Criterion?) {
    html.markup("<table class=\"yrs\"><thead><tr>")
    html.element("<th>", text.yearRow, close: "</th>")
    for year in years {
      html.markup("<th>")
      html.number(year.year)
      html.markup("</th>")
    }
    html.markup("</tr></thead><tbody>\n<tr>")
    html.element("<th>", text.householdsRow, close: "</th>")
    for year in years { cell(year.counts.map { String($0.total) }) }
    html.markup("</tr>\n<tr>")
    html.element("<th>", text.poorRow, close: "</th>")
    for year in years { cell(year.counts.map { String($0.poor) }) }
    html.markup("</tr>\n<tr>")
    html.element("<th>", text.rateRow, close: "</th>")
    for year in years {
      cell(year.counts.map { $0.rate.map { text.rate($0.formatted(places: 2)) } ?? text.missing })
    }
    html.markup("</tr>\n")
    if let criterion {
      html.markup("<tr>")
      html.element(
        "<th>",
        text.reductionRow(criterion.measure, text.decimal(criterion.atLeast.decimalDescription)),
        close: "</th>")
      for year in years {
        if let comparison = year.comparison {
          cell(comparison.reduction.map { text.decimal($0.formatted(places: 2)) } ?? text.missing)
        } else {
          html.markup("<td></td>")
        }
      }
      html.markup("</tr>\n<tr>")
      html.element("<th>", text.resultRow, close: "</th>")
      for year in years {
        switch year.comparison?.outcome {
        case .met: html.markup("<td class=\"m\">")
        case .notMet: html.markup("<td class=\"x\">")
        case .review: html.markup("<td class=\"r\">")
        case nil: html.markup("<td>")
        }
        if let outcome = year.comparison?.outcome { html.text(text.outcome(outcome)) }
        html.markup("</td>")
      }
      html.markup("</tr>\n")
    }
    html.markup("</tbody></table>")
  }

  /// A cell with `value`, or the mark of a missing year.
  private mutating func cell(_ value: String?) {
    html.element("<td>", value ?? text.missing, close: "</td>")
  }

  // MARK: Pieces

  private mutating func badge(_ status: UnitStatus, _ label: String) {
    html.markup("<span class=\"badge s-")
    html.markup(built: status.rawValue)
    html.element("\">", label, close: "</span>")
  }

  /// "90100 Huyện Mẫu A", linked to the unit's block when the page has one.
  private mutating func unitName(code: String, name: String?) {
    let shown = name.map { $0.isEmpty ? code : "\(code) \($0)" } ?? code
    if codes.contains(code) {
      html.link(to: "u-", code, shown)
    } else {
      html.text(shown)
    }
  }
}
