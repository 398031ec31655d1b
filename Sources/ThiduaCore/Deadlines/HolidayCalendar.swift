import Foundation

/// Public holidays, read from a holidays file (`YYYY-MM-DD[,name]` a line), and the rule that a
/// deadline falling on a weekend or a holiday moves to the next working day.
///
/// Tết follows the lunar calendar and the government announces the days off each year, so holidays
/// come from a file rather than a fixed rule. Saturdays and Sundays are days off for state offices.
public struct HolidayCalendar: Sendable {
  /// Holiday names by date.
  public private(set) var names: [CalendarDate: String]

  public init(names: [CalendarDate: String] = [:]) {
    self.names = names
  }

  /// No holidays: only weekends are days off.
  public static let weekendsOnly = HolidayCalendar()

  /// Reads a holidays file's text. Blank lines and lines starting with `#` are ignored.
  public static func parse(_ text: String, file: String) throws(ThiduaError) -> HolidayCalendar {
    var names: [CalendarDate: String] = [:]
    var errors: [Diagnostic] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let parts = trimmed.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
      let dateText = String(parts[0].trimmingSpaces)
      guard let date = CalendarDate(iso: dateText) else {
        errors.append(
          .error(
            at: SourceLocation(file: file, line: lineNumber, column: 1), .badHoliday(dateText)))
        continue
      }
      let name = parts.count > 1 ? String(parts[1].trimmingSpaces) : HolidayCalendar.unnamed
      names[date] = name.isEmpty ? HolidayCalendar.unnamed : name
    }
    if !errors.isEmpty { throw .invalidData(diagnostics: errors) }
    return HolidayCalendar(names: names)
  }

  /// Whether `date` is a day off: a Saturday, a Sunday or a holiday.
  public func isDayOff(_ date: CalendarDate) -> Bool {
    date.isoWeekday >= 6 || names[date] != nil
  }

  /// The first working day on or after `date`, and why it moved (nil when it did not).
  public func nextWorkingDay(from date: CalendarDate) -> (CalendarDate, String?) {
    let skipped = daysOff(from: date)
    let day = skipped.last.map { $0.date.adding(days: 1) } ?? date
    let reasons = skipped.map { $0.text(in: .english) }
    return (day, reasons.isEmpty ? nil : reasons.joined(separator: ", "))
  }

  /// The days off from `date` on, up to the next working day: why a deadline on `date` moves.
  public func daysOff(from date: CalendarDate) -> [DayOff] {
    var day = date
    var skipped: [DayOff] = []
    // Tết is at most about ten days off in a row; a month bounds a malformed file.
    for _ in 0..<31 where isDayOff(day) {
      skipped.append(DayOff(date: day, holiday: names[day]))
      day = day.adding(days: 1)
    }
    return skipped
  }

  /// A day a deadline cannot fall on: a holiday, or else a Saturday or a Sunday.
  public struct DayOff: Sendable, Hashable {
    public var date: CalendarDate
    /// The holiday's name; nil for a weekend day that is not a holiday.
    public var holiday: String?

    public init(date: CalendarDate, holiday: String?) {
      self.date = date
      self.holiday = holiday
    }

    /// "2025-09-02 is a holiday (Quốc khánh)", "2025-11-15 is a Saturday"; in Vietnamese
    /// "02/09/2025 là ngày lễ (Quốc khánh)", "15/11/2025 là thứ Bảy".
    public func text(in language: Language) -> String {
      let saturday = date.isoWeekday == 6
      switch (language, holiday) {
      case (.english, let name?): return "\(date.iso) is a holiday (\(name))"
      case (.english, nil): return "\(date.iso) is a \(saturday ? "Saturday" : "Sunday")"
      case (.vietnamese, let name?) where name == HolidayCalendar.unnamed:
        return "\(date.vietnamese) là ngày lễ"
      case (.vietnamese, let name?): return "\(date.vietnamese) là ngày lễ (\(name))"
      case (.vietnamese, nil): return "\(date.vietnamese) là \(saturday ? "thứ Bảy" : "Chủ nhật")"
      }
    }
  }

  /// The name of a holiday the file gives without one.
  static let unnamed = "public holiday"
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    var s = self
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return s
  }
}

extension HolidayCalendar {
  /// Reads a holidays file (UTF-8).
  public static func read(file: String) throws(ThiduaError) -> HolidayCalendar {
    var source = try FileByteSource(path: file)
    return try read(bytes: try source.readToEnd(), file: file)
  }

  /// Reads a holidays file's bytes (a file's, or standard input's), named `file` in messages.
  public static func read(bytes: [UInt8], file: String) throws(ThiduaError) -> HolidayCalendar {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .invalidData(diagnostics: [
        .error(at: SourceLocation(file: file), .holidaysNotUTF8)
      ])
    }
    return try parse(text, file: file)
  }
}
