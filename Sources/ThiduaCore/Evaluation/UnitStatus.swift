/// The outcome of evaluating one unit. Raw values are stable for scripts.
public enum UnitStatus: String, Sendable, Hashable, CaseIterable {
  /// Every year of the window meets the criterion's measure.
  case eligible
  /// At least one year of the window does not.
  case notEligible = "not-eligible"
  /// A person must decide (a year ended with no poor households, under `whenNoPoorHouseholds: review`).
  case review
  /// Years or children are missing; the reason names them.
  case insufficientData = "insufficient-data"
  /// Rows of the unit were rejected; the reason names them.
  case invalidData = "invalid-data"
  /// No criterion's selector matched the unit.
  case noCriterion = "no-criterion"
  /// The unit no longer exists in the evaluation year; the reason names its successor.
  case merged
}
