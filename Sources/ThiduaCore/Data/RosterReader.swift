import Foundation

/// Reads a household roster, `household_id,unit_code,year,status`, one row per household per
/// year, and aggregates it to per-unit-year counts (total, poor, near-poor).
///
/// Rosters are large (about 28 million households a year nationally), so the row path works on
/// bytes: integers and statuses are parsed in place, a unit code repeated from the row before is
/// not looked up again, and a household is remembered per year as a bit in a ``HouseholdSet``
/// when its id is a number (digits without leading zeros), as a string otherwise, without line
/// numbers. Only when a household is listed twice in a year is the file read a second time, to
/// find the first line of each such household. A household whose rows name different units in
/// different years is fine.
public struct RosterReader: Sendable {
  /// The columns a roster must have.
  public static let requiredColumns = ["household_id", "unit_code", "year", "status"]

  /// The units file's units, when one was given. Made from ``directory`` each time it is read.
  public var units: [String: Unit]? {
    get { directory?.dictionary }
    set { directory = newValue.map(UnitDirectory.init) }
  }
  /// The units file's units as they are kept, when one was given.
  var directory: UnitDirectory?
  /// Called every ``progressInterval`` rows with the bytes and rows read so far, so a terminal
  /// can show progress on a long roster.
  public var progress: (@Sendable (_ bytesRead: Int, _ rowsRead: Int) -> Void)?
  /// How many rows pass between calls of ``progress``.
  public static let progressInterval = 1 << 16
  /// Whether a file is first tried by ``RosterFastPath`` (tests turn it off to compare).
  public var triesFastPath = true
  /// The workers of the fast path: one per core by default.
  public var workers = ProcessInfo.processInfo.activeProcessorCount
  /// Files smaller than this are read by one worker (a thread costs more than it saves).
  public var parallelThreshold = 8 << 20

  /// A reader checking codes against `units` (nil: no units file).
  public init(
    units: [String: Unit]? = nil,
    progress: (@Sendable (_ bytesRead: Int, _ rowsRead: Int) -> Void)? = nil
  ) {
    self.init(directory: units.map(UnitDirectory.init), progress: progress)
  }

  /// A reader checking codes against `directory` (nil: no units file).
  init(
    directory: UnitDirectory?,
    progress: (@Sendable (_ bytesRead: Int, _ rowsRead: Int) -> Void)? = nil
  ) {
    self.directory = directory
    self.progress = progress
  }

  /// Reads and aggregates `input`. Throws for what stops the reading (the file cannot be read, a
  /// bad header, no data rows, an unterminated quote); bad rows are in the result's diagnostics.
  public func read(_ input: CSVInput) throws(ThiduaError) -> DataSet {
    let check = UnitCodeCheck(units: directory)
    if triesFastPath, let path = input.path,
      let fast = RosterFastPath.read(
        path: path, workers: workers, parallelThreshold: parallelThreshold),
      fast.counts.keys.allSatisfy(check.isKnown)
    {
      return DataSet(
        directory: directory ?? UnitDirectory(), hasUnitsFile: directory != nil,
        ownRows: CountsTable(fast.counts),
        accounting: RowAccounting(read: fast.rows, used: fast.rows))
    }
    var scanner = try RosterScanner(input: input, units: directory)
    var log = RowLog()
    var tallies: [Int: Tally] = [:]
    var repeats: [Repeat] = []
    // Numeric ids in pages of bits, as the fast path keeps them: a few MB a year for the whole
    // country rather than a hash set of every household.
    var seenNumeric = [HouseholdSet](repeating: HouseholdSet(), count: CellValue.years.count)
    var seenText = [Set<String>](repeating: [], count: CellValue.years.count)

    do {
      while let row = try scanner.next() {
        if let progress, (log.accounting.read + 1) % RosterReader.progressInterval == 0 {
          progress(scanner.bytesRead, log.accounting.read + 1)
        }
        guard let household = row.household, let year = row.year, let status = row.status,
          row.diagnostics.isEmpty
        else {
          log.reject(row.diagnostics, code: row.slot.map { scanner.code(of: $0) } ?? "")
          continue
        }
        let yearSlot = year - CellValue.years.lowerBound
        let isNew: Bool
        switch household {
        case .number(let id): isNew = seenNumeric[yearSlot].insert(id)
        case .text(let id): isNew = seenText[yearSlot].insert(id).inserted
        }
        guard isNew else {
          repeats.append(
            Repeat(
              key: HouseholdYear(household: household, year: year), line: scanner.lineNumber,
              location: scanner.householdLocation, slot: row.slot ?? 0))
          log.reject([], code: "")
          continue
        }
        let key = (row.slot ?? 0) &* 128 &+ yearSlot
        tallies[key, default: Tally()].add(status)
        log.use()
      }
    } catch {
      throw error.adding(log.diagnostics)
    }
    if log.accounting.read == 0 {
      throw .invalidData(diagnostics: [DataLoader.noDataRows(header: scanner.header)])
    }
    if !repeats.isEmpty {
      try reportRepeats(repeats, input: input, scanner: &scanner, log: &log)
    }

    var counts: [String: [Int: HouseholdCounts]] = [:]
    for (key, tally) in tallies {
      let code = scanner.code(of: key / 128)
      let year = key % 128 + CellValue.years.lowerBound
      counts[code, default: [:]][year] = HouseholdCounts(
        total: tally.total, poor: tally.poor, nearPoor: tally.nearPoor)
    }
    return DataSet(
      directory: directory ?? UnitDirectory(), hasUnitsFile: directory != nil,
      ownRows: CountsTable(counts), invalidRows: log.invalidRows.mapValues { $0.sorted() },
      diagnostics: log.diagnostics.sorted(), accounting: log.accounting)
  }

