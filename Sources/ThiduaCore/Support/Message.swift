import Foundation

/// What a message to a person says, kept as data until it is written in a language.
///
/// Every message a user commonly meets has a case here, and its words are written in one place
/// per language: English in ``english`` below, Vietnamese in `Message+Vietnamese.swift`. Both are
/// a `switch` over every case, so the compiler refuses a message without its Vietnamese text.
///
/// A message given as written (``text(_:)``, also what a string literal makes) reads the same in
/// every language; it is for rare messages that have no case of their own yet.
///
/// Two messages are equal when they say the same in English.
public enum Message: Sendable {
  /// A message given as written, the same in every language.
  case text(String)
  /// A JSON path leading a message about a plan: `criteria[1].measure: …`.
  indirect case atPath(String, Message)

  // MARK: The command line

  case missingCommand(commands: [String])
  case commandExpectedFirst(found: String, commands: [String])
  case unknownCommand(String, suggestion: String?, commands: [String])
  case unknownOption(String, suggestion: String?)
  case unknownShortOption(Character, in: String)
  case missingValue(option: String)
  case flagTakesNoValue(flag: String, value: String)
  case givenTwice(option: String)
  case missingRequiredOption(String)
  case missingArgument(String)
  case unexpectedArgument(String)
  /// `expecting` completes "--year expects …" in English, e.g. "a year such as 2025".
  case badValue(option: String, expecting: String, found: String)
  /// A whole number was expected; `expecting` as for ``badValue(option:expecting:found:)``.
  case badNumber(option: String, expecting: String, found: String)
  case unknownChoice(option: String, value: String, choices: [String])
  case excelNeedsDelimited(format: String)
  case yearOutsidePeriod(year: Int, from: Int, to: Int)
  /// `-` given to more than one input (`PLAN`, `--data`...).
  case standardInputReadTwice(inputs: [String])
  case negativeWindow(Int)
  case badToday(String, flaw: DateFlaw?)
  case checkDataNeedsAFile
  case seeHelp(tool: String)

  // MARK: What commands print besides their results

  case planOK(file: String)
  case unitsFileOK(file: String, units: Int)
  case mergersFileOK(file: String, mergers: Int)
  case dataFileOK(file: String, rows: Int, units: Int, years: ClosedRange<Int>?)
  case mergerAfterData(Merger, lastYear: Int)
  case mergerBeforeData(Merger, firstYear: Int)
  case rowCounts(read: Int, used: Int, rejected: Int)
  /// A warning about one unit, its text as given.
  case unitWarning(code: String, String)

  // MARK: Files

  case noSuchFile
  case directoryNotPlan
  case permissionDenied
  case noPlanFiles
  case cannotListDirectory
  /// The system's description of an `errno` code, starting lowercase.
  case systemError(Int32)
  /// Why a file cannot be written in `directory`, for an `errno` code.
  case cannotWriteIn(directory: String, code: Int32)
  case notAFileName
  case isADirectory

  // MARK: Data files

  case emptyFile
  case noDataRows
  case semicolonHeader
  case columnTwice(String, first: Int, second: Int)
  /// `rename` is a column of the header that was probably meant; else `required` are listed.
  case missingColumn(String, header: [String], rename: String?, required: [String])
  case unknownDataForm(
    header: [String], panel: [String], roster: [String], renames: [(from: String, to: String)])
  case unnamedColumn(index: Int)
  case blankRow
  case extraValues(values: Int, columns: Int)
  case emptyCode(column: String, isHousehold: Bool)
  case unknownUnit(column: String, code: String, suggestion: String?)
  case badCount(column: String, CountProblem)
  case badYear(YearProblem)
  case noHouseholds
  case poorAboveTotal(poor: Int, total: Int)
  case nearPoorAboveTotal(nearPoor: Int, poor: Int, total: Int)
  case twoRowsForYear(code: String, year: Int, first: Int, second: Int)
  /// `mergedCells` adds the hint that merged cells in Excel leave cells empty.
  case badLevel(String, mergedCells: Bool)
  case badHouseholdStatus(String)

  // MARK: Plans

