/// Dates in plans: `YYYY-MM-DD`, `YYYY` (a year with no day) and `MM-DD` (a day of every year),
/// with messages that say what is wrong with a date a person wrote the Vietnamese way (`13/7/2022`).
extension PlanDecoder {
  /// A date written `YYYY-MM-DD`.
  mutating func date(_ value: JSONNode, _ path: String) -> CalendarDate? {
    guard let text = string(value, path) else { return nil }
    switch Self.parseDate(text) {
    case .success(let date):
      return date
    case .failure(let problem):
      error(path, at: value.position, problem.message)
      return nil
    }
  }

  /// A one-off deadline's `due`: a date, or a year alone (`"2023"`) when the text names no day.
  mutating func due(_ value: JSONNode, _ path: String) -> Deadline.Schedule? {
    if case .number(let text) = value.kind, text.count == 4, text.allSatisfy(\.isASCIIDigit) {
      error(path, at: value.position, .yearInQuotes(text))
      return nil
    }
    guard let text = string(value, path) else { return nil }
    if text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text) {
      guard year >= 1 else {
        error(path, at: value.position, .notAYear(text))
        return nil
      }
      return .duringYear(year, done: nil)
    }
    switch Self.parseDate(text) {
    case .success(let date):
      return .once(due: date, done: nil)
    case .failure(let problem):
      error(path, at: value.position, problem.message)
      return nil
    }
  }

  /// A yearly deadline's `on`: `MM-DD`, 29 February allowed.
  mutating func dayOfYear(_ value: JSONNode, _ path: String) -> (month: Int, day: Int)? {
    guard let text = string(value, path) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
      let month = Int(parts[0]), let day = Int(parts[1])
    else {
      var example = "11-15"
      let dayFirst = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
      if dayFirst.count == 2, let day = Int(dayFirst[0]), let month = Int(dayFirst[1]),
        (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day)
      {
        example = Self.pad(month) + "-" + Self.pad(day)
      }
      error(path, at: value.position, .dayOfYearFormat(found: text, example: example))
      return nil
    }
    guard (1...12).contains(month) else {
      error(path, at: value.position, .impossibleDayOfYear(text, .noMonth(month)))
      return nil
    }
    let most = CalendarDate.daysIn(month: month, year: 2000)  // a leap year: 02-29 is allowed
    guard (1...most).contains(day) else {
      let flaw: Message.DateFlaw =
        day == 0 ? .noDayZero : .shortMonth(month: month, year: nil, days: most)
      error(path, at: value.position, .impossibleDayOfYear(text, flaw))
      return nil
    }
    return (month, day)
  }

  /// Why a text is not a `YYYY-MM-DD` date.
  struct DateProblem: Error {
    var message: Message
  }

  /// Reads `YYYY-MM-DD`, or says what is wrong: an impossible day, or another way of writing it.
  static func parseDate(_ text: String) -> Result<CalendarDate, DateProblem> {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let isISOShape =
      parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    guard isISOShape, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else {
      return .failure(
        DateProblem(message: .dateFormat(found: text, example: example(for: text))))
    }
    if let date = CalendarDate(year: year, month: month, day: day) { return .success(date) }
    let flaw: Message.DateFlaw
    if year == 0 {
      flaw = .noYearZero
    } else if !(1...12).contains(month) {
      flaw = .noMonth(month)
    } else if day == 0 {
      flaw = .noDayZero
    } else {
      flaw = .shortMonth(
        month: month, year: year, days: CalendarDate.daysIn(month: month, year: year))
    }
    return .failure(DateProblem(message: .impossibleDate(text, flaw)))
  }

  /// The date a text means when written day first (`13/7/2022`, `13-07-2022`, `13.07.2022`),
  /// in the ISO form; a fixed example otherwise.
  static func example(for text: String) -> String {
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
    if parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
      let date = CalendarDate(year: year, month: month, day: day)
    {
      return date.iso
    }
    return "2022-07-13"
  }

  static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
