/// Which units an evaluation output lists.
public enum ListKind: Sendable, Hashable {
  /// Every unit evaluated (`thidua evaluate`).
  case evaluation
  /// The award-eligibility list (`thidua eligible`): eligible units, and units a person must
  /// review when `includeReview` is set. Adds the columns `award` and `award_title`.
  case eligibility(includeReview: Bool)

  /// Whether a unit with `status` belongs in the list.
  public func includes(_ status: UnitStatus) -> Bool {
    switch self {
    case .evaluation: return true
    case .eligibility(let includeReview):
      return status == .eligible || (includeReview && status == .review)
    }
  }
}