  /// Finds the first line of each household listed twice in a year (a second pass, made only
  /// when there are such households) and reports every repeat, naming both lines.
  private func reportRepeats(
    _ repeats: [Repeat], input: CSVInput, scanner: inout RosterScanner, log: inout RowLog
  ) throws(ThiduaError) {
    let wanted = Set(repeats.map(\.key))
    var first: [HouseholdYear: (line: Int, slot: Int)] = [:]
    var second = try RosterScanner(input: input, units: directory, sharing: scanner)
    while first.count < wanted.count, let row = try second.next() {
      guard row.diagnostics.isEmpty, let household = row.household, let year = row.year else {
        continue
      }
      let key = HouseholdYear(household: household, year: year)
      if wanted.contains(key), first[key] == nil {
        first[key] = (second.lineNumber, row.slot ?? 0)
      }
    }
    scanner.adopt(codesOf: second)
    for repeated in repeats {
      let firstSeen = first[repeated.key]
      let diagnostic = Diagnostic.error(
        at: repeated.location,
        .householdListedTwice(
          String(describing: repeated.key.household), year: repeated.key.year,
          first: firstSeen?.line, second: repeated.line))
      let code = scanner.code(of: repeated.slot)
      log.record([diagnostic], code: code)
      if let firstSeen, scanner.code(of: firstSeen.slot) != code {
        log.invalidRows[scanner.code(of: firstSeen.slot), default: []].append(diagnostic)
      }
    }
  }
}

/// A household's id: a number when it is one (stored in 8 bytes), else the text.
enum HouseholdID: Hashable, CustomStringConvertible {
  case number(UInt64)
  case text(String)

  /// Reads an id cell; nil when it is empty.
  static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> HouseholdID? {
    let bytes = CellValue.trimmed(raw)
    guard !bytes.isEmpty else { return nil }
    if let value = number(bytes) { return .number(value) }
    let text = String(decoding: bytes, as: UTF8.self)
    return .text(
      text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping)
  }

  /// The id as a number when it is one: 1 to 19 digits without a leading zero, so that the
  /// number gives the text back.
  @inline(__always)
  static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 19, bytes[0] != 0x30 || bytes.count == 1 else {
      return nil
    }
    var value: UInt64 = 0
    for byte in bytes {
      let digit = byte &- 0x30
      guard digit <= 9 else { return nil }
      value = value &* 10 &+ UInt64(digit)
    }
    return value
  }

  var description: String {
    switch self {
    case .number(let value): return String(value)
    case .text(let value): return value
    }
  }
}

/// A household in one year.
struct HouseholdYear: Hashable {
  var household: HouseholdID
  var year: Int
}

/// A household row that repeats an earlier one of the same year.
private struct Repeat {
  var key: HouseholdYear
  var line: Int
  var location: SourceLocation
  var slot: Int
}

/// Households of one unit in one year, by status.
private struct Tally {
  var total = 0
  var poor = 0
  var nearPoor = 0

  mutating func add(_ status: HouseholdStatus) {
    total += 1
    switch status {
    case .poor: poor += 1
    case .nearPoor: nearPoor += 1
    case .nonPoor: break
    }
  }
}

/// Reads roster rows one at a time, parsing cells from bytes, and numbering unit codes.
struct RosterScanner {
  /// One roster row, parsed; `diagnostics` empty when it is good.
  struct Row {
    var household: HouseholdID?
    var slot: Int?
    var year: Int?
    var status: HouseholdStatus?
    var diagnostics: [Diagnostic] = []
  }

