/// How a cell of a table stands out for a person reading at a terminal.
///
/// The renderers say which cells matter and how (a unit's status, an overdue deadline); the
/// executable says what that looks like (colour codes, only on a terminal that allows them).
/// Output for pipes and files passes no marks and is byte for byte the same as without them.
public enum Emphasis: Sendable, Hashable {
  /// Good news: a unit eligible for an award.
  case favourable
  /// Bad news: a unit not eligible, a deadline overdue.
  case unfavourable
  /// A person should look: a unit to review, a deadline due soon.
  case attention
}

/// The text written just before and just after a cell of the given emphasis (for instance an
/// ANSI colour and its reset). Marks take no room in the layout: columns are aligned on the
/// cells' own text.
public typealias EmphasisMarks = @Sendable (Emphasis) -> (before: String, after: String)

extension UnitStatus {
  /// How the status stands out in a table: nil for the statuses that call for no action.
  public var emphasis: Emphasis? {
    switch self {
    case .eligible: return .favourable
    case .notEligible: return .unfavourable
    case .review: return .attention
    case .insufficientData, .invalidData, .noCriterion, .merged: return nil
    }
  }
}
