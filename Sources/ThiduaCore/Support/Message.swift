import Foundation

/// What a message to a person says, kept as data until it is written in a language.
///
/// Every message a user commonly meets has a case here, and its words are written in one place
/// per language: English in ``english`` below, Vietnamese in `Message+Vietnamese.swift`. Both are
/// a `switch` over every case, so the compiler refuses a message without its Vietnamese text.
///
/// A message given as written (``text(_:)``, also what a string literal makes) reads the same in
/// every language; it is left to internal errors that should never happen, which are reported
/// word for word, and to tests that compare messages by their English.
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
  /// `--version` followed by `argument`.
  case argumentAfterVersion(String)
  /// No year to evaluate: the data has no usable rows and `--year` is not given.
  case noUsableRows

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

  // MARK: CSV files

  case csvUTF16
  /// A value's byte `byte` is not UTF-8, in a file that reads as `looksLike` (nil: no guess).
  case csvNotUTF8(byte: UInt8, looksLike: LegacyEncoding?)
  case csvUnclosedQuote
  /// `inQuote` when the value is a quoted one, whose quote may never be closed.
  case csvValueTooLong(inQuote: Bool)
  case csvQuoteInUnquotedValue
  case csvTextAfterClosingQuote

  // MARK: Units, mergers, household and holidays files

  case unitListedTwice(String, first: Int, second: Int)
  case emptyUnitName
  /// `inUnitsFile` when the file read is the units file, not the data listing its units.
  case parentNotListed(unit: String, parent: String, inUnitsFile: Bool)
  /// A data row describes the unit `code` as `here`, the units file as `unitsFile`.
  case describedUnlikeUnitsFile(code: String, here: Unit, unitsFile: Unit)
  /// Rows at lines `first` and `second` describe the unit `code` as `earlier` and `later`.
  case describedDifferently(code: String, first: Int, second: Int, earlier: Unit, later: Unit)
  case householdListedTwice(String, year: Int, first: Int?, second: Int)
  case mergerIntoItself(old: String, new: String)
  case mergerListedTwice(old: String, first: Int, second: Int)
  /// The text of column `effective` that is not a date; empty when the cell is.
  case badEffectiveDate(String)
  /// Old codes each becoming part of the next, the last of the first.
  case mergerCycle([String])
  case badHoliday(String)
  case holidaysNotUTF8

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
  case inexactNumber(String)
  /// `meantVietnam` when the name reads as an attempt at Vietnam's zone.
  case unknownTimeZone(String, meantVietnam: Bool, suggestion: String?)
  case baselineYearFarOutside(Int, from: Int, to: Int)
  case emptyDocumentReference
  case mustBeAtLeastOne(Int)
  case emptyFlagList
  case baselineRateWithoutYear
  case emptyRateBound
  /// `atLeast` and `below`, written as in the plan's numbers.
  case emptyRateRange(atLeast: String, below: String)
  case unknownCriterion(String, suggestion: String?, known: [String])
  case dueAndEvery
  case noDueOrEvery
  case onlyYearlyDeadlineKey(String)
  /// A one-off deadline's due date or year, as written, outside the plan's period.
  case dueOutsidePeriod(String, from: Int, to: Int)
  case everyNotYear(String)
  case missingYearlyDeadlineKey
  /// The occurrences of a yearly deadline from `first` to `last` fall outside the plan's period.
  case occurrencesOutsidePeriod(first: Int, last: Int, from: Int, to: Int)
  case notAYearOfDeadline(Int, from: Int, to: Int)
  case yearListedTwice(Int)
  /// The time zone a plan names cannot be loaded (no time-zone data on the machine).
  case timeZoneUnavailable(String)

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

  // MARK: Bounds of the plan reader, numbers and strings in JSON

  case planInputTooLarge(bytes: Int)
  case planFileTooLarge
  /// `encoding` is "UTF-16" or "UTF-32".
  case planWideEncoding(String)
  case jsonTooManyValues
  case jsonTooDeep
  case jsonNumberTooLong
  case jsonDigitExpected(JSONDigit, found: JSONFound)
  case jsonLeadingZeros
  /// `escaped` when the NUL is written `\u0000`.
  case jsonNUL(escaped: Bool)
  case jsonUnescapedControl(UInt8)
  case jsonInvalidUTF8(UInt8)
  case jsonStringTooLong
  case jsonInvalidEscape
  case jsonInvalidUnicodeEscape
  case jsonLoneSurrogate(UInt32)
  case jsonHexDigitsExpected

  /// What the JSON reader expected where it stopped.
  public enum JSONExpected: Sendable, Hashable {
    case value, key, colon, commaOrBrace, commaOrBracket
  }

  /// Where in a number the JSON reader wanted a digit.
  public enum JSONDigit: Sendable, Hashable {
    case afterMinus, afterPoint, inExponent
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
    case .argumentAfterVersion(let argument):
      return "unexpected argument '\(argument)' after '--version'"
    case .noUsableRows:
      return "the data has no usable rows, so there is no latest year; give --year"

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

    case .csvUTF16:
      return "the file is UTF-16 (as Excel saves \"Unicode Text\"), not UTF-8; expected UTF-8 "
        + "text: save the file from Excel as \"CSV UTF-8 (Comma delimited)\""
    case .csvNotUTF8(let byte, let encoding):
      let here = "(byte 0x\(Message.hex(UInt32(byte), 2)) here)"
      let save = "save the file from Excel as \"CSV UTF-8 (Comma delimited)\""
      switch encoding {
      case .windows1258:
        return "the file looks like Windows-1258 (Vietnamese ANSI), not UTF-8 \(here); expected "
          + "UTF-8 text: \(save)"
      case .tcvn3:
        return "the file looks like TCVN3 (ABC, the encoding of .VnTime fonts), not UTF-8 "
          + "\(here); expected Unicode text in UTF-8: convert the text from TCVN3 to Unicode "
          + "(e.g. with UniKey's converter), then \(save)"
      case nil:
        return "the file is not UTF-8 \(here); expected UTF-8 text: \(save)"
      }
    case .csvUnclosedQuote:
      return "the quote opened here is never closed; expected a closing `\"` before the end of "
        + "the file"
    case .csvValueTooLong(let inQuote):
      let hint = inQuote ? " (is the quote opened here ever closed?)" : ""
      return "a value longer than 1 MiB starts here\(hint); expected values of at most "
        + "\(CSVReader.maximumFieldLength) bytes"
    case .csvQuoteInUnquotedValue:
      return "a quote `\"` in the middle of a value that does not start with one; expected the "
        + "whole value in quotes, with each quote inside it doubled (`\"say \"\"hi\"\"\"`)"
    case .csvTextAfterClosingQuote:
      return "text after the closing quote of a quoted value; expected a comma or the end of the "
        + "line (a quote inside a quoted value is written `\"\"`)"

    case .unitListedTwice(let code, let first, let second):
      return "column `unit_code`: `\(code)` is listed twice (lines \(first) and \(second)); "
        + "expected each unit once"
    case .emptyUnitName:
      return "column `unit_name`: empty; expected the unit's name"
    case .parentNotListed(let unit, let parent, let inUnitsFile):
      return "column `parent_code`: unit `\(unit)` names parent `\(parent)`, which is not in "
        + "\(inUnitsFile ? "this file" : "the file"); expected the code of a unit listed there"
    case .describedUnlikeUnitsFile(let code, let here, let unitsFile):
      return "unit `\(code)` is described differently here and in the units file ("
        + Message.differences(here, unitsFile, vietnamese: false)
        + "); expected the same description (the units file is used)"
    case .describedDifferently(let code, let first, let second, let earlier, let later):
      return "unit `\(code)` is described differently on lines \(first) and \(second) ("
        + Message.differences(earlier, later, vietnamese: false)
        + "); expected the same description on every row (line \(first) is used)"
    case .householdListedTwice(let household, let year, let first, let second):
      return "column `household_id`: household `\(household)` is listed twice for \(year) "
        + "(lines \(first.map(String.init) ?? "?") and \(second)); expected one row per "
        + "household and year"
    case .mergerIntoItself(let old, let new):
      return "column `new_code`: `\(new)` is the same as `old_code`; expected the code of the "
        + "unit `\(old)` became part of"
    case .mergerListedTwice(let old, let first, let second):
      return "column `old_code`: `\(old)` is listed twice (lines \(first) and \(second)); "
        + "expected each old unit once (it became part of one new unit)"
    case .badEffectiveDate(let text):
      let expected = "expected a date written YYYY-MM-DD, such as 2025-07-01"
      return text.isEmpty
        ? "column `effective`: empty; \(expected)"
        : "column `effective`: `\(text)` is not a date; \(expected)"
    case .mergerCycle(let codes):
      return "column `new_code`: the mergers form a cycle (\(Message.cycle(codes))); expected "
        + "each unit to become part of a unit that does not become part of it in turn"
    case .badHoliday(let text):
      return "'\(text)' is not a date; write one holiday a line as YYYY-MM-DD[,name], "
        + "e.g. 2025-09-02,Quốc khánh"
    case .holidaysNotUTF8:
      return "the file is not UTF-8; save it as UTF-8 text"

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
    case .inexactNumber(let text):
      return "\(text) cannot be read exactly (at most 30 significant digits and an exponent "
        + "within ±30)"
    case .unknownTimeZone(let name, let meantVietnam, let suggestion):
      let hint =
        meantVietnam
        ? "Vietnam's is \"Asia/Ho_Chi_Minh\""
        : suggestion.map { "did you mean \"\($0)\"?" }
          ?? "use an IANA name such as \"Asia/Ho_Chi_Minh\""
      return "unknown time zone \"\(name)\"; \(hint)"
    case .baselineYearFarOutside(let year, let from, let to):
      return "\(year) is far outside the plan period \(from)–\(to)"
    case .emptyDocumentReference:
      return "give at least one of `number`, `date` and `issuer`"
    case .mustBeAtLeastOne(let count):
      return "must be at least 1, found \(count)"
    case .emptyFlagList:
      return "an empty list matches no unit"
    case .baselineRateWithoutYear:
      return "the plan has no `baselineYear` for this rate to refer to"
    case .emptyRateBound:
      return "give `below`, `atLeast` or both"
    case .emptyRateRange(let atLeast, let below):
      return "no rate is at least \(atLeast) and below \(below): `below` must be greater than "
        + "`atLeast`"
    case .unknownCriterion(let name, let suggestion?, _):
      return "unknown criterion `\(name)`; did you mean `\(suggestion)`?"
    case .unknownCriterion(let name, nil, let known):
      return "unknown criterion `\(name)`; "
        + (known.isEmpty
          ? "the plan has no criteria" : "the plan's criteria are \(Message.codeList(known))")
    case .dueAndEvery:
      return "give either `due` (a one-off deadline) or `every` (a yearly one), not both"
    case .noDueOrEvery:
      return "missing `due` (a one-off deadline) or `every`, `on`, `from` and `to` (a yearly one)"
    case .onlyYearlyDeadlineKey(let key):
      return "only a yearly deadline (with `every`) has `\(key)`; this one has `due`"
    case .dueOutsidePeriod(let due, let from, let to):
      return "\(due) is outside the plan period \(from)–\(to)"
    case .everyNotYear(let every):
      return "only \"year\" is supported, found \"\(every)\""
    case .missingYearlyDeadlineKey:
      return "missing required key for a yearly deadline"
    case .occurrencesOutsidePeriod(let first, let last, let from, let to):
      let years =
        first == last
        ? "the occurrence in \(first) is" : "the occurrences in \(first)–\(last) are"
      return "\(years) outside the plan period \(from)–\(to)"
    case .notAYearOfDeadline(let year, let from, let to):
      return "\(year) is not a year of this deadline, which falls every year from \(from) to \(to)"
    case .yearListedTwice(let year):
      return "\(year) is listed twice"
    case .timeZoneUnavailable(let identifier):
      return "cannot load the time zone '\(identifier)' (is time-zone data installed, "
        + "e.g. /usr/share/zoneinfo?); refusing to fall back to UTC"

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

    case .planInputTooLarge(let bytes):
      return "the input is \(bytes) bytes, more than the 8 MiB a plan may have"
    case .planFileTooLarge:
      return "the file is larger than the 8 MiB a plan may have"
    case .planWideEncoding(let encoding):
      return "the file is \(encoding), not UTF-8; expected a plan saved as UTF-8"
    case .jsonTooManyValues:
      return "more than \(JSONParser.maximumValues) values (objects, arrays, strings, numbers, "
        + "booleans and nulls counted together); a plan may have at most "
        + "\(JSONParser.maximumValues)"
    case .jsonTooDeep:
      return "arrays and objects nest more than \(JSONParser.maximumDepth) levels deep"
    case .jsonNumberTooLong:
      return "number literal longer than \(JSONParser.maximumNumberLength) characters"
    case .jsonDigitExpected(let place, let found):
      let spot: String
      switch place {
      case .afterMinus: spot = "after '-'"
      case .afterPoint: spot = "after '.'"
      case .inExponent: spot = "in the exponent"
      }
      return "expected a digit \(spot), found \(found)"
    case .jsonLeadingZeros:
      return "numbers must not have leading zeros"
    case .jsonNUL(let escaped):
      return "strings must not contain NUL characters" + (escaped ? " (\\u0000)" : "")
    case .jsonUnescapedControl(let byte):
      return "control character U+\(Message.hex(UInt32(byte), 4)) must be escaped in a string"
    case .jsonInvalidUTF8(let byte):
      return "invalid UTF-8 byte 0x\(Message.hex(UInt32(byte), 2)) in string; expected a plan "
        + "saved as UTF-8"
    case .jsonStringTooLong:
      return "string longer than 64 KiB"
    case .jsonInvalidEscape:
      return "invalid escape in string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and "
        + "\\uXXXX"
    case .jsonInvalidUnicodeEscape:
      return "invalid \\u escape"
    case .jsonLoneSurrogate(let value):
      return "lone surrogate \\u\(Message.hex(value, 4).lowercased()) in string; a \\u escape of "
        + "U+D800…U+DFFF must be a high and low pair"
    case .jsonHexDigitsExpected:
      return "expected 4 hexadecimal digits after \\u"
    }
  }

  /// `value` in upper-case hexadecimal, at least `width` digits: `00A0`.
  static func hex(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// `` `a` → `b` → `a` ``: a cycle of codes, back to the first.
  static func cycle(_ codes: [String]) -> String {
    (codes + codes.prefix(1)).map { "`\($0)`" }.joined(separator: " → ")
  }

  /// How two descriptions of a unit differ: "name `A` and `B`, level `xa` and `huyen`".
  static func differences(_ a: Unit, _ b: Unit, vietnamese: Bool) -> String {
    let words =
      vietnamese
      ? (name: "tên", level: "cấp", parent: "đơn vị cấp trên", flags: "nhãn", and: "và")
      : (name: "name", level: "level", parent: "parent", flags: "flags", and: "and")
    var parts: [String] = []
    func differ(_ word: String, _ first: String, _ second: String) {
      parts.append("\(word) `\(first)` \(words.and) `\(second)`")
    }
    if a.name != b.name { differ(words.name, a.name, b.name) }
    if a.level != b.level { differ(words.level, a.level.rawValue, b.level.rawValue) }
    if a.parentCode != b.parentCode { differ(words.parent, a.parentCode ?? "", b.parentCode ?? "") }
    if a.flags != b.flags {
      differ(
        words.flags, a.flags.sorted().joined(separator: ";"),
        b.flags.sorted().joined(separator: ";"))
    }
    return parts.joined(separator: ", ")
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