  case unknownKey(String, suggestion: String?, known: [String])
  case missingRequiredKey
  case wrongType(expected: Noun, found: Noun)
  case wrongNumber(expected: Noun, found: String)
  case notAYear(String)
  case mustNotBeEmpty
  case mustNotBeNegative(String)
  case numberInQuotes(String)
  case unknownPlanValue(Noun, String, suggestion: String?, choices: [String])
  case duplicateID(Noun, String, first: String)
  case fromAfterTo(from: Int, to: Int)
  case unsupportedSchema(found: String, supported: String)
  case dateFormat(found: String, example: String)
  case impossibleDate(String, DateFlaw)
  case dayOfYearFormat(found: String, example: String)
  case impossibleDayOfYear(String, DateFlaw)
  case yearInQuotes(String)
  case moreErrors(Int, limit: Int)

  // MARK: JSON syntax

  case jsonExpected(JSONExpected, found: JSONFound)
  case jsonAfterValue(JSONFound)
  case jsonTrailingComma(before: Character)
  case jsonSingleQuotes(inKey: Bool)
  case jsonComment
  case jsonUnexpectedWord(String)
  case jsonDuplicateKey(String, first: String)
  /// `lineEnds` when the line ends before the closing quote.
  case jsonUnterminatedString(lineEnds: Bool)

  /// What the JSON reader expected where it stopped.
  public enum JSONExpected: Sendable, Hashable {
    case value, key, colon, commaOrBrace, commaOrBracket
  }

  /// What the JSON reader found where it stopped.
  public enum JSONFound: Sendable, Hashable, CustomStringConvertible {
    /// The end of the text; `withArticle` as the message has always read ("found the end of
    /// the input" where the end is checked for, "found end of the input" where any byte is).
    case endOfInput(withArticle: Bool)
    case controlCharacter(UInt8)
    case character(Character)
    /// A character beyond ASCII, with its code point.
    case scalar(Unicode.Scalar)
    case invalidByte(UInt8)

    /// "character 'x'", "control character U+0009", "end of the input".
    public var description: String {
      switch self {
      case .endOfInput(let withArticle):
        return withArticle ? "the end of the input" : "end of the input"
      case .controlCharacter(let byte): return "control character U+\(Message.hex(UInt32(byte), 4))"
      case .character(let character): return "character '\(character)'"
      case .scalar(let scalar):
        return "character '\(Character(scalar))' (U+\(Message.hex(scalar.value, 4)))"
      case .invalidByte(let byte): return "invalid UTF-8 byte 0x\(Message.hex(UInt32(byte), 2))"
      }
    }
  }

  /// Why a cell does not hold the count of households expected.
  public enum CountProblem: Error, Sendable, Hashable {
    case empty
    case negative(String)
    case decimal(String)
    case thousandsSeparator(String)
    case formula(String)
    case spreadsheetError(String)
    case notANumber(String)
    case tooLarge(String)
  }

  /// Why a cell of column `year` does not hold a year data may have.
  public enum YearProblem: Sendable, Hashable {
    case empty
    case outOfRange(Int)
    case notAYear(String)
  }

  /// Why numbers shaped as a date name no day.
  public enum DateFlaw: Sendable, Hashable {
    case noYearZero
    case noMonth(Int)
    case noDayZero
    /// The month (of `year`, or of any year when nil) has only `days` days.
    case shortMonth(month: Int, year: Int?, days: Int)
  }

  /// What a plan's value is or should be, and what its ids name.
  public enum Noun: Sendable, Hashable {
    case null, boolean, trueOrFalse, number, string, array, object
    case integer, year, wholeNumberOfYears
    case measure, level, value
    case criterion, award, deadline
  }

  /// The message in `language`.
  public func text(in language: Language) -> String {
    switch language {
    case .english: return english
    case .vietnamese: return vietnamese
    }
  }

