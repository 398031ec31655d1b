/// One dated occurrence of a plan's deadline: a one-off, or one year of a yearly deadline.
public struct DeadlineOccurrence: Sendable, Hashable {
  public var planID: String
  public var planFile: String
  /// The issuing decision of the plan, for the officer's reference.
  public var decision: DocumentReference?
  public var deadlineID: String
  public var title: String
  /// The day it is due, after any move to the next working day.
  public var due: CalendarDate
  /// The day the plan names, before any move (equal to `due` when nothing moved it).
  public var nominalDue: CalendarDate
  /// Why `due` differs from `nominalDue` (e.g. "2025-09-02 is a public holiday (Quốc khánh)").
  public var shiftReason: String?
  /// The days off that moved it, for saying why in another language; empty when nothing did.
  public var daysOff: [HolidayCalendar.DayOff]
  /// The plan names only the year ("sơ kết vào năm 2023"): due by the end of that year.
  public var yearOnly: Bool
  public var isDone: Bool

  public init(
    planID: String, planFile: String, decision: DocumentReference?, deadlineID: String,
    title: String, due: CalendarDate, nominalDue: CalendarDate, shiftReason: String? = nil,
    daysOff: [HolidayCalendar.DayOff] = [], yearOnly: Bool = false, isDone: Bool
  ) {
    self.planID = planID
    self.planFile = planFile
    self.decision = decision
    self.deadlineID = deadlineID
    self.title = title
    self.due = due
    self.nominalDue = nominalDue
    self.shiftReason = shiftReason
    self.daysOff = daysOff
    self.yearOnly = yearOnly
    self.isDone = isDone
  }
}

extension Deadline.Schedule {
  /// The nominal dates of every occurrence, with whether each is done.
  ///
  /// A yearly deadline on 02-29 falls on 02-28 in years without a 29 February; a deadline the plan
  /// dates only by its year is due on 31 December of that year.
  public var occurrences: [(date: CalendarDate, yearOnly: Bool, done: Bool)] {
    switch self {
    case .once(let due, let done):
      return [(due, false, done != nil)]
    case .duringYear(let year, let done):
      guard let end = CalendarDate(year: year, month: 12, day: 31) else { return [] }
      return [(end, true, done != nil)]
    case .yearly(let month, let day, let from, let to, let done):
      guard from <= to else { return [] }
      return (from...to).compactMap { year in
        let day = min(day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day).map {
          ($0, false, done.contains(year))
        }
      }
    }
  }
}

extension Plan {
  /// Every occurrence of every deadline of the plan, moved to working days when the plan asks.
  public func deadlineOccurrences(holidays: HolidayCalendar) -> [DeadlineOccurrence] {
    deadlines.flatMap { deadline in
      deadline.schedule.occurrences.map { occurrence in
        var due = occurrence.date
        var reason: String?
        var daysOff: [HolidayCalendar.DayOff] = []
        if shiftToWorkingDay && !occurrence.yearOnly {
          (due, reason) = holidays.nextWorkingDay(from: occurrence.date)
          daysOff = holidays.daysOff(from: occurrence.date)
        }
        return DeadlineOccurrence(
          planID: id, planFile: file, decision: decision, deadlineID: deadline.id,
          title: deadline.title, due: due, nominalDue: occurrence.date, shiftReason: reason,
          daysOff: daysOff, yearOnly: occurrence.yearOnly, isDone: occurrence.done)
      }
    }
  }
}
