/// A day in the proleptic Gregorian calendar, with no time zone: what plans mean by `2022-07-13`.
public struct CalendarDate: Sendable, Hashable, Comparable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A valid date, or nil (`2023-02-30` is nil).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Whether `year` has a 29 February.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date `days` after 1970-01-01.
  public init(daysSinceEpoch days: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// The date `count` days later (earlier when negative).
  public func adding(days count: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(until other: CalendarDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// 1 Monday … 7 Sunday (ISO 8601).
  public var isoWeekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (daysSinceEpoch + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  /// Reads exactly `YYYY-MM-DD`.
  public init?(iso text: String) {
    guard let (year, month, day) = CalendarDate.isoParts(text) else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The three numbers of text shaped `YYYY-MM-DD`, whether or not they name a day.
  private static func isoParts(_ text: String) -> (Int, Int, Int)? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    return (year, month, day)
  }

  /// Why `YYYY-MM-DD` text names no day, when it has that shape but ``init(iso:)`` refuses it:
  /// "there is no month 13", "February 2025 has 28 days".
  public static func whyNotADay(iso text: String) -> String? {
    flaw(iso: text)?.english
  }

  /// ``whyNotADay(iso:)`` as data, to be written in either language.
  public static func flaw(iso text: String) -> Message.DateFlaw? {
    guard let (year, month, day) = isoParts(text) else { return nil }
    guard (1...12).contains(month) else { return .noMonth(month) }
    let days = daysIn(month: month, year: year)
    guard (1...days).contains(day) else {
      return day == 0 ? .noDayZero : .shortMonth(month: month, year: year, days: days)
    }
    return nil
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `DD/MM/YYYY`, as dates are written in Vietnamese.
  public var vietnamese: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))"
  }

  /// The date as people read it in `language`: ``iso`` in English, ``vietnamese`` in Vietnamese.
  public func text(in language: Language) -> String {
    language == .vietnamese ? vietnamese : iso
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

extension CalendarDate: CustomStringConvertible {
  public var description: String { iso }
}
