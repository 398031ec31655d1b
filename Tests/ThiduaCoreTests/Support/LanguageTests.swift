import Testing

@testable import ThiduaCore

/// The language a run speaks: from the locale environment in POSIX order, or `--lang`.
@Suite struct LanguageTests {
  @Test(
    arguments: [
      ([:], Language.english),
      (["LANG": "vi_VN.UTF-8"], .vietnamese),
      (["LANG": "vi"], .vietnamese),
      (["LANG": "en_US.UTF-8"], .english),
      (["LANG": "C.UTF-8"], .english),
      (["LANG": "fr_FR.UTF-8"], .english),
      (["LANG": "VI_VN"], .english),
      (["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], .vietnamese),
      (["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8", "LANG": "vi_VN.UTF-8"], .english),
      (["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], .vietnamese),
      // An empty variable is unset: the next one decides.
      (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"], .vietnamese),
      (["LC_ALL": "", "LANG": "en_GB.UTF-8", "LC_CTYPE": "vi_VN.UTF-8"], .english),
    ] as [([String: String], Language)])
  func theEnvironmentChoosesInPOSIXOrder(environment: [String: String], expected: Language) {
    #expect(Language(environment: environment) == expected)
  }

  @Test(
    arguments: [
      ([], nil),
      (["show", "plan.json"], nil),
      (["show", "--lang", "vi", "plan.json"], Language.vietnamese),
      (["--lang=en", "show"], .english),
      (["--lang", "vi", "show", "--lang", "en"], .english),
      (["show", "--lang", "xx"], nil),
      (["show", "--lang"], nil),
      (["show", "--", "--lang", "vi"], nil),
    ] as [([String], Language?)])
  func theCommandLineNamesALanguage(arguments: [String], expected: Language?) {
    #expect(Language.requested(in: arguments) == expected)
  }

  @Test func decimalsTakeTheLanguagesMark() {
    #expect(Language.vietnamese.decimal("2.5") == "2,5")
    #expect(Language.english.decimal("2.5") == "2.5")
    #expect(Language.vietnamese.decimal("20") == "20")
  }

  @Test func datesAreWrittenDayFirstInVietnamese() throws {
    let date = try #require(CalendarDate(year: 2025, month: 7, day: 1))
    #expect(date.text(in: .vietnamese) == "01/07/2025")
    #expect(date.text(in: .english) == "2025-07-01")
  }
}
