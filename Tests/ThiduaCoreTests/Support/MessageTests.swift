import Testing

@testable import ThiduaCore

/// Every message has a Vietnamese text without English words, and messages are equal when they
/// say the same in English.
@Suite struct MessageTests {
  static let merger = Merger(
    oldCode: "90401", newCode: "90410",
    effective: CalendarDate(year: 2025, month: 7, day: 1) ?? CalendarDate(daysSinceEpoch: 0))
  static let unitA = Unit(code: "90101", name: "Xã A", level: .commune, parentCode: "901")
  static let unitB = Unit(code: "90101", name: "Xã A1", level: .commune, parentCode: "902")

  /// One message of every case; ``name(_:)`` fails to compile when a case is added without one.
  static let samples: [Message] = [
    .atPath("criteria[1].id", .mustNotBeEmpty),
    .missingCommand(commands: ["check", "show"]),
    .commandExpectedFirst(found: "--data", commands: ["check", "show"]),
    .unknownCommand("evalute", suggestion: "evaluate", commands: ["evaluate"]),
    .unknownOption("--formt", suggestion: "format"),
    .unknownShortOption("x", in: "-qx"),
    .missingValue(option: "--data FILE"),
    .flagTakesNoValue(flag: "--quiet", value: "yes"),
    .givenTwice(option: "--year"),
    .missingRequiredOption("--data FILE"),
    .missingArgument("PLAN"),
    .unexpectedArgument("extra"),
    .badValue(option: "--today", expecting: "a date", found: "15/11"),
    .badNumber(option: "--year", expecting: "a year such as 2025", found: "abc"),
    .unknownChoice(option: "format", value: "xml", choices: ["table", "csv"]),
    .excelNeedsDelimited(format: "json"),
    .yearOutsidePeriod(year: 2030, from: 2021, to: 2025),
    .standardInputReadTwice(inputs: ["PLAN", "--data"]),
    .negativeWindow(-1),
    .badToday("2025-02-30", flaw: .shortMonth(month: 2, year: 2025, days: 28)),
    .checkDataNeedsAFile,
    .seeHelp(tool: "thidua"),
    .argumentAfterVersion("evaluate"),
    .noUsableRows,
    .planOK(file: "ke-hoach.json"),
    .unitsFileOK(file: "don-vi.csv", units: 21),
    .mergersFileOK(file: "sap-nhap.csv", mergers: 1),
    .dataFileOK(file: "so-lieu.csv", rows: 100, units: 20, years: 2021...2025),
    .mergerAfterData(merger, lastYear: 2024),
    .mergerBeforeData(merger, firstYear: 2025),
    .rowCounts(read: 10, used: 8, rejected: 2),
    .unitWarning(code: "90100", "2024: số liệu khác tổng"),
    .noSuchFile,
    .directoryNotPlan,
    .permissionDenied,
    .noPlanFiles,
    .cannotListDirectory,
    .systemError(2),
    .cannotWriteIn(directory: "out", code: 28),
    .notAFileName,
    .isADirectory,
    .emptyFile,
    .noDataRows,
    .semicolonHeader,
    .columnTwice("year", first: 2, second: 5),
    .missingColumn("poor_households", header: ["unit_code"], rename: nil, required: ["year"]),
    .unknownDataForm(
      header: ["ma"], panel: ["unit_code"], roster: ["household_id"],
      renames: [("statu", "status")]),
    .unnamedColumn(index: 27),
    .blankRow,
    .extraValues(values: 6, columns: 5),
    .emptyCode(column: "unit_code", isHousehold: false),
    .unknownUnit(column: "unit_code", code: "9010", suggestion: "90101"),
    .badCount(column: "poor_households", .thousandsSeparator("1\u{00A0}000")),
    .badYear(.notAYear("năm")),
    .noHouseholds,
    .poorAboveTotal(poor: 12, total: 10),
    .nearPoorAboveTotal(nearPoor: 5, poor: 8, total: 10),
    .twoRowsForYear(code: "90101", year: 2024, first: 3, second: 9),
    .badLevel("", mergedCells: true),
    .badHouseholdStatus("ngheo"),
    .csvUTF16,
    .csvNotUTF8(byte: 0xB5, looksLike: .tcvn3),
    .csvUnclosedQuote,
    .csvValueTooLong(inQuote: true),
    .csvQuoteInUnquotedValue,
    .csvTextAfterClosingQuote,
    .unitListedTwice("90101", first: 2, second: 7),
    .emptyUnitName,
    .parentNotListed(unit: "90101", parent: "901", inUnitsFile: true),
    .describedUnlikeUnitsFile(code: "90101", here: unitA, unitsFile: unitB),
    .describedDifferently(code: "90101", first: 2, second: 9, earlier: unitA, later: unitB),
    .householdListedTwice("H-17", year: 2024, first: 4, second: 12),
    .mergerIntoItself(old: "90401", new: "90401"),
    .mergerListedTwice(old: "90401", first: 2, second: 3),
    .badEffectiveDate("1/7/2025"),
    .mergerCycle(["90401", "90410"]),
    .badHoliday("02/09/2025"),
    .holidaysNotUTF8,
    .unknownKey("titel", suggestion: nil, known: ["title"]),
    .missingRequiredKey,
    .wrongType(expected: .object, found: .array),
    .wrongNumber(expected: .wholeNumberOfYears, found: "2.5"),
    .notAYear("0"),
    .mustNotBeEmpty,
    .mustNotBeNegative("-2"),
    .numberInQuotes("2"),
    .unknownPlanValue(
      .measure, "poor-household-reduction", suggestion: "poor-households-reduction-percent",
      choices: ["poor-households-reduction-percent"]),
    .duplicateID(.criterion, "xa-tu-5", first: "12:7"),
    .fromAfterTo(from: 2025, to: 2021),
    .unsupportedSchema(found: "thidua.plan/2", supported: "thidua.plan/1"),
    .dateFormat(found: "13/7/2022", example: "2022-07-13"),
    .impossibleDate("2023-02-29", .shortMonth(month: 2, year: 2023, days: 28)),
    .dayOfYearFormat(found: "15/11", example: "11-15"),
    .impossibleDayOfYear("13-01", .noMonth(13)),
    .yearInQuotes("2023"),
    .moreErrors(50, limit: 100),
    .inexactNumber("1e99"),
    .unknownTimeZone("Asia/Hanoi", meantVietnam: true, suggestion: nil),
    .baselineYearFarOutside(2010, from: 2021, to: 2025),
    .emptyDocumentReference,
    .mustBeAtLeastOne(0),
    .emptyFlagList,
    .baselineRateWithoutYear,
    .emptyRateBound,
    .emptyRateRange(atLeast: "5", below: "3"),
    .unknownCriterion("xa-tu-5", suggestion: nil, known: ["xa-duoi-5"]),
    .dueAndEvery,
    .noDueOrEvery,
    .onlyYearlyDeadlineKey("on"),
    .dueOutsidePeriod("2030-12-15", from: 2021, to: 2025),
    .everyNotYear("month"),
    .missingYearlyDeadlineKey,
    .occurrencesOutsidePeriod(first: 2019, last: 2020, from: 2021, to: 2025),
    .notAYearOfDeadline(2026, from: 2022, to: 2025),
    .yearListedTwice(2023),
    .timeZoneUnavailable("Asia/Ho_Chi_Minh"),
    .jsonExpected(.commaOrBrace, found: .endOfInput(withArticle: true)),
    .jsonAfterValue(.character("x")),
    .jsonTrailingComma(before: "}"),
    .jsonSingleQuotes(inKey: true),
    .jsonComment,
    .jsonUnexpectedWord("True"),
    .jsonDuplicateKey("id", first: "2:3"),
    .jsonUnterminatedString(lineEnds: true),
    .planInputTooLarge(bytes: 9_000_000),
    .planFileTooLarge,
    .planWideEncoding("UTF-16"),
    .jsonTooManyValues,
    .jsonTooDeep,
    .jsonNumberTooLong,
    .jsonDigitExpected(.inExponent, found: .character("x")),
    .jsonLeadingZeros,
    .jsonNUL(escaped: true),
    .jsonUnescapedControl(0x09),
    .jsonInvalidUTF8(0xFF),
    .jsonStringTooLong,
    .jsonInvalidEscape,
    .jsonInvalidUnicodeEscape,
    .jsonLoneSurrogate(0xD800),
    .jsonHexDigitsExpected,
  ]

