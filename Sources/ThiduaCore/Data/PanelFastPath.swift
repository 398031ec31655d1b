#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast path of ``PanelReader``: a panel file whose every row is plain, read in one pass
/// over its bytes.
///
/// The careful reader spends thousands of instructions a row on what a panel exported by a
/// program never needs: quotes, line and column tracking for messages, Unicode normalization.
/// A panel of every commune of the country (about 50,000 rows) must be evaluated in a few tens
/// of milliseconds, so a plain file is read here instead. Plain means what such exports look
/// like: a header of exactly `unit_code,year,total_households,poor_households` and optionally
/// `near_poor_households`, in any order (no `standard`, no unit columns); no quote and only ASCII
/// anywhere; every row with the header's number of values; unit codes of printable ASCII without
/// spaces; years and counts as ``CellValue`` reads them; and every check of the careful reader
/// passed (a known unit code, at least one household, poor and near-poor households within the
/// total, one row per unit and year).
///
/// The fast path never reports a problem: at the first thing that is not plain it gives up and
/// returns nil, and the careful reader reads the file from the start, with every message and line
/// number. Its result is therefore the careful reader's, which the tests check on every panel.
enum PanelFastPath {
  /// Larger files are left to the careful reader (a panel of every commune is about 1 MiB).
  static let maximumFileSize = 64 << 20

  /// The panel at `path`, checked against `units` (nil: no units file), or nil when `path` is not
  /// a regular file of plain rows.
  static func read(path: String, units: UnitDirectory?) -> DataSet? {
    // Zeros after the file let the scanner read a whole word anywhere in it.
    WholeFile.withBytes(path: path, maximumSize: maximumFileSize, padding: RowScanner.padding) {
      read($0, units: units)
    }
  }

  /// The panel in `bytes` (a whole file, followed in memory by ``RowScanner/padding`` zeros), or
  /// nil when it is not plain.
  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, units: UnitDirectory?)
    -> DataSet?
  {
    guard let base = bytes.baseAddress, let header = Header(bytes),
      memchr(base, Int32(UInt8(ascii: "\"")), bytes.count) == nil
    else { return nil }
    return header.columns.withUnsafeBufferPointer { columns in
      var scanner = RowScanner(
        base: base, end: bytes.count, columns: columns, position: header.dataStart)
      // The table is sized once, for as many rows as the file has lines: an estimate from the
      // first line would be short of the longer lines after it, and the rows of the whole
      // country copied to a table twice their size.
      var panel = Panel(
        base: base, units: units,
        lines: WholeFile.lineCount(base + header.dataStart, bytes.count - header.dataStart))
      while let row = scanner.next() {
        guard panel.add(row) else { return nil }
      }
      guard scanner.isFinished, panel.rows > 0, let ownRows = panel.finish() else { return nil }
      return DataSet(
        directory: units ?? UnitDirectory(), hasUnitsFile: units != nil, ownRows: ownRows,
        accounting: RowAccounting(read: panel.rows, used: panel.rows, rejected: 0))
    }
  }

  /// What a panel column holds, in the order of ``Header/names``.
  enum Column: Equatable, CaseIterable {
    case code, year, total, poor, nearPoor
  }

  /// The header line: what each field holds, and where the data starts.
  struct Header {
    /// For each field position, what it holds.
    var columns: [Column]
    /// The offset of the first data line.
    var dataStart: Int

    /// The names of the columns a plain panel may have.
    static let names = PanelReader.requiredColumns + ["near_poor_households"]

    /// Reads and checks the header; nil unless it names the four required columns, optionally
    /// `near_poor_households`, each once, and nothing else.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let (columns, dataStart) = WholeFile.header(bytes, names: Header.names, as: Column.self)
      else { return nil }
      let required: [Column] = [.code, .year, .total, .poor]
      guard required.allSatisfy(columns.contains) else { return nil }
      self.columns = columns
      self.dataStart = dataStart
    }
  }

  /// One data row: where its unit code is in the file, its year and its counts.
  struct Row {
    var code: Range<Int>
    var year: Int
    var counts: HouseholdCounts
  }
}

