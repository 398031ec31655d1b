import Testing

@testable import ThiduaCore

/// A report too long for one piece, handed on as it is written
/// (``EvaluationRenderer/write(_:format:list:excel:language:marks:to:)``): the pieces joined are
/// the whole output, and the table is cut only at the ends of its lines.
@Suite struct EvaluationRendererStreamingTests {
  /// Communes enough for a table of several pieces, evaluated from generated counts, so their
  /// reasons are written from data: every status the counts can give, some years missing, some
  /// names decomposed or holding a tab.
  static let report: EvaluationReport? = {
    var generator = SeededGenerator(seed: 2025)
    var units: [Unit] = []
    var counts: [String: [Int: (Int, Int)]] = [:]
    for index in 0..<1_000 {
      let code = String(30_000 + index)
      let flags: Set<String> = index % 7 == 0 ? ["coastal-extremely-difficult"] : []
      var unit = commune(code, flags: flags)
      switch index % 101 {
      case 0: unit.name = "Xã Thu\u{309}y \(index)"
      case 50: unit.name = "Phường\tAn Hội \(index)"
      default: unit.name = "Xã Thạnh Phong \(index)"
      }
      units.append(unit)
      let total = Int.random(in: 800...3_000, using: &generator)
      // Mostly below 5% at the baseline, measured in households; some measured in points.
      var poor = Int.random(in: 0...(total / (index % 9 == 0 ? 8 : 25)), using: &generator)
      var years: [Int: (Int, Int)] = [:]
      for year in 2021...2025 {
        if index % 13 != 5 || year != 2024 { years[year] = (total, poor) }
        // Most communes reduce enough to be listed as eligible or to review.
        let kept = index % 4 == 0 ? Int.random(in: 70...102, using: &generator) : 60
        poor = poor * kept / 100
      }
      counts[code] = years
    }
    return try? Evaluator(plan: benTreLikePlan(), data: dataSet(units: units, counts: counts))
      .evaluate()
  }()

  /// The pieces `write` hands on, each copied as it is lent.
  static func pieces(
    _ report: EvaluationReport, format: OutputFormat, list: ListKind = .evaluation,
    language: Language, marks: EmphasisMarks? = nil
  ) -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    EvaluationRenderer.write(
      report, format: format, list: list, language: language, marks: marks
    ) { pieces.append(Array($0)) }
    return pieces
  }

  static let lists: [ListKind] = [.evaluation, .eligibility(includeReview: true)]

  @Test func theReportHasEveryStatusTheCountsCanGive() throws {
    let report = try #require(Self.report)
    let statuses = Set(report.units.map(\.status))
    #expect(statuses.isSuperset(of: [.eligible, .notEligible, .review, .insufficientData]))
  }

  @Test(arguments: OutputFormat.allCases, Language.allCases)
  func thePiecesJoinedAreTheWholeOutput(format: OutputFormat, language: Language) throws {
    var report = try #require(Self.report)
    if format == .json || format == .ndjson {
      // Several times the bytes of a table for each unit: fewer communes make as many pieces.
      report.units = Array(report.units.prefix(300))
    }
    for list in Self.lists {
      let pieces = Self.pieces(report, format: format, list: list, language: language)
      let whole = EvaluationRenderer.renderUTF8(
        report, format: format, list: list, language: language)
      // More than two pieces of a table.
      #expect(whole.count > 2 * TextTable.chunkSize)
      #expect(pieces.flatMap { $0 } == whole)
      #expect(!pieces.contains { $0.isEmpty })
    }
  }

  @Test(arguments: lists, Language.allCases)
  func theTableIsCutAtLineEndsOnceAPieceIsFull(list: ListKind, language: Language) throws {
    let report = try #require(Self.report)
    let pieces = Self.pieces(report, format: .table, list: list, language: language)
    try #require(pieces.count >= 3)
    let newline = UInt8(ascii: "\n")
    for piece in pieces.dropLast() {
      #expect(piece.last == newline)
      #expect(piece.count >= TextTable.chunkSize)
      // Handed on at the first line end that reached the size, not later.
      let beforeLastLine = piece.dropLast().lastIndex(of: newline).map { $0 + 1 } ?? 0
      #expect(beforeLastLine < TextTable.chunkSize)
    }
    let units = report.units.filter { list.includes($0.status) }
    let summary = EvaluationRenderer.summary(units, in: language)
    let last = try #require(pieces.last)
    #expect(String(decoding: last, as: UTF8.self).hasSuffix("\n\n" + summary + "\n"))
    #expect(!pieces.dropLast().contains { String(decoding: $0, as: UTF8.self).contains(summary) })
  }

  @Test(arguments: Language.allCases, [false, true])
  func theStreamedTableIsTheTableOfItsCells(language: Language, marked: Bool) throws {
    // The same table written from whole cells, without a sink: reasons as text, cleaned as any
    // other cell.
    let report = try #require(Self.report)
    let angles: EmphasisMarks = { emphasis in ("<\(emphasis)>", "</>") }
    let marks = marked ? angles : nil
    let streamed = Self.pieces(report, format: .table, language: language, marks: marks)
    try #require(streamed.count >= 3)
    let english = language == .english
    let header =
      english
      ? ["code", "name", "level", "criterion", "status", "reason"]
      : ["Mã", "Tên đơn vị", "Cấp", "Tiêu chí", "Trạng thái", "Lý do"]
    let rows = report.units.map { unit in
      [
        unit.code, unit.name,
        unit.level.map { EvaluationRenderer.levelName($0, in: language) } ?? "-",
        unit.criterion?.id ?? "-", EvaluationRenderer.statusName(unit.status, in: language),
        Reason.text(of: unit, in: language),
      ]
    }
    let title =
      english
      ? "Evaluation of \(report.year): \(report.plan.title)"
      : "Kết quả đánh giá năm \(report.year): \(report.plan.title)"
    var expected = Array("\(title)\n\n".utf8)
    TextTable(header: header, rows: rows).render(into: &expected) { row, column in
      guard column == 4, let marks, let emphasis = report.units[row].status.emphasis else {
        return nil
      }
      return marks(emphasis)
    }
    expected += Array("\n\(EvaluationRenderer.summary(report.units, in: language))\n".utf8)
    let joined = streamed.flatMap { $0 }
    #expect(joined == expected)
    // The names that needed cleaning were cleaned in the stream too.
    let text = String(decoding: joined, as: UTF8.self)
    #expect(text.contains("Xã Thủy 101 "))
    #expect(text.contains("Phường An Hội 50 "))
    #expect(!text.contains("\t"))
  }
}
