/// Reading the values of data cells from their bytes, with the reason when a value is wrong.
///
/// Integers are parsed from bytes (no strings on the good path). Spaces, tabs and no-break spaces
/// around a value are ignored; a value that is not a plain whole number is classified so the
/// message can say what to do: separators (`1.000`, `1 000`), decimals (`12.5`), formulas
/// (`=A1+B1`), spreadsheet errors (`#DIV/0!`).
enum CellValue {
  /// Why a cell does not hold the number expected.
  typealias NumberProblem = Message.CountProblem

  /// The largest count accepted in a cell (far above any unit's households).
  static let maximumCount = 1_000_000_000

  /// The bytes without spaces, tabs or no-break spaces (U+00A0, U+202F, which spreadsheets
  /// write around numbers) at either end.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end {
      if bytes[start] == 0x20 || bytes[start] == 0x09 {
        start += 1
      } else if bytes[start] >= 0xC2, let width = noBreakSpace(in: bytes, at: start, end: end) {
        start += width
      } else {
        break
      }
    }
    while end > start {
      if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
        end -= 1
      } else if bytes[end - 1] >= 0xA0, end - start >= 2,
        noBreakSpace(in: bytes, at: end - 2, end: end) == 2
      {
        end -= 2
      } else if bytes[end - 1] >= 0xA0, end - start >= 3,
        noBreakSpace(in: bytes, at: end - 3, end: end) == 3
      {
        end -= 3
      } else {
        break
      }
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// The length of the no-break space (U+00A0 `C2 A0`, U+202F `E2 80 AF`) at `offset`, if any.
  @inline(__always)
  static func noBreakSpace(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int? {
    if offset + 2 <= end, bytes[offset] == 0xC2, bytes[offset + 1] == 0xA0 { return 2 }
    if offset + 3 <= end, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
      bytes[offset + 2] == 0xAF
    {
      return 3
    }
    return nil
  }

  /// A non-negative whole number written with ASCII digits only (after trimming), or nil.
  @inline(__always)
  static func plainInteger(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
    let bytes = trimmed(raw)
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      let digit = Int(byte) &- 48
      guard digit >= 0, digit <= 9 else { return nil }
      value = value &* 10 &+ digit
    }
    return value
  }

  /// A count of households: a whole number from 0 to ``maximumCount``.
  static func count(_ raw: UnsafeBufferPointer<UInt8>) -> Result<Int, NumberProblem> {
    if let value = plainInteger(raw) {
      return value <= maximumCount ? .success(value) : .failure(.tooLarge(text(raw)))
    }
    return .failure(classify(text(raw)))
  }

  /// The text of a cell, trimmed (for messages).
  static func text(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: trimmed(raw), as: UTF8.self)
  }

  /// Why `text` is not a plain non-negative whole number.
  static func classify(_ text: String) -> NumberProblem {
    if text.isEmpty { return .empty }
    if text.hasPrefix("=") { return .formula(text) }
    if spreadsheetErrors.contains(text.uppercased()) { return .spreadsheetError(text) }
    let characters = Array(text)
    if hasThousandsSeparators(characters) { return .thousandsSeparator(text) }
    let unsigned = characters.first == "-" ? Array(characters.dropFirst()) : characters
    let digitsOnly = !unsigned.isEmpty && unsigned.allSatisfy(\.isASCIIDigit)
    if characters.first == "-", digitsOnly {
      return unsigned.allSatisfy({ $0 == "0" }) ? .notANumber(text) : .negative(text)
    }
    if digitsOnly { return .tooLarge(text) }
    if let separator = unsigned.firstIndex(where: { $0 == "." || $0 == "," }),
      separator > 0, separator < unsigned.count - 1,
      unsigned[..<separator].allSatisfy(\.isASCIIDigit),
      unsigned[(separator + 1)...].allSatisfy(\.isASCIIDigit)
    {
      return .decimal(text)
    }
    return .notANumber(text)
  }

  /// The error values Excel and LibreOffice show in a cell whose formula failed, exported as text.
  static let spreadsheetErrors: Set<String> = [
    "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "ERR:502", "ERR:504", "ERR:511", "ERR:522", "ERR:532",
  ]

  /// `1.000`, `1,000`, `1 000`, `12.345.678`: groups of three digits after a first group of one to
  /// three, with the same separator between all of them.
  static func hasThousandsSeparators(_ characters: [Character]) -> Bool {
    let separators: Set<Character> = [".", ",", " ", "\u{00A0}", "\u{202F}", "'"]
    guard let first = characters.firstIndex(where: { separators.contains($0) }),
      (1...3).contains(first), characters[..<first].allSatisfy(\.isASCIIDigit)
    else { return false }
    let separator = characters[first]
    let groups = characters[first...].split(separator: separator, omittingEmptySubsequences: false)
    // The split of a slice that starts with the separator yields an empty first group.
    let tail = groups.dropFirst()
    return !tail.isEmpty && tail.allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
  }

  /// The message for a count cell of `column` that is wrong.
  static func message(_ problem: NumberProblem, column: String) -> Message {
    .badCount(column: column, problem)
  }

  /// The years data may have.
  static let years = 1990...2100

  /// A year from 1990 to 2100, or the message saying what is wrong.
  static func year(_ raw: UnsafeBufferPointer<UInt8>) -> Result<Int, YearProblem> {
    if let value = plainInteger(raw), years.contains(value) { return .success(value) }
    let text = text(raw)
    if text.isEmpty { return .failure(YearProblem(message: .badYear(.empty))) }
    if let value = Int(text) { return .failure(YearProblem(message: .badYear(.outOfRange(value)))) }
    return .failure(YearProblem(message: .badYear(.notAYear(text))))
  }

  /// A bad year, with its message.
  struct YearProblem: Error, Equatable {
    var message: Message
  }
}