/// Cuts the data lines into rows, one pass over the bytes.
///
/// Values are found eight bytes at a time: the end of a unit code is the first comma or line feed
/// in a 64-bit word, and a count or a year of up to seven ASCII digits, the form of nearly every
/// cell, is read from one word (the number ``CellValue/plainInteger(_:)`` makes of it). Any other
/// cell is handed to ``CellValue`` itself, so what is accepted cannot drift from the careful
/// reader.
private struct RowScanner {
  /// The zeros the bytes must be followed by in memory, so a word can be read at any offset.
  static let padding = 8

  let base: UnsafePointer<UInt8>
  /// The length of the file.
  let end: Int
  let columns: UnsafeBufferPointer<PanelFastPath.Column>
  /// The start of the next line.
  private(set) var position: Int
  /// Whether every line was read; false when one was not plain.
  private(set) var isFinished = false
  /// Whether the columns are `unit_code,year,total_households,poor_households`, then optionally
  /// `near_poor_households`.
  private let isInFileOrder: Bool

  init(
    base: UnsafePointer<UInt8>, end: Int, columns: UnsafeBufferPointer<PanelFastPath.Column>,
    position: Int
  ) {
    self.base = base
    self.end = end
    self.columns = columns
    self.position = position
    isInFileOrder =
      columns.count >= 4 && columns[0] == .code && columns[1] == .year && columns[2] == .total
      && columns[3] == .poor && (columns.count == 4 || columns[4] == .nearPoor)
  }

  /// The next row; nil at the end of the file (`isFinished`) or at a line that is not plain.
  mutating func next() -> PanelFastPath.Row? {
    guard position < end else {
      isFinished = true
      return nil
    }
    var row = PanelFastPath.Row(code: 0..<0, year: 0, counts: HouseholdCounts(total: 0, poor: 0))
    let lastIndex = columns.count - 1
    if isInFileOrder {
      // The columns in the order of every export: read one after the other, with no column
      // looked up.
      guard let code = code(isLast: false), let year = year(isLast: false),
        let total = count(isLast: false), let poor = count(isLast: lastIndex == 3)
      else { return nil }
      row.code = code
      row.year = year
      row.counts.total = total
      row.counts.poor = poor
      if lastIndex == 4 {
        guard let nearPoor = nearPoor(isLast: true) else { return nil }
        row.counts.nearPoor = nearPoor
      }
    } else {
      for index in 0...lastIndex {
        // A blank line, or a line with fewer or more values than the header, finds no comma or
        // no line end where one is expected.
        let isLast = index == lastIndex
        switch columns[index] {
        case .code:
          guard let code = code(isLast: isLast) else { return nil }
          row.code = code
        case .year:
          guard let year = year(isLast: isLast) else { return nil }
          row.year = year
        case .total:
          guard let total = count(isLast: isLast) else { return nil }
          row.counts.total = total
        case .poor:
          guard let poor = count(isLast: isLast) else { return nil }
          row.counts.poor = poor
        case .nearPoor:
          guard let nearPoor = nearPoor(isLast: isLast) else { return nil }
          row.counts.nearPoor = nearPoor
        }
      }
    }
    // The careful reader's checks: at least one household, and the poor and near-poor among them.
    let counts = row.counts
    guard counts.total >= 1, counts.poor <= counts.total,
      (counts.nearPoor ?? 0) + counts.poor <= counts.total
    else { return nil }
    return row
  }

  /// A unit code: not empty (checked to be a plain code when the unit changes; a code repeated
  /// is plain already).
  @inline(__always)
  private mutating func code(isLast: Bool) -> Range<Int>? {
    guard let value = value(isLast: isLast), !value.isEmpty else { return nil }
    return value
  }

  /// A year as ``CellValue/year(_:)`` reads it, within ``CellValue/years``.
  @inline(__always)
  private mutating func year(isLast: Bool) -> Int? {
    guard let value = digits(isLast: isLast) ?? other(isLast: isLast, CellValue.year),
      CellValue.years.contains(value)
    else { return nil }
    return value
  }