  /// The message in English.
  public var english: String {
    switch self {
    case .text(let text): return text
    case .atPath(let path, let message): return "\(path): \(message.english)"

    case .missingCommand(let commands):
      return "missing command; expected one of \(commands.joined(separator: ", "))"
    case .commandExpectedFirst(let found, let commands):
      return "expected a command before '\(found)'; one of \(commands.joined(separator: ", "))"
    case .unknownCommand(let name, let suggestion?, _):
      return "unknown command '\(name)'; did you mean '\(suggestion)'?"
    case .unknownCommand(let name, nil, let commands):
      return "unknown command '\(name)'; expected one of \(commands.joined(separator: ", "))"
    case .unknownOption(let typed, let suggestion?):
      return "unknown option '\(typed)'; did you mean '--\(suggestion)'?"
    case .unknownOption(let typed, nil):
      return "unknown option '\(typed)'"
    case .unknownShortOption(let letter, let argument):
      return "unknown option '-\(letter)' in '\(argument)'"
    case .missingValue(let option):
      return "missing value for '\(option)'"
    case .flagTakesNoValue(let flag, let value):
      return "'\(flag)' does not take a value, got '\(value)'"
    case .givenTwice(let option):
      return "'\(option)' may be given only once"
    case .missingRequiredOption(let option):
      return "missing required option '\(option)'"
    case .missingArgument(let name):
      return "missing argument '\(name)'"
    case .unexpectedArgument(let argument):
      return "unexpected argument '\(argument)'"
    case .badValue(let option, let expecting, let found),
      .badNumber(let option, let expecting, let found):
      return "\(option) expects \(expecting), got '\(found)'"
    case .unknownChoice(let option, let value, let choices):
      return "unknown \(option) '\(value)'; expected one of \(choices.joined(separator: ", "))"
    case .excelNeedsDelimited(let format):
      return "--excel writes CSV or TSV for spreadsheets, so it cannot be used with "
        + "--format \(format); drop --excel, or use --format csv or --format tsv"
    case .yearOutsidePeriod(let year, let from, let to):
      return "--year \(year) is outside the plan's period \(from)–\(to); "
        + "expected a year from \(from) to \(to)"
    case .standardInputReadTwice(let inputs):
      let names = inputs.dropLast().joined(separator: ", ") + " and " + (inputs.last ?? "")
      return "standard input can be read only once, but '-' is given for \(names); "
        + "give files for all but one"
    case .negativeWindow(let days):
      return "--within expects a number of days such as 30, got '\(days)'"
    case .badToday(let text, let flaw):
      let why = flaw.map { " (\($0.english))" } ?? ""
      return "--today expects a date such as 2025-11-15, got '\(text)'\(why)"
    case .checkDataNeedsAFile:
      return "give at least one of --units, --mergers, --data"
    case .seeHelp(let tool):
      return "see '\(tool) --help'"

    case .planOK(let file):
      return "\(file): ok"
    case .unitsFileOK(let file, let units):
      return "\(file): ok (\(units) units)"
    case .mergersFileOK(let file, let count):
      return "\(file): ok (\(count) merger\(count == 1 ? "" : "s"))"
    case .dataFileOK(let file, let rows, let units, let years):
      let span = years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-–-"
      return "\(file): ok (\(rows) rows, \(units) units, years \(span))"
    case .mergerAfterData(let merger, let last):
      return "\(merger.oldCode) → \(merger.newCode) on \(merger.effective.iso) takes effect after "
        + "the data's last year \(last): it changes nothing yet"
    case .mergerBeforeData(let merger, let first):
      return "\(merger.oldCode) → \(merger.newCode) on \(merger.effective.iso) takes effect in or "
        + "before the data's first year \(first): no earlier year of the data is summed from its "
        + "predecessors"
    case .rowCounts(let read, let used, let rejected):
      return "rows: \(read) read, \(used) used, \(rejected) rejected"
    case .unitWarning(let code, let text):
      return "warning: unit \(code): \(text)"

    case .noSuchFile: return "no such file or directory"
    case .directoryNotPlan: return "is a directory, not a plan file"
    case .permissionDenied: return "permission denied"
    case .noPlanFiles: return "no plan files (*.json) in this directory"
    case .cannotListDirectory: return "cannot list the directory"
    case .systemError(let code):
      guard let text = strerror(code) else { return "error \(code)" }
      let message = String(cString: text)
      return message.prefix(1).lowercased() + message.dropFirst()
    case .cannotWriteIn(let directory, let code):
      switch code {
      case ENOENT: return "directory '\(directory)' does not exist"
      case ENOTDIR: return "'\(directory)' is not a directory"
      case EACCES, EPERM: return "permission denied in directory '\(directory)'"
      case ENOSPC: return "no space left on device"
      case EDQUOT: return "disk quota exceeded"
      case EROFS: return "read-only file system"
      case EISDIR: return "it is a directory"
      case ENAMETOOLONG: return "file name too long"
      case EIO: return "input/output error"
      default: return String(cString: strerror(code)).lowercased()
      }
    case .notAFileName: return "not a file name"
    case .isADirectory: return "it is a directory"

    case .emptyFile:
      return "the file is empty; expected a header row naming the columns"
    case .noDataRows:
      return "no data rows; expected at least one row under the header"
    case .semicolonHeader:
      return "the header is separated by `;`, as Excel writes CSV under Vietnamese regional "
        + "settings; expected commas: save the file from Excel as \"CSV UTF-8 (Comma "
        + "delimited)\" with `,` as the list separator"
    case .columnTwice(let name, let first, let second):
      return "column `\(name)` appears twice (columns \(first) and \(second)); expected each "
        + "column once"
    case .missingColumn(let name, let header, let rename, let required):
      var message = "missing column `\(name)`; the header has \(Message.codeList(header))"
      if let rename {
        message += "; rename `\(rename)` to `\(name)`"
      } else {
        message += "; expected the columns \(Message.codeList(required))"
      }
      return message
    case .unknownDataForm(let header, let panel, let roster, let renames):
      let hint =
        renames.isEmpty
        ? "" : "; " + renames.map { "rename `\($0.from)` to `\($0.to)`" }.joined(separator: ", ")
      return "cannot tell the kind of data file: the header has \(Message.codeList(header)); "
        + "expected a unit-year panel (\(Message.codeList(panel))) or a household roster "
        + "(\(Message.codeList(roster)))\(hint)"
    case .unnamedColumn(let index):
      return "column \(index + 1) (\(Message.spreadsheetColumn(index)) in a spreadsheet) has a "
        + "value here but no name in the header; expected a name for it in the header, or the "
        + "column deleted"
    case .blankRow:
      return "empty row; expected a data row (remove empty rows between data rows)"
    case .extraValues(let values, let columns):
      return "the row has \(values) values but the header has \(columns) columns; expected at "
        + "most \(columns) values (a value holding a comma must be quoted)"
    case .emptyCode(let column, let isHousehold):
      let expected = isHousehold ? "a household id" : "a unit code"
      return "column `\(column)`: empty; expected \(expected) (merged cells in Excel leave all "
        + "but the first row empty)"
    case .unknownUnit(let column, let code, let suggestion):
      return "column `\(column)`: unit `\(code)` is not in the units file; expected a code "
        + "listed there" + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
    case .badCount(let column, let problem):
      return "column `\(column)`: " + problem.english
    case .badYear(let problem):
      let expected = "expected a year from 1990 to 2100, such as 2023"
      switch problem {
      case .empty: return "column `year`: empty; \(expected)"
      case .outOfRange(let value): return "column `year`: \(value) is out of range; \(expected)"
      case .notAYear(let text): return "column `year`: `\(text)` is not a year; \(expected)"
      }
    case .noHouseholds:
      return "column `total_households`: 0; expected at least 1 household (a unit without "
        + "households has no poverty rate)"
    case .poorAboveTotal(let poor, let total):
      return "column `poor_households`: \(poor) is more than `total_households` \(total); "
        + "expected at most \(total)"
    case .nearPoorAboveTotal(let nearPoor, let poor, let total):
      return "column `near_poor_households`: \(nearPoor) near-poor and \(poor) poor households "
        + "are more than `total_households` \(total); expected at most \(total - poor)"
    case .twoRowsForYear(let code, let year, let first, let second):
      return "column `year`: unit `\(code)` has two rows for \(year) (lines \(first) and "
        + "\(second)); expected one row per unit and year"
    case .badLevel(let text, let mergedCells):
      let known = UnitLevel.allCases.map { "`\($0.rawValue)`" }
      let expected = "expected \(known.dropLast().joined(separator: ", ")) or \(known.last ?? "")"
      guard text.isEmpty else { return "column `level`: `\(text)` is not a level; \(expected)" }
      let merged = mergedCells ? " (merged cells in Excel leave all but the first row empty)" : ""
      return "column `level`: empty; \(expected)\(merged)"
    case .badHouseholdStatus(let text):
      let what = text.isEmpty ? "empty" : "`\(text)` is not a status"
      return "column `status`: \(what); expected \(HouseholdStatus.accepted)"

    case .unknownKey(let key, let suggestion?, _):
      return "unknown key `\(key)`; did you mean `\(suggestion)`?"
    case .unknownKey(let key, nil, let known):
      return "unknown key `\(key)`; known keys here: \(Message.codeList(known))"
    case .missingRequiredKey:
      return "missing required key"
    case .wrongType(let expected, let found):
      return "expected \(expected.english), found \(found.english)"
    case .wrongNumber(let expected, let found):
      return "expected \(expected.english), found \(found)"
    case .notAYear(let text):
      return "\(text) is not a year (1–9999)"
    case .mustNotBeEmpty:
      return "must not be empty"
    case .mustNotBeNegative(let text):
      return "must not be negative, found \(text)"
    case .numberInQuotes(let text):
      return "expected a number, found the string \"\(text)\"; write it as a number, without "
        + "quotes: \(text)"
    case .unknownPlanValue(let noun, let value, let suggestion, let choices):
      let nouns = noun == .measure ? "measures" : noun == .level ? "levels" : "values"
      return "unknown \(noun.english) `\(value)`"
        + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
        + "; known \(nouns): \(Message.codeList(choices))"
    case .duplicateID(let noun, let id, let first):
      return "duplicate \(noun.english) id `\(id)` (first at \(first))"
    case .fromAfterTo(let from, let to):
      return "`from` (\(from)) is after `to` (\(to))"
    case .unsupportedSchema(let found, let supported):
      return "unsupported schema \"\(found)\"; this version of thidua reads \"\(supported)\""
    case .dateFormat(let found, let example):
      return "write dates as YYYY-MM-DD, e.g. \"\(example)\" (found \"\(found)\")"
    case .impossibleDate(let text, let flaw):
      return "\(text) is not a date: \(flaw.english)"
    case .dayOfYearFormat(let found, let example):
      return "write the day of the year as MM-DD, e.g. \"\(example)\" (found \"\(found)\")"
    case .impossibleDayOfYear(let text, let flaw):
      return "\(text) is not a day of the year: \(flaw.english)"
    case .yearInQuotes(let text):
      return "expected a string, found a number; write the year in quotes: \"\(text)\""
    case .moreErrors(let count, let limit):
      return "\(count) more error\(count == 1 ? "" : "s") not listed (at most \(limit) are); "
        + "fix the ones above first"

    case .jsonExpected(let expected, let found):
      let what: String
      switch expected {
      case .value: what = "a JSON value"
      case .key: what = "a key in double quotes"
      case .colon: what = "':' after object key"
      case .commaOrBrace: what = "',' or '}' after object member"
      case .commaOrBracket: what = "',' or ']' after array element"
      }
      return "expected \(what), found \(found)"
    case .jsonAfterValue(let found):
      return "unexpected \(found) after the JSON value"
    case .jsonTrailingComma(let closing):
      return "trailing comma before '\(closing)'"
    case .jsonSingleQuotes(let inKey):
      return (inKey ? "keys" : "strings") + " must be in double quotes (\"), not single quotes"
    case .jsonComment:
      return "comments are not allowed in JSON"
    case .jsonUnexpectedWord(let word):
      return "unexpected word `\(word)`; JSON has only the literals true, false and null, and "
        + "strings need double quotes"
    case .jsonDuplicateKey(let key, let first):
      return "duplicate key `\(key)` in this object (first at \(first))"
    case .jsonUnterminatedString(let lineEnds):
      return lineEnds
        ? "unterminated string (the line ends before the closing quote; write a line break as \\n)"
        : "unterminated string"
    }
  }