  /// The case of `message`, by name.
  static func name(_ message: Message) -> String {
    switch message {
    case .text: return "text"
    case .atPath: return "atPath"
    case .missingCommand: return "missingCommand"
    case .commandExpectedFirst: return "commandExpectedFirst"
    case .unknownCommand: return "unknownCommand"
    case .unknownOption: return "unknownOption"
    case .unknownShortOption: return "unknownShortOption"
    case .missingValue: return "missingValue"
    case .flagTakesNoValue: return "flagTakesNoValue"
    case .givenTwice: return "givenTwice"
    case .missingRequiredOption: return "missingRequiredOption"
    case .missingArgument: return "missingArgument"
    case .unexpectedArgument: return "unexpectedArgument"
    case .badValue: return "badValue"
    case .badNumber: return "badNumber"
    case .unknownChoice: return "unknownChoice"
    case .excelNeedsDelimited: return "excelNeedsDelimited"
    case .yearOutsidePeriod: return "yearOutsidePeriod"
    case .standardInputReadTwice: return "standardInputReadTwice"
    case .negativeWindow: return "negativeWindow"
    case .badToday: return "badToday"
    case .checkDataNeedsAFile: return "checkDataNeedsAFile"
    case .seeHelp: return "seeHelp"
    case .argumentAfterVersion: return "argumentAfterVersion"
    case .noUsableRows: return "noUsableRows"
    case .planOK: return "planOK"
    case .unitsFileOK: return "unitsFileOK"
    case .mergersFileOK: return "mergersFileOK"
    case .dataFileOK: return "dataFileOK"
    case .mergerAfterData: return "mergerAfterData"
    case .mergerBeforeData: return "mergerBeforeData"
    case .rowCounts: return "rowCounts"
    case .unitWarning: return "unitWarning"
    case .noSuchFile: return "noSuchFile"
    case .directoryNotPlan: return "directoryNotPlan"
    case .permissionDenied: return "permissionDenied"
    case .noPlanFiles: return "noPlanFiles"
    case .cannotListDirectory: return "cannotListDirectory"
    case .systemError: return "systemError"
    case .cannotWriteIn: return "cannotWriteIn"
    case .notAFileName: return "notAFileName"
    case .isADirectory: return "isADirectory"
    case .emptyFile: return "emptyFile"
    case .noDataRows: return "noDataRows"
    case .semicolonHeader: return "semicolonHeader"
    case .columnTwice: return "columnTwice"
    case .missingColumn: return "missingColumn"
    case .unknownDataForm: return "unknownDataForm"
    case .unnamedColumn: return "unnamedColumn"
    case .blankRow: return "blankRow"
    case .extraValues: return "extraValues"
    case .emptyCode: return "emptyCode"
    case .unknownUnit: return "unknownUnit"
    case .badCount: return "badCount"
    case .badYear: return "badYear"
    case .noHouseholds: return "noHouseholds"
    case .poorAboveTotal: return "poorAboveTotal"
    case .nearPoorAboveTotal: return "nearPoorAboveTotal"
    case .twoRowsForYear: return "twoRowsForYear"
    case .badLevel: return "badLevel"
    case .badHouseholdStatus: return "badHouseholdStatus"
    case .csvUTF16: return "csvUTF16"
    case .csvNotUTF8: return "csvNotUTF8"
    case .csvUnclosedQuote: return "csvUnclosedQuote"
    case .csvValueTooLong: return "csvValueTooLong"
    case .csvQuoteInUnquotedValue: return "csvQuoteInUnquotedValue"
    case .csvTextAfterClosingQuote: return "csvTextAfterClosingQuote"
    case .unitListedTwice: return "unitListedTwice"
    case .emptyUnitName: return "emptyUnitName"
    case .parentNotListed: return "parentNotListed"
    case .describedUnlikeUnitsFile: return "describedUnlikeUnitsFile"
    case .describedDifferently: return "describedDifferently"
    case .householdListedTwice: return "householdListedTwice"
    case .mergerIntoItself: return "mergerIntoItself"
    case .mergerListedTwice: return "mergerListedTwice"
    case .badEffectiveDate: return "badEffectiveDate"
    case .mergerCycle: return "mergerCycle"
    case .badHoliday: return "badHoliday"
    case .holidaysNotUTF8: return "holidaysNotUTF8"
    case .unknownKey: return "unknownKey"
    case .missingRequiredKey: return "missingRequiredKey"
    case .wrongType: return "wrongType"
    case .wrongNumber: return "wrongNumber"
    case .notAYear: return "notAYear"
    case .mustNotBeEmpty: return "mustNotBeEmpty"
    case .mustNotBeNegative: return "mustNotBeNegative"
    case .numberInQuotes: return "numberInQuotes"
    case .unknownPlanValue: return "unknownPlanValue"
    case .duplicateID: return "duplicateID"
    case .fromAfterTo: return "fromAfterTo"
    case .unsupportedSchema: return "unsupportedSchema"
    case .dateFormat: return "dateFormat"
    case .impossibleDate: return "impossibleDate"
    case .dayOfYearFormat: return "dayOfYearFormat"
    case .impossibleDayOfYear: return "impossibleDayOfYear"
    case .yearInQuotes: return "yearInQuotes"
    case .moreErrors: return "moreErrors"
    case .inexactNumber: return "inexactNumber"
    case .unknownTimeZone: return "unknownTimeZone"
    case .baselineYearFarOutside: return "baselineYearFarOutside"
    case .emptyDocumentReference: return "emptyDocumentReference"
    case .mustBeAtLeastOne: return "mustBeAtLeastOne"
    case .emptyFlagList: return "emptyFlagList"
    case .baselineRateWithoutYear: return "baselineRateWithoutYear"
    case .emptyRateBound: return "emptyRateBound"
    case .emptyRateRange: return "emptyRateRange"
    case .unknownCriterion: return "unknownCriterion"
    case .dueAndEvery: return "dueAndEvery"
    case .noDueOrEvery: return "noDueOrEvery"
    case .onlyYearlyDeadlineKey: return "onlyYearlyDeadlineKey"
    case .dueOutsidePeriod: return "dueOutsidePeriod"
    case .everyNotYear: return "everyNotYear"
    case .missingYearlyDeadlineKey: return "missingYearlyDeadlineKey"
    case .occurrencesOutsidePeriod: return "occurrencesOutsidePeriod"
    case .notAYearOfDeadline: return "notAYearOfDeadline"
    case .yearListedTwice: return "yearListedTwice"
    case .timeZoneUnavailable: return "timeZoneUnavailable"
    case .jsonExpected: return "jsonExpected"
    case .jsonAfterValue: return "jsonAfterValue"
    case .jsonTrailingComma: return "jsonTrailingComma"
    case .jsonSingleQuotes: return "jsonSingleQuotes"
    case .jsonComment: return "jsonComment"
    case .jsonUnexpectedWord: return "jsonUnexpectedWord"
    case .jsonDuplicateKey: return "jsonDuplicateKey"
    case .jsonUnterminatedString: return "jsonUnterminatedString"
    case .planInputTooLarge: return "planInputTooLarge"
    case .planFileTooLarge: return "planFileTooLarge"
    case .planWideEncoding: return "planWideEncoding"
    case .jsonTooManyValues: return "jsonTooManyValues"
    case .jsonTooDeep: return "jsonTooDeep"
    case .jsonNumberTooLong: return "jsonNumberTooLong"
    case .jsonDigitExpected: return "jsonDigitExpected"
    case .jsonLeadingZeros: return "jsonLeadingZeros"
    case .jsonNUL: return "jsonNUL"
    case .jsonUnescapedControl: return "jsonUnescapedControl"
    case .jsonInvalidUTF8: return "jsonInvalidUTF8"
    case .jsonStringTooLong: return "jsonStringTooLong"
    case .jsonInvalidEscape: return "jsonInvalidEscape"
    case .jsonInvalidUnicodeEscape: return "jsonInvalidUnicodeEscape"
    case .jsonLoneSurrogate: return "jsonLoneSurrogate"
    case .jsonHexDigitsExpected: return "jsonHexDigitsExpected"
    }
  }