  let header: CSVHeader
  private let reader: CSVReader
  private let householdIndex: Int
  private let codeIndex: Int
  private let yearIndex: Int
  private let statusIndex: Int
  private var check: UnitCodeCheck
  private var slotByCode: [String: Int] = [:]
  private var codes: [String] = []
  private var known: [Bool] = []
  private var lastCode: [UInt8] = []
  private var lastSlot = -1

  init(input: CSVInput, units: UnitDirectory?) throws(ThiduaError) {
    reader = try CSVReader(input)
    header = try CSVHeader(reader: reader)
    let problems = header.diagnostics(
      required: RosterReader.requiredColumns, known: RosterReader.requiredColumns)
    if !problems.isEmpty { throw .invalidData(diagnostics: problems) }
    householdIndex = header.index(of: "household_id") ?? 0
    codeIndex = header.index(of: "unit_code") ?? 0
    yearIndex = header.index(of: "year") ?? 0
    statusIndex = header.index(of: "status") ?? 0
    check = UnitCodeCheck(units: units)
  }

  /// A scanner for a second pass, numbering codes as `other` did.
  init(input: CSVInput, units: UnitDirectory?, sharing other: RosterScanner) throws(ThiduaError) {
    try self.init(input: input, units: units)
    slotByCode = other.slotByCode
    codes = other.codes
    known = other.known
  }

  /// Takes the code numbering of a scanner that continued from this one.
  mutating func adopt(codesOf other: RosterScanner) {
    slotByCode = other.slotByCode
    codes = other.codes
    known = other.known
  }

  /// The line of the current row.
  var lineNumber: Int { reader.lineNumber }

  /// The bytes read from the file so far.
  var bytesRead: Int { reader.bytesRead }

  /// Where the current row's household id is.
  var householdLocation: SourceLocation { reader.location(ofField: householdIndex) }

  /// The unit code numbered `slot`.
  func code(of slot: Int) -> String { slot < codes.count ? codes[slot] : "" }

  /// The next row, or nil at the end.
  mutating func next() throws(ThiduaError) -> Row? {
    guard try reader.nextRecord() else { return nil }
    var row = Row()
    row.diagnostics = RowLog.firstFindings(reader: reader, header: header)
    if reader.isBlank { return row }
    row.household = reader.withBytes(ofField: householdIndex, HouseholdID.parse)
    if row.household == nil {
      row.diagnostics.append(
        .error(
          at: reader.location(ofField: householdIndex),
          RowLog.emptyCode("household_id", isHousehold: true)))
    }
    row.slot = slot()
    if let slot = row.slot, !known[slot] {
      row.diagnostics.append(
        .error(at: reader.location(ofField: codeIndex), check.unknownMessage(codes[slot])))
    } else if row.slot == nil {
      row.diagnostics.append(
        .error(at: reader.location(ofField: codeIndex), RowLog.emptyCode(UnitColumns.code)))
    }
    switch reader.withBytes(ofField: yearIndex, CellValue.year) {
    case .success(let year): row.year = year
    case .failure(let problem):
      row.diagnostics.append(.error(at: reader.location(ofField: yearIndex), problem.message))
    }
    row.status = reader.withBytes(ofField: statusIndex, HouseholdStatus.parse)
    if row.status == nil {
      row.diagnostics.append(
        .error(
          at: reader.location(ofField: statusIndex),
          .badHouseholdStatus(UnitColumns.text(reader, statusIndex))))
    }
    if !row.diagnostics.isEmpty {
      row.diagnostics = RowLog.firstPerField(row.diagnostics, reader: reader)
    }
    return row
  }

  /// The number of the current row's unit code (nil when empty); the code of the row before is
  /// recognised from its bytes without a dictionary lookup.
  private mutating func slot() -> Int? {
    let same = reader.withBytes(ofField: codeIndex) { raw in
      lastSlot >= 0 && CellValue.trimmed(raw).elementsEqual(lastCode)
    }
    if same { return lastSlot }
    let ascii = reader.isASCII(field: codeIndex)
    let code = reader.withBytes(ofField: codeIndex) { raw in
      let text = String(decoding: CellValue.trimmed(raw), as: UTF8.self)
      return ascii ? text : text.precomposedStringWithCanonicalMapping
    }
    guard !code.isEmpty else { return nil }
    let slot: Int
    if let existing = slotByCode[code] {
      slot = existing
    } else {
      slot = codes.count
      slotByCode[code] = slot
      codes.append(code)
      known.append(check.isKnown(code))
    }
    lastCode.removeAll(keepingCapacity: true)
    reader.withBytes(ofField: codeIndex) { lastCode.append(contentsOf: CellValue.trimmed($0)) }
    lastSlot = slot
    return slot
  }
}
