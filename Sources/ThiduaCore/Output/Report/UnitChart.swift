/// A unit's poverty rate by year as a small inline SVG bar chart, a few hundred bytes, so that a
/// report of every commune of the country stays light.
///
/// - One bar a year, its height the year's rate on the unit's own scale (the tallest of the
///   rates, targets and bounds fills the plot). A year with a rate of zero keeps a bar two
///   pixels high; a year without counts has none.
/// - Bars of years in the criterion's window show the outcome: filled green when the year meets
///   the measure, outlined red when it does not, amber when a person decides. Other years are
///   grey. Outlined and filled bars stay apart in black-and-white print.
/// - A short black tick over a window year marks the rate that meets the measure exactly
///   (``UnitYears/Year/targetRate``): the bar reaching down to it or below meets it.
/// - A dashed blue line across the baseline year marks each bound of the criterion's
///   baseline-rate condition.
/// - The first and the last year are written under the bars.
///
/// Bars of one kind are one path, coordinates are whole pixels, and the styles are classes
/// (`ReportStyle`): `m` met, `n` not met, `r` review, `o` other, `t` target, `b` bound, `a` axis.
/// Double is used for coordinates only; what a year's outcome is comes from the evaluation.
enum UnitChart {
  /// The width of one year's slot and of its bar, and the plot's height, in pixels.
  static let slot = 30
  static let barWidth = 20
  static let plotTop = 4
  static let plotBottom = 70
  static let height = 84

  /// The chart of `years`, with the bounds of `bound` over `baselineYear`, labelled `label` for
  /// screen readers. Empty when no year has counts.
  static func svg(
    _ years: [UnitYears.Year], baselineYear: Int?, bound: RateBound?, label: String
  ) -> String {
    guard years.contains(where: { $0.counts != nil }) else { return "" }
    let bounds = [bound?.below, bound?.atLeast].compactMap { $0 }
    let baselineIndex = baselineYear.flatMap { year in years.firstIndex { $0.year == year } }
    var largest = 0.0
    for year in years {
      if let rate = year.counts?.rate { largest = max(largest, double(rate)) }
      if let target = year.targetRate { largest = max(largest, double(target)) }
    }
    if baselineIndex != nil {
      for value in bounds { largest = max(largest, double(value)) }
    }
    if largest <= 0 { largest = 1 }
    let plotHeight = Double(plotBottom - plotTop)
    func y(_ value: Rational) -> Int {
      let clamped = min(max(double(value), 0), largest)
      return plotBottom - Int((clamped / largest * plotHeight).rounded())
    }

    let width = years.count * slot
    var paths: [Character: String] = [:]
    var ticks = ""
    for (index, year) in years.enumerated() {
      let x = index * slot + (slot - barWidth) / 2
      if let rate = year.counts?.rate {
        let top = min(y(rate), plotBottom - 2)
        let kind: Character
        switch year.comparison?.outcome {
        case .met: kind = "m"
        case .notMet: kind = "n"
        case .review: kind = "r"
        case nil: kind = "o"
        }
        paths[kind, default: ""] += "M\(x) \(plotBottom)V\(top)h\(barWidth)V\(plotBottom)z"
      }
      if let target = year.targetRate {
        ticks += "M\(x - 3) \(y(target))h\(barWidth + 6)"
      }
    }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"c\" width=\"\(width)\" "
      + "height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\""
      + HTMLEscaper.escape(label) + "\">"
    svg += "<path class=\"a\" d=\"M0 \(plotBottom)h\(width)\"/>"
    for kind in ["o", "m", "r", "n"] as [Character] {
      if let d = paths[kind] { svg += "<path class=\"\(kind)\" d=\"\(d)\"/>" }
    }
    if !ticks.isEmpty { svg += "<path class=\"t\" d=\"\(ticks)\"/>" }
    if let baselineIndex, !bounds.isEmpty {
      let d = bounds.map { "M\(baselineIndex * slot) \(y($0))h\(slot)" }.joined()
      svg += "<path class=\"b\" d=\"\(d)\"/>"
    }
    if let first = years.first {
      svg += "<text x=\"1\" y=\"\(height - 2)\">\(first.year)</text>"
    }
    if years.count > 1, let last = years.last {
      svg += "<text x=\"\(width - 1)\" y=\"\(height - 2)\" class=\"e\">\(last.year)</text>"
    }
    return svg + "</svg>"
  }

  /// `value` as a Double, for coordinates only. Through 64-bit integers when they hold it (every
  /// poverty rate): converting an `Int128` goes through the standard library's generic path, a
  /// few hundred instructions, and a report of the country draws 50,000 bars.
  private static func double(_ value: Rational) -> Double {
    if let numerator = Int64(exactly: value.numerator),
      let denominator = Int64(exactly: value.denominator)
    {
      return Double(numerator) / Double(denominator)
    }
    return Double(value.numerator) / Double(value.denominator)
  }
}