  /// Words of the English messages that must not appear in a Vietnamese one.
  static let englishWords: Set<String> = [
    "missing", "expected", "expects", "unknown", "did", "mean", "column", "columns", "file",
    "row", "rows", "empty", "the", "of", "is", "not", "a", "an", "and", "or", "no", "such",
    "directory", "permission", "denied", "value", "values", "header", "unit", "units", "year",
    "number", "whole", "households", "household", "more", "than", "at", "most", "least", "key",
    "keys", "found", "write", "dates", "date", "day", "month", "there", "has", "have", "give",
    "one", "use", "drop", "with", "read", "used", "rejected", "warning", "see", "ok", "option",
    "argument", "command", "given", "only", "once", "twice", "got", "separator", "listed",
    "errors", "error", "space", "left", "device", "must", "be", "negative", "duplicate", "first",
    "after", "before", "unsupported", "this", "version", "reads", "string", "object", "array",
    "integer", "measure", "criterion", "quotes", "fix", "above", "are", "out", "range", "level",
    "status", "cannot", "tell", "kind", "panel", "roster", "rename", "to", "it", "plan",
    "trailing", "comma", "comments", "allowed", "unexpected", "word", "literals", "need",
    "double", "unterminated", "line", "ends", "closing", "quote", "character", "input", "end",
    "after", "element", "member", "in",
  ]