  /// A count of households as ``CellValue/count(_:)`` reads it.
  @inline(__always)
  private mutating func count(isLast: Bool) -> Int? {
    guard let value = digits(isLast: isLast) ?? other(isLast: isLast, CellValue.count),
      value <= CellValue.maximumCount
    else { return nil }
    return value
  }

  /// A near-poor count, nil inside for an empty cell (no near-poor figure for this unit-year, as
  /// the careful reader reads it); nil when the cell is not plain.
  @inline(__always)
  private mutating func nearPoor(isLast: Bool) -> Int?? {
    guard let value = digits(isLast: isLast) ?? other(isLast: isLast, RowScanner.nearPoor),
      value <= CellValue.maximumCount
    else { return nil }
    return .some(value == RowScanner.noFigure ? nil : value)
  }

  /// The number at `position` when it is one to seven ASCII digits followed by a comma (or, for
  /// the last value, a line end); `position` then moves past it. Nil otherwise, leaving
  /// `position` where it was.
  @inline(__always)
  private mutating func digits(isLast: Bool) -> Int? {
    let (count, value) = RowScanner.leadingDigits(of: word(at: position))
    guard count > 0, count < 8, let next = next(after: position + count, isLast: isLast) else {
      return nil
    }
    position = next
    return value
  }

  /// The number at `position` as `read` reads the value's bytes (an empty cell, spaces,
  /// separators, many digits...); `position` then moves past the value. Nil when `read` finds no
  /// number, when the value is not ASCII, or when no comma (or, for the last value, no line end)
  /// follows it.
  @inline(never)
  private mutating func other<Problem>(
    isLast: Bool, _ read: (UnsafeBufferPointer<UInt8>) -> Result<Int, Problem>
  ) -> Int? {
    guard let value = value(isLast: isLast) else { return nil }
    let text = UnsafeBufferPointer(start: base + value.lowerBound, count: value.count)
    guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
    return try? read(text).get()
  }

  /// What ``nearPoor(_:)`` reads in an empty cell (no count is negative).
  static let noFigure = -1

  /// A near-poor count, or ``noFigure`` for an empty cell, as ``PanelReader`` reads them.
  static func nearPoor(_ raw: UnsafeBufferPointer<UInt8>) -> Result<Int, CellValue.NumberProblem> {
    CellValue.trimmed(raw).isEmpty ? .success(noFigure) : CellValue.count(raw)
  }

  /// The value at `position`: it runs to the next comma, or for the last value of the line, to
  /// the line end (LF, CRLF, or the end of the file). Moves `position` past it; nil when that comma
  /// or line end is not there.
  @inline(__always)
  private mutating func value(isLast: Bool) -> Range<Int>? {
    let start = position
    var stop = start
    while true {
      let found = RowScanner.firstDelimiter(in: word(at: stop))
      stop += found
      if found < 8 || stop >= end { break }
    }
    stop = min(stop, end)
    guard let next = next(after: stop, isLast: isLast) else { return nil }
    position = next
    if isLast, stop > start, base[stop - 1] == 0x0D { stop -= 1 }
    return start..<stop
  }

  /// Where the next value starts when one ends at `stop` (after its comma), or for the last value
  /// of a line, where the next line starts (after LF, CRLF, or a CR ending the file); nil when
  /// none of these is at `stop`.
  @inline(__always)
  private func next(after stop: Int, isLast: Bool) -> Int? {
    guard stop < end else { return isLast ? end : nil }
    let byte = base[stop]
    if !isLast { return byte == 0x2C ? stop + 1 : nil }
    if byte == 0x0A { return stop + 1 }
    guard byte == 0x0D else { return nil }
    if stop + 1 == end { return end }
    return base[stop + 1] == 0x0A ? stop + 2 : nil
  }

  /// The eight bytes at `offset`.
  @inline(__always)
  func word(at offset: Int) -> UInt64 {
    WholeFile.word(base, at: offset)
  }

