/// Why a unit has its status, kept as data until it is written in words (``Reason``).
///
/// The evaluation of the whole country explains every unit; most outputs write those reasons once,
/// straight into the output, so they are not made into strings when the units are evaluated. The
/// criterion, the status, the figures and the comparisons a reason quotes are the unit's own
/// (``UnitEvaluation``); an explanation holds only what they do not.
enum Explanation: Sendable {
  /// A reason given as text.
  case text(String)
  /// Rows of the unit were rejected (`--skip-invalid`).
  case rejectedRows([Diagnostic])
  /// Rows of units it sums were rejected.
  case invalidParts([String])
  /// The unit is not described in the units file.
  case notDescribed
  /// No criterion's selector matched the unit.
  case noCriterion(NoCriterion)
  /// The criterion depends on the baseline rate, which cannot be had.
  case baselineUnknown(baselineYear: Int?, lookup: UnitSeries.Lookup)
  /// Years the criterion needs are missing.
  case missingYears([Reason.MissingYear], year: Int, isAggregate: Bool)
  /// The criterion was measured: the unit's comparisons.
  case measured(Measured)
  /// The unit became part of another.
  case merged(Merger, now: String?)
  /// A district (or province) that ceased by the end of the year.
  case ceased(year: Int, ending: UnitSeries.Ending)

  /// What a reason says of a unit no criterion applies to.
  struct NoCriterion: Sendable {
    var flags: [String]
    var criteriaCount: Int
    var baselineRate: Rational?
    var baselineYear: Int?
  }

  /// What a measured reason says besides the unit's figures and comparisons.
  struct Measured: Sendable {
    var baseline: Baseline?
    var standardChanges: [Reason.StandardChange]
    var whenNoPoorHouseholds: NoPoorHouseholdsRule
    var acrossStandards: AcrossStandardsRule
  }
}