  /// `text` without what it quotes as typed: in backquotes, single or double quotes, and options.
  static func unquoted(_ text: String) -> String {
    var text = text
    for quote in ["`", "'", "\""] {
      text = text.split(separator: Character(quote), omittingEmptySubsequences: false)
        .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
    }
    return text.replacing(/--[a-z-]+/, with: " ")
  }

  @Test func theSamplesHaveEveryCaseButText() {
    let names = Set(Self.samples.map(Self.name))
    #expect(names.count == Self.samples.count)
    #expect(!names.contains("text"))
    #expect(names.count == 140)
  }

  @Test(arguments: samples)
  func everyMessageHasAVietnameseText(message: Message) {
    let vietnamese = message.text(in: .vietnamese)
    #expect(vietnamese != message.english)
    let words = Self.unquoted(vietnamese).split { !($0.isLetter || $0 == "-") }.map(String.init)
    let left = words.filter(Self.englishWords.contains)
    #expect(left.isEmpty, "English words \(left) in: \(vietnamese)")
  }

  @Test func messagesThatWereWrittenAsTextKeepTheirEnglish() {
    #expect(
      ThiduaError.usage(message: .noUsableRows).message
        == "error: the data has no usable rows, so there is no latest year; give --year")
    let zone = ThiduaError.internal(message: .timeZoneUnavailable("Asia/Ho_Chi_Minh"))
    #expect(
      zone.message
        == "error: internal error: cannot load the time zone 'Asia/Ho_Chi_Minh' (is time-zone "
        + "data installed, e.g. /usr/share/zoneinfo?); refusing to fall back to UTC (please "
        + "report this)")
    #expect(
      zone.message(in: .vietnamese)
        == "lỗi: lỗi nội bộ: không tải được múi giờ 'Asia/Ho_Chi_Minh' (máy đã cài dữ liệu múi "
        + "giờ chưa, ví dụ /usr/share/zoneinfo?); không dùng UTC thay thế (xin hãy báo lỗi này)")
    #expect(Message.jsonInvalidUnicodeEscape.english == #"invalid \u escape"#)
  }

  @Test func aMessageGivenAsTextReadsTheSameInEveryLanguage() {
    let message: Message = "as written"
    #expect(message.text(in: .vietnamese) == "as written")
    #expect(message.english == "as written")
  }

  @Test func messagesAreEqualWhenTheySayTheSameInEnglish() {
    let typed: Message = "unknown option '--x'"
    #expect(typed == .unknownOption("--x", suggestion: nil))
    #expect(typed.hashValue == Message.unknownOption("--x", suggestion: nil).hashValue)
    #expect(typed != .unknownOption("--y", suggestion: nil))
  }

  @Test(arguments: [
    (
      "{\"a\": 1",
      "1:8: lỗi: $: cần dấu ',' hoặc '}' sau một thành phần của đối tượng, nhưng gặp cuối tệp"
    ),
    ("{\"a\": 1,}", "1:9: lỗi: $: thừa dấu phẩy trước '}'"),
    (
      "{\"a\": [1 2]}",
      "1:10: lỗi: a: cần dấu ',' hoặc ']' sau một phần tử của danh sách, nhưng gặp ký tự '2'"
    ),
    ("{'a': 1}", "1:2: lỗi: $: khóa phải đặt trong dấu ngoặc kép (\"), không dùng dấu nháy đơn"),
    (
      "{\"a\": \"x\n\"}",
      "1:7: lỗi: a: chuỗi chưa được đóng (dòng kết thúc trước dấu ngoặc kép đóng; hãy viết xuống "
        + "dòng là \\n)"
    ),
  ])
  func planSyntaxErrorsAreWrittenInVietnamese(text: String, expected: String) {
    do {
      _ = try PlanReader.parse(bytes: Array(text.utf8), file: "plan.json")
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.message(in: .vietnamese) == "plan.json:" + expected)
    }
  }

  @Test func errorsAreWrittenInTheLanguageAsked() {
    let error = ThiduaError.cannotRead(file: "data.csv", reason: .noSuchFile)
    #expect(error.message == "data.csv: error: cannot read: no such file or directory")
    #expect(
      error.message(in: .vietnamese)
        == "data.csv: lỗi: không đọc được: không có tệp hoặc thư mục này")
    let usage = ThiduaError.usage(message: .missingArgument("PLAN"))
    #expect(usage.message(in: .vietnamese) == "lỗi: thiếu đối số 'PLAN'")
    let plan = ThiduaError.invalidPlan(diagnostics: [
      .error(
        at: SourceLocation(file: "plan.json", line: 3, column: 5),
        .atPath("titel", .unknownKey("titel", suggestion: "title", known: []))),
      .warning(at: SourceLocation(file: "plan.json"), "as written"),
    ])
    #expect(
      plan.message(in: .vietnamese)
        == "plan.json:3:5: lỗi: titel: không có khóa `titel`; có phải là `title`?\n"
        + "plan.json: cảnh báo: as written")
    #expect(
      plan.message
        == "plan.json:3:5: error: titel: unknown key `titel`; did you mean `title`?\n"
        + "plan.json: warning: as written")
  }
}
