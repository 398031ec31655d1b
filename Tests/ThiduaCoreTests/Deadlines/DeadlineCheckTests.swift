import Foundation
import Testing

@testable import ThiduaCore

func date(_ text: String) -> CalendarDate {
  CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
}

func plan(
  _ id: String, zone: String = "Asia/Ho_Chi_Minh", shift: Bool = false, _ deadlines: [Deadline]
) -> Plan {
  Plan(
    file: "\(id).json", id: id, title: id, period: YearRange(from: 2021, to: 2026),
    timeZone: zone, deadlines: deadlines, shiftToWorkingDay: shift)
}

@Suite struct DeadlineCheckTests {
  @Test func todayIsTheDateInThePlansTimeZone() throws {
    // 2025-11-14T20:00Z is already 2025-11-15 in Hà Nội, still the 14th in UTC.
    let instant = Date(timeIntervalSince1970: 1_763_150_400)
    #expect(try CalendarDate.today(in: "Asia/Ho_Chi_Minh", at: instant) == date("2025-11-15"))
    #expect(try CalendarDate.today(in: "UTC", at: instant) == date("2025-11-14"))
  }

  @Test func eachPlanUsesItsOwnToday() throws {
    let instant = Date(timeIntervalSince1970: 1_763_150_400)  // 2025-11-14T20:00Z
    let due = Deadline(
      id: "d", title: "Báo cáo", schedule: .once(due: date("2025-11-15"), done: nil))
    let check = try DeadlineCheck(
      plans: [plan("hanoi", [due]), plan("utc", zone: "UTC", [due])], today: nil, now: instant,
      within: 30, holidays: .weekendsOnly)
    #expect(check.entries.map(\.occurrence.planID) == ["hanoi", "utc"])
    #expect(check.entries.map(\.daysLeft) == [0, 1])
  }

  @Test func anUnknownZoneFailsInsteadOfFallingBackToUTC() {
    #expect(throws: ThiduaError.self) {
      try CalendarDate.today(in: "Asia/Atlantis", at: Date())
    }
  }

  @Test func yearlyDeadlinesExpandAndDoneOnesAreLeftOut() throws {
    let yearly = Deadline(
      id: "bao-cao-nam", title: "Báo cáo năm",
      schedule: .yearly(month: 11, day: 15, from: 2022, to: 2025, done: [2022, 2023]))
    let check = try DeadlineCheck(
      plans: [plan("p", [yearly])], today: date("2025-11-01"), now: Date(), within: 30,
      holidays: .weekendsOnly)
    #expect(check.entries.map(\.occurrence.due) == [date("2024-11-15"), date("2025-11-15")])
    #expect(check.entries.map(\.daysLeft) == [-351, 14])
    #expect(check.exitStatus == 11)
  }

  @Test func february29FallsOnFebruary28InOtherYears() {
    let schedule = Deadline.Schedule.yearly(month: 2, day: 29, from: 2023, to: 2025, done: [])
    #expect(
      schedule.occurrences.map(\.date) == [
        date("2023-02-28"), date("2024-02-29"), date("2025-02-28"),
      ])
  }

  /// Due 2025-11-15, window 3 days: far ahead 0, within the window 10, overdue 11.
  @Test(arguments: [
    ("2025-11-01", Int32(0)), ("2025-11-12", 10), ("2025-11-15", 10), ("2025-11-16", 11),
    ("2025-11-20", 11),
  ])
  func exitStatus(today: String, expected: Int32) throws {
    let once = Deadline(id: "d", title: "D", schedule: .once(due: date("2025-11-15"), done: nil))
    let check = try DeadlineCheck(
      plans: [plan("p", [once])], today: date(today), now: Date(), within: 3,
      holidays: .weekendsOnly)
    #expect(check.exitStatus == expected)
  }

  @Test func aDeadlineOnAWeekendOrHolidayMovesToTheNextWorkingDay() throws {
    let holidays = try HolidayCalendar.parse(
      "# test\n2025-09-01,Quốc khánh\n2025-09-02,Quốc khánh\n", file: "holidays.csv")
    // 2025-08-30 is a Saturday; Sunday, then two holidays: Wednesday 3 September.
    let d = Deadline(id: "d", title: "D", schedule: .once(due: date("2025-08-30"), done: nil))
    let occurrences = plan("p", shift: true, [d]).deadlineOccurrences(holidays: holidays)
    #expect(occurrences.map(\.due) == [date("2025-09-03")])
    #expect(
      occurrences.first?.shiftReason
        == "2025-08-30 is a Saturday, 2025-08-31 is a Sunday, 2025-09-01 is a holiday (Quốc khánh), 2025-09-02 is a holiday (Quốc khánh)"
    )
    let unshifted = plan("p", shift: false, [d]).deadlineOccurrences(holidays: holidays)
    #expect(unshifted.map(\.due) == [date("2025-08-30")])
  }

  @Test func aYearOnlyDeadlineIsDueByTheEndOfItsYear() {
    let d = Deadline(id: "so-ket", title: "Sơ kết", schedule: .duringYear(2023, done: nil))
    let occurrences = plan("p", shift: true, [d]).deadlineOccurrences(holidays: .weekendsOnly)
    #expect(occurrences.map(\.due) == [date("2023-12-31")])
    #expect(occurrences.first?.yearOnly == true)
  }

  @Test(arguments: [
    (
      "13/7/2022\n",
      "holidays.csv:1:1: error: '13/7/2022' is not a date; write one holiday a line as YYYY-MM-DD[,name], e.g. 2025-09-02,Quốc khánh"
    ),
    (
      "2025-01-01\n\n2025-02-30,x\n",
      "holidays.csv:3:1: error: '2025-02-30' is not a date; write one holiday a line as YYYY-MM-DD[,name], e.g. 2025-09-02,Quốc khánh"
    ),
  ])
  func badHolidayLinesAreReported(text: String, expected: String) {
    do {
      _ = try HolidayCalendar.parse(text, file: "holidays.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.message == expected)
    }
  }

  @Test func holidaysAreReadFromBytesUnderTheGivenName() throws {
    let holidays = try HolidayCalendar.read(
      bytes: Array("2025-09-02,Quốc khánh\n".utf8), file: "<stdin>")
    #expect(holidays.names == [date("2025-09-02"): "Quốc khánh"])
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(at: SourceLocation(file: "<stdin>"), "the file is not UTF-8; save it as UTF-8 text")
      ])
    ) { try HolidayCalendar.read(bytes: [0x32, 0xFF], file: "<stdin>") }
  }

  @Test func weekdays() {
    #expect(date("2025-11-23").isoWeekday == 7)  // a Sunday
    #expect(date("2026-11-23").isoWeekday == 1)  // a Monday
    #expect(date("2024-02-29").adding(days: 1) == date("2024-03-01"))
    #expect(date("2025-11-15").days(until: date("2025-11-01")) == -14)
  }
}