  /// Where the first comma or line feed is among the bytes of `word` (8: none).
  @inline(__always)
  static func firstDelimiter(in word: UInt64) -> Int {
    let found =
      WholeFile.zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C)
      | WholeFile.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
    return found.trailingZeroBitCount / 8
  }

  /// How many ASCII digits `word` starts with (0 to 8), and the number they write.
  @inline(__always)
  static func leadingDigits(of word: UInt64) -> (count: Int, value: Int) {
    // Each byte minus "0": a digit becomes 0...9. A byte below "0" gets its high bit set, one
    // above "9" gets it set by adding 0x76; a borrow or a carry only reaches the bytes after the
    // first that is not a digit.
    let digits = word &- 0x3030_3030_3030_3030
    let notDigits = (digits | (digits &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
    let count = notDigits.trailingZeroBitCount / 8
    guard count > 0 else { return (0, 0) }
    // The digits moved to the top (the zeros below them read as leading zeros), then combined
    // in pairs, fours and eights: each step keeps its sums within their lanes.
    var value = digits << (64 - 8 * UInt64(count))
    value = (value &* 10 &+ (value >> 8)) & 0x00FF_00FF_00FF_00FF
    value = (value &* 100 &+ (value >> 16)) & 0x0000_FFFF_0000_FFFF
    value = (value &* 10_000 &+ (value >> 32)) & 0xFFFF_FFFF
    return (count, Int(value))
  }
}

/// The counts gathered so far, one unit at a time.
///
/// Panels are usually sorted by unit: only a change of unit makes the code's String and checks
/// it; a row of the same unit is compared with the current code as one word.
private struct Panel {
  let base: UnsafePointer<UInt8>
  let units: UnitDirectory?
  /// The rows added.
  private(set) var rows = 0
  private var table: CountsTable.Builder
  /// Where the current unit's code is in the file.
  private var codeBytes = 0..<0
  /// The bytes of a current code of at most eight bytes, and the mask that keeps them in a word.
  private var codeWord: UInt64 = 0
  private var codeMask: UInt64 = 0
  /// Where the last unit is in the units file, which the next is looked for after.
  private var previousSlot = -1

  /// Gathers the rows of a file of `lines` data lines (room is made for units of five years).
  init(base: UnsafePointer<UInt8>, units: UnitDirectory?, lines: Int) {
    self.base = base
    self.units = units
    table = CountsTable.Builder(units: lines / 5 + 1, rows: lines)
  }

  /// Adds `row`; false when its unit code is not plain or not in the units file, or when the unit
  /// already has the row's year.
  @inline(__always)
  mutating func add(_ row: PanelFastPath.Row) -> Bool {
    if rows == 0 || !isCurrent(row.code) {
      guard switchUnit(to: row.code) else { return false }
    }
    guard table.append(year: row.year, counts: row.counts) else { return false }
    rows += 1
    return true
  }

  /// Every unit's counts; nil when a unit listed apart twice has a year twice.
  mutating func finish() -> CountsTable? {
    table.finish()
  }

  /// Whether the code at `other` is the current unit's.
  @inline(__always)
  private func isCurrent(_ other: Range<Int>) -> Bool {
    guard other.count == codeBytes.count else { return false }
    if other.count <= 8 {
      return WholeFile.word(base, at: other.lowerBound) & codeMask == codeWord
    }
    return memcmp(base + other.lowerBound, base + codeBytes.lowerBound, other.count) == 0
  }

  /// Starts the rows of the unit at `range`; false when its code is not plain, or not in the
  /// units file.
  private mutating func switchUnit(to range: Range<Int>) -> Bool {
    // Printable ASCII but space (the careful reader would trim spaces).
    for offset in range where base[offset] <= 0x20 || base[offset] >= 0x7F { return false }
    let code = String(
      decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count),
      as: UTF8.self)
    if let units {
      guard let slot = units.slot(of: code, after: previousSlot) else { return false }
      previousSlot = slot
    }
    table.startUnit(code)
    codeBytes = range
    codeMask = range.count >= 8 ? ~0 : (1 << (8 * UInt64(range.count))) - 1
    codeWord = WholeFile.word(base, at: range.lowerBound) & codeMask
    return true
  }
}
