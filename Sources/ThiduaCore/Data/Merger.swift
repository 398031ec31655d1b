/// One line of the mergers file: unit `oldCode` became part of `newCode` on `effective` (the 2025
/// reform merged provinces and communes from 2025-07-01 and abolished districts).
public struct Merger: Sendable, Hashable {
  /// The unit that ceased.
  public var oldCode: String
  /// The unit it became part of.
  public var newCode: String
  /// The day the merger took effect.
  public var effective: CalendarDate

  /// `oldCode` became part of `newCode` on `effective`.
  public init(oldCode: String, newCode: String, effective: CalendarDate) {
    self.oldCode = oldCode
    self.newCode = newCode
    self.effective = effective
  }
}

/// The mergers of a run, indexed both ways.
///
/// Yearly figures are end-of-year reviews, so a merger effective on any day of year E is in force
/// for the figures of E: the old unit has no figures of its own from E on, and the new unit's
/// figures for years before E are the sums of its predecessors.
public struct MergerTable: Sendable {
  /// The merger of each old unit (at most one: a unit becomes part of one new unit).
  public private(set) var successors: [String: Merger]
  /// The mergers into each new unit, sorted by old code.
  public private(set) var predecessors: [String: [Merger]]

  /// A table of `mergers` (an old code listed twice keeps its first merger).
  public init(_ mergers: [Merger] = []) {
    var successors: [String: Merger] = [:]
    var predecessors: [String: [Merger]] = [:]
    for merger in mergers where successors[merger.oldCode] == nil {
      successors[merger.oldCode] = merger
      predecessors[merger.newCode, default: []].append(merger)
    }
    for key in predecessors.keys {
      predecessors[key]?.sort { UnitSeries.codeOrder($0.oldCode, $1.oldCode) }
    }
    self.successors = successors
    self.predecessors = predecessors
  }

  /// Whether there are no mergers.
  public var isEmpty: Bool { successors.isEmpty }

  /// Every code the mergers name, old and new.
  public var codes: Set<String> {
    Set(successors.keys).union(predecessors.keys)
  }

  /// The merger that ended `code` by the end of `year`, if any.
  public func merger(ending code: String, by year: Int) -> Merger? {
    guard let merger = successors[code], merger.effective.year <= year else { return nil }
    return merger
  }

  /// The mergers into `code` that took effect after `year`: the units whose sum stands for
  /// `code` in `year`.
  public func predecessors(of code: String, before year: Int) -> [Merger] {
    (predecessors[code] ?? []).filter { $0.effective.year > year }
  }

  /// The unit `code` is part of now: its successor's successor, and so on (stops at a cycle).
  public func latestSuccessor(of code: String) -> String? {
    var current = code
    var seen: Set<String> = [code]
    while let next = successors[current]?.newCode, seen.insert(next).inserted { current = next }
    return current == code ? nil : current
  }
}