  /// `value` in upper-case hexadecimal, at least `width` digits: `00A0`.
  static func hex(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// `` `a`, `b`, `c` ``.
  static func codeList(_ names: [String]) -> String {
    names.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// The spreadsheet name of the 0-based column `index`: A … Z, AA, AB, …
  static func spreadsheetColumn(_ index: Int) -> String {
    var name = ""
    var rest = index + 1
    while rest > 0 {
      let letter = (rest - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + letter))) + name
      rest = (rest - 1) / 26
    }
    return name
  }

  /// English month names, for date messages.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}

extension Message.CountProblem {
  /// What is wrong with the cell, after "column `poor_households`: ".
  var english: String {
    let expected = "expected a whole number of households"
    switch self {
    case .empty:
      return "empty; \(expected)"
    case .negative(let text):
      return "`\(text)` is negative; expected 0 or more households"
    case .decimal(let text):
      return "`\(text)` is not a whole number; \(expected)"
    case .thousandsSeparator(let text):
      let digits = text.filter(\.isASCIIDigit)
      return "`\(text)` has a thousands separator\(Message.spaceName(in: text)); expected "
        + "\(digits), written without separators"
    case .formula(let text):
      return "`\(text)` is a formula, not a value; expected the number itself (in Excel, paste "
        + "the cells as values before saving)"
    case .spreadsheetError(let text):
      return "`\(text)` is a spreadsheet error, not a number; expected the number itself (fix "
        + "the formula in Excel, then paste the cells as values before saving)"
    case .notANumber(let text):
      return "`\(text)` is not a number; \(expected)"
    case .tooLarge(let text):
      return "`\(text)` is too large; expected at most \(CellValue.maximumCount) households"
    }
  }
}

extension Message {
  /// " (a no-break space, U+00A0)": separators that look like a space are named, since a message
  /// cannot show them.
  static func spaceName(in text: String, vietnamese: Bool = false) -> String {
    if text.contains("\u{202F}") {
      return vietnamese
        ? " (dấu cách hẹp không ngắt, U+202F)" : " (a narrow no-break space, U+202F)"
    }
    if text.contains("\u{00A0}") {
      return vietnamese ? " (dấu cách không ngắt, U+00A0)" : " (a no-break space, U+00A0)"
    }
    return ""
  }
}

extension Message.DateFlaw {
  /// "there is no month 13", "February 2025 has 28 days", "February has at most 29 days".
  var english: String {
    switch self {
    case .noYearZero: return "there is no year 0"
    case .noMonth(let month): return "there is no month \(month)"
    case .noDayZero: return "there is no day 0"
    case .shortMonth(let month, let year?, let days):
      return "\(Message.monthNames[month - 1]) \(year) has \(days) days"
    case .shortMonth(let month, nil, let days):
      return "\(Message.monthNames[month - 1]) has at most \(days) days"
    }
  }
}

extension Message.Noun {
  /// "an object", "true or false", "measure".
  var english: String {
    switch self {
    case .null: return "null"
    case .boolean: return "a boolean"
    case .trueOrFalse: return "true or false"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    case .integer: return "an integer"
    case .year: return "a year"
    case .wholeNumberOfYears: return "a whole number of years"
    case .measure: return "measure"
    case .level: return "level"
    case .value: return "value"
    case .criterion: return "criterion"
    case .award: return "award"
    case .deadline: return "deadline"
    }
  }
}

extension Message: Hashable {
  public static func == (a: Message, b: Message) -> Bool { a.english == b.english }
  public func hash(into hasher: inout Hasher) { hasher.combine(english) }
}

extension Message: CustomStringConvertible {
  /// The message in English.
  public var description: String { english }
}

extension Message: ExpressibleByStringInterpolation {
  /// A message given as written.
  public init(stringLiteral value: String) {
    self = .text(value)
  }

  /// A message given as written, with values in it.
  public init(stringInterpolation: DefaultStringInterpolation) {
    self = .text(String(stringInterpolation: stringInterpolation))
  }
}
