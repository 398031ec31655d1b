import Foundation

/// What `thidua deadlines` reports: occurrences overdue or due within the window, soonest first.
public struct DeadlineCheck: Sendable {
  /// An occurrence with its days left relative to its plan's "today".
  public struct Entry: Sendable, Hashable {
    public var occurrence: DeadlineOccurrence
    /// The plan's "today" (in its time zone).
    public var today: CalendarDate
    /// Negative when overdue.
    public var daysLeft: Int

    public var isOverdue: Bool { daysLeft < 0 }
  }

  /// What the check found, overdue and due, soonest first.
  public var entries: [Entry]

  /// The exit status of SPEC 4: 11 overdue (wins), 10 due within the window, 0 otherwise.
  public var exitStatus: Int32 {
    if entries.contains(where: \.isOverdue) { return 11 }
    return entries.isEmpty ? 0 : 10
  }

  /// Checks `plans`, each on its own "today": `today` when given, else the date in its time zone at
  /// `now`. Occurrences that are done are left out.
  public init(
    plans: [Plan], today: CalendarDate?, now: Date, within days: Int, holidays: HolidayCalendar
  ) throws(ThiduaError) {
    var entries: [Entry] = []
    for plan in plans {
      let planToday: CalendarDate
      if let today {
        planToday = today
      } else {
        planToday = try CalendarDate.today(in: plan.timeZone, at: now)
      }
      for occurrence in plan.deadlineOccurrences(holidays: holidays) where !occurrence.isDone {
        let left = planToday.days(until: occurrence.due)
        if left <= days {
          entries.append(Entry(occurrence: occurrence, today: planToday, daysLeft: left))
        }
      }
    }
    self.entries = entries.sorted {
      ($0.occurrence.due, $0.occurrence.planID, $0.occurrence.deadlineID, $0.occurrence.nominalDue)
        < (
          $1.occurrence.due, $1.occurrence.planID, $1.occurrence.deadlineID,
          $1.occurrence.nominalDue
        )
    }
  }
}

extension CalendarDate {
  /// The date it is in the time zone `identifier` at the instant `now`.
  ///
  /// A binary that cannot load the zone fails with a clear message rather than falling back to UTC:
  /// at 2025-11-14T20:00Z it is already 2025-11-15 in Hà Nội.
  public static func today(in identifier: String, at now: Date) throws(ThiduaError) -> CalendarDate
  {
    guard let zone = TimeZone(identifier: identifier) else {
      throw .internal(message: .timeZoneUnavailable(identifier))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    guard let y = parts.year, let m = parts.month, let d = parts.day,
      let date = CalendarDate(year: y, month: m, day: d)
    else { throw .internal(message: "cannot tell the date in '\(identifier)'") }
    return date
  }
}
