import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast path of ``RosterReader``: a roster file whose every row is plain, aggregated on every
/// core at close to the speed the disk cache delivers bytes.
///
/// A plain row is what rosters exported by programs look like: the four columns of the header,
/// no quotes, no spaces, a numeric household id, an ASCII unit code of at most 8 bytes, a year
/// of four digits and a status ``HouseholdStatus`` reads. The file is cut at line boundaries into
/// one part per worker; each worker reads its part with `pread(2)` into its own buffer, numbers
/// unit codes, counts per unit and year, and remembers households per year in a
/// ``HouseholdSet``. The parts are then merged, and a household in two parts is found by
/// intersecting their sets.
///
/// The fast path never reports a problem: at the first row that is not plain (a quote, a bad
/// value, a blank line, a household listed twice...) it gives up and returns nil, and the
/// careful reader reads the file again from the start, with every message and line number. Its
/// results are therefore those of the careful reader, which the tests check on every roster.
struct RosterFastPath {
  /// What a fast read found: counts per unit code and year, and the rows read (all used).
  struct Outcome {
    var counts: [String: [Int: HouseholdCounts]]
    var rows: Int
  }

  /// The bytes each worker reads at a time.
  static let bufferSize = 1 << 20
  /// A worker gives up beyond this many distinct years (then the careful reader runs).
  static let maximumYears = 16

  /// Aggregates the roster at `path`, or nil when it is not a regular file of plain rows.
  /// Files of `parallelThreshold` bytes or more are cut into `workers` parts.
  static func read(path: String, workers requested: Int, parallelThreshold: Int) -> Outcome? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    guard let header = Header(descriptor: descriptor, size: size), header.dataStart < size else {
      return nil
    }
    let count = size >= parallelThreshold ? max(1, min(requested, 16)) : 1
    var bounds = [header.dataStart]
    for part in 1..<count {
      let offset = header.dataStart + (size - header.dataStart) * part / count
      bounds.append(max(bounds[part - 1], lineStart(atOrAfter: offset, descriptor, size)))
    }
    bounds.append(size)
    let parts = bounds

    // Each worker writes its own slot only, and `concurrentPerform` returns once every worker
    // has finished: nothing is shared while they run, not even the header's column list.
    let results = PartSlots(count: count)
    defer { results.deallocate() }
    DispatchQueue.concurrentPerform(iterations: count) { part in
      var worker = Worker(columns: header.columns.map { $0 })
      results[part] = worker.run(descriptor: descriptor, from: parts[part], to: parts[part + 1])
    }
    return merge(results.all)
  }

  /// The first position at or after `offset` that starts a line.
  private static func lineStart(atOrAfter offset: Int, _ descriptor: Int32, _ size: Int) -> Int {
    var position = offset - 1
    var buffer = [UInt8](repeating: 0, count: 4096)
    while position < size {
      let read = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, 4096, off_t(position))
      }
      if read <= 0 { return size }
      if let newline = buffer[0..<read].firstIndex(of: 0x0A) { return position + newline + 1 }
      position += read
    }
    return size
  }

  /// Joins the workers' counts; nil if a worker gave up or a household is in two parts.
  private static func merge(_ parts: [Part?]) -> Outcome? {
    var counts: [String: [Int: HouseholdCounts]] = [:]
    var rows = 0
    var households: [Int: [HouseholdSet]] = [:]
    for part in parts {
      guard let part else { return nil }
      rows += part.rows
      for (slot, bytes) in part.codes.enumerated() {
        let code = String(decoding: bytes, as: UTF8.self)
        for (place, year) in part.years.enumerated() {
          let found = part.tally(slot: slot, place: place)
          guard found.total > 0 else { continue }
          var merged = counts[code, default: [:]][year] ?? HouseholdCounts(total: 0, poor: 0)
          merged.total += found.total
          merged.poor += found.poor
          merged.nearPoor = (merged.nearPoor ?? 0) + found.nearPoor
          counts[code, default: [:]][year] = merged
        }
      }
      for (place, year) in part.years.enumerated() {
        households[year, default: []].append(part.households[place])
      }
    }
    for sets in households.values where sets.count > 1 {
      for first in sets.indices {
        for second in sets.indices where second > first {
          if !sets[first].intersection(sets[second]).isEmpty { return nil }
        }
      }
    }
    return Outcome(counts: counts, rows: rows)
  }

  /// The header line: where each required column is, and where the data starts.
  struct Header {
    /// For each field position, what it holds.
    var columns: [Column]
    /// The offset of the first data line.
    var dataStart: Int

    /// Reads and checks the header; nil unless it names exactly the four roster columns.
    init?(descriptor: Int32, size: Int) {
      var buffer = [UInt8](repeating: 0, count: min(size, 4096))
      let read = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, 0)
      }
      guard read > 0,
        let (columns, dataStart) = buffer.withUnsafeBufferPointer({
          WholeFile.header(
            UnsafeBufferPointer(rebasing: $0[0..<read]), names: RosterReader.requiredColumns,
            as: Column.self)
        }),
        columns.count == 4
      else { return nil }
      self.columns = columns
      self.dataStart = dataStart
    }
  }

  /// What a roster column holds, in the order of ``RosterReader/requiredColumns``.
  enum Column: Hashable, CaseIterable {
    case household, unit, year, status
  }
}

/// What a worker found in its part: counts per unit code, year and status, and the households of
/// each year.
private struct Part: Sendable {
  var rows: Int
  /// The unit codes in the order first seen; a code's index is its slot.
  var codes: [[UInt8]]
  /// The years in the order first seen; a year's index is its place.
  var years: [Int]
  /// ``Worker/statuses`` counts per slot, `codes.count` slots per place.
  var counts: [Int32]
  /// The households of each year in `years`.
  var households: [HouseholdSet]

  /// The counts of the unit code in `slot` in the year at `place`.
  func tally(slot: Int, place: Int) -> (total: Int, poor: Int, nearPoor: Int) {
    let first = (place * codes.count + slot) * Worker.statuses
    let poor = Int(counts[first + Worker.index(of: .poor)])
    let nearPoor = Int(counts[first + Worker.index(of: .nearPoor)])
    let nonPoor = Int(counts[first + Worker.index(of: .nonPoor)])
    return (poor + nearPoor + nonPoor, poor, nearPoor)
  }
}

/// One row's values: the household id as a number, the unit code packed as in
/// ``Worker/packedCode(_:)``, and the status as its ``Worker/index(of:)``.
private struct Row {
  var household: UInt64
  var code: UInt64
  var year: Int
  var status: Int
}

/// One result slot per worker, each written by its worker only, before `concurrentPerform`
/// returns (which orders the writes before the merge reads them).
private struct PartSlots: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<Part?>
  private let count: Int

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
  }

  subscript(part: Int) -> Part? {
    get { slots[part] }
    nonmutating set { slots[part] = newValue }
  }

  /// Every slot, in order.
  var all: [Part?] { Array(UnsafeBufferPointer(start: slots, count: count)) }

  func deallocate() {
    slots.deinitialize(count: count)
    slots.deallocate()
  }
}

/// Reads one part of the file and counts its rows.
///
/// Lines in the usual column order are read by ``usualRow(_:)``, which parses each field while
/// scanning for its end. Anything it does not expect, and every line in another column order, is
/// read field by field by ``row(_:count:)``, whose rules are the fast path's: the first only
/// takes lines the second takes, with the same values, which the tests check by reading the same
/// rows in both orders. The counts and the sets of households live in memory the worker owns and
/// addresses through pointers, so that counting a row costs no copy-on-write check; the worker is
/// not copyable, and frees that memory when it ends.
private struct Worker: ~Copyable {
  /// Counts kept per unit-year, one per status.
  static let statuses = 3

  private let columns: [RosterFastPath.Column]
  /// Whether the columns are in the usual order, `household_id,unit_code,year,status`.
  private let isUsualOrder: Bool
  /// ``CellValue/years``, read once rather than for every row.
  private let validYears: ClosedRange<Int>
  /// The status words, held by the worker so that a row does not go through the lazy
  /// initialization of a static property.
  private let poorWord = Worker.word(UInt32.self, "poor")
  private let nonPoorWord = Worker.word(UInt64.self, "non-poor")
  private let nearPoorWord = Worker.word(UInt64.self, "near-poo")

  private var rows = 0
  private var codes: [[UInt8]] = []
  private var years: [Int] = []
  /// ``statuses`` counts per slot, `slotCapacity` slots per place, for every place: a row's count
  /// is next to those of other rows of its year, which usually come together.
  private var counts: UnsafeMutablePointer<Int32>
  private var slotCapacity = 256
  /// ``RosterFastPath/maximumYears`` sets, the first `years.count` of them initialized.
  private let households: UnsafeMutablePointer<HouseholdSet>
  private var codeTable = CodeTable()
  /// The place of each year of ``CellValue/years``, or -1.
  private var yearPlaces = [Int8](repeating: -1, count: CellValue.years.count)
  private var lastCode: UInt64 = 0
  private var lastSlot = -1
  private var lastYear = -1
  private var lastPlace = 0

  init(columns: [RosterFastPath.Column]) {
    self.columns = columns
    isUsualOrder = columns == [.household, .unit, .year, .status]
    validYears = CellValue.years
    let capacity = RosterFastPath.maximumYears * slotCapacity * Worker.statuses
    counts = .allocate(capacity: capacity)
    counts.initialize(repeating: 0, count: capacity)
    households = .allocate(capacity: RosterFastPath.maximumYears)
  }

  deinit {
    counts.deallocate()
    households.deinitialize(count: years.count)
    households.deallocate()
  }

  /// Reads the lines starting in `start..<end`; nil when a line is not plain.
  mutating func run(descriptor: Int32, from start: Int, to end: Int) -> Part? {
    guard read(descriptor: descriptor, from: start, to: end) else { return nil }
    var used: [Int32] = []
    for place in years.indices {
      let first = counts + place * slotCapacity * Worker.statuses
      used += UnsafeBufferPointer(start: first, count: codes.count * Worker.statuses)
    }
    return Part(
      rows: rows, codes: codes, years: years, counts: used,
      households: Array(UnsafeBufferPointer(start: households, count: years.count)))
  }

  /// Bytes past the end of the data that ``usualRow(_:)`` may load: it reads a few bytes of a
  /// field before looking at them (a year's four digits, a status's first eight bytes), and on a
  /// short last line these can run past its newline.
  private static let padding = 64

  private mutating func read(descriptor: Int32, from start: Int, to end: Int) -> Bool {
    let capacity = RosterFastPath.bufferSize
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Worker.padding)
    buffer.initialize(repeating: 0, count: capacity + Worker.padding)
    defer { buffer.deallocate() }
    var position = start
    var carried = 0
    while position < end {
      guard carried < capacity else { return false }
      let read = pread(
        descriptor, buffer + carried, min(capacity - carried, end - position), off_t(position))
      guard read > 0 else { return false }
      // A quote anywhere means quoted fields: the careful reader's business.
      if memchr(buffer + carried, 0x22, read) != nil { return false }
      position += read
      var filled = carried + read
      if position >= end, buffer[filled - 1] != 0x0A {
        // The last line has no newline; given one, it reads like the others.
        buffer[filled] = 0x0A
        filled += 1
      }
      // Only whole lines are read; the rest waits for the next read.
      var wholeLines = filled
      while wholeLines > 0, buffer[wholeLines - 1] != 0x0A { wholeLines -= 1 }
      guard lines(buffer, end: buffer + wholeLines) else { return false }
      carried = filled - wholeLines
      if carried > 0 { memmove(buffer, buffer + wholeLines, carried) }
    }
    return true
  }

  /// Counts the lines from `start` to `end`, where `end - 1` is a newline; false at a line that is
  /// not plain.
  private mutating func lines(
    _ start: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>
  ) -> Bool {
    var line = start
    while line < end {
      if isUsualOrder, let (row, next) = usualRow(line) {
        guard record(row) else { return false }
        line = next
        continue
      }
      guard let found = memchr(line, 0x0A, end - line) else { return false }
      let newline = found.assumingMemoryBound(to: UInt8.self)
      guard let row = row(line, count: newline - line), record(row) else { return false }
      line = newline + 1
    }
    return true
  }

  /// Reads a line in the usual column order with nothing unusual about it: a household id of
  /// digits, a unit code, four digits of a year and an English status, ended by a newline.
  /// Returns the row and where the next line starts; nil for anything else, which is then left to
  /// ``row(_:count:)``.
  ///
  /// Each field is parsed as its bytes are scanned. Every loop stops at a byte the field cannot
  /// hold, at the latest the newline ending the line, so no byte past it decides anything.
  @inline(__always)
  private func usualRow(_ line: UnsafeMutablePointer<UInt8>) -> (Row, UnsafeMutablePointer<UInt8>)?
  {
    // household_id: 1 to 19 digits, without a leading zero (as HouseholdID.number reads it).
    var household: UInt64 = 0
    var digits = 0
    while true {
      let digit = line[digits] &- 0x30
      if digit > 9 { break }
      household = household &* 10 &+ UInt64(digit)
      digits &+= 1
    }
    guard digits > 0, digits <= 19, line[digits] == 0x2C, line[0] != 0x30 || digits == 1 else {
      return nil
    }
    // unit_code: 1 to 8 printable ASCII bytes (as packedCode(_:) reads it).
    let unit = line + digits + 1
    var code: UInt64 = 0
    var length = 0
    while true {
      let byte = unit[length]
      if byte == 0x2C || byte <= 0x20 || byte >= 0x7F { break }
      if length == 8 { return nil }
      code |= UInt64(byte) &<< UInt64(length &* 8)
      length &+= 1
    }
    guard length > 0, unit[length] == 0x2C else { return nil }
    // year: four digits, in CellValue.years.
    let digitsOfYear = unit + length + 1
    let d0 = digitsOfYear[0] &- 0x30
    let d1 = digitsOfYear[1] &- 0x30
    let d2 = digitsOfYear[2] &- 0x30
    let d3 = digitsOfYear[3] &- 0x30
    guard d0 <= 9, d1 <= 9, d2 <= 9, d3 <= 9, digitsOfYear[4] == 0x2C else { return nil }
    let year = Int(d0) &* 1000 &+ Int(d1) &* 100 &+ Int(d2) &* 10 &+ Int(d3)
    guard validYears.contains(year) else { return nil }
    // status: one of the English words, then the end of the line.
    let status = digitsOfYear + 5
    let word = UInt64(littleEndian: UnsafeRawPointer(status).loadUnaligned(as: UInt64.self))
    let value: HouseholdStatus
    var end = status
    if UInt32(truncatingIfNeeded: word) == poorWord {
      value = .poor
      end += 4
    } else if word == nonPoorWord {
      value = .nonPoor
      end += 8
    } else if word == nearPoorWord, status[8] == 0x72 {
      value = .nearPoor
      end += 9
    } else {
      return nil
    }
    if end[0] == 0x0D { end += 1 }
    guard end[0] == 0x0A else { return nil }
    return (
      Row(household: household, code: code, year: year, status: Worker.index(of: value)), end + 1
    )
  }

  /// Reads a line (without its newline) in any column order; nil when it is not plain.
  private func row(_ start: UnsafeMutablePointer<UInt8>, count: Int) -> Row? {
    var end = count
    if end > 0, start[end - 1] == 0x0D { end -= 1 }
    guard end > 0 else { return nil }
    var row = Row(household: 0, code: 0, year: 0, status: 0)
    var position = 0
    for field in 0..<4 {
      // The field runs to the next comma, or to the end of the line for the last one.
      var stop = position
      while stop < end, start[stop] != 0x2C { stop += 1 }
      if field < 3 {
        guard stop < end else { return nil }
      } else {
        guard stop == end else { return nil }
      }
      let bytes = UnsafeBufferPointer(start: start + position, count: stop - position)
      switch columns[field] {
      case .household:
        guard let value = HouseholdID.number(bytes) else { return nil }
        row.household = value
      case .unit:
        guard let value = Worker.packedCode(bytes) else { return nil }
        row.code = value
      case .year:
        guard bytes.count == 4, let value = CellValue.plainInteger(bytes),
          validYears.contains(value)
        else { return nil }
        row.year = value
      case .status:
        guard let value = status(bytes) else { return nil }
        row.status = Worker.index(of: value)
      }
      position = stop + 1
    }
    return row
  }

  /// Counts a row; false when its household is already in its year, or the year is one too many.
  @inline(__always)
  private mutating func record(_ row: Row) -> Bool {
    let slot = slot(for: row.code)
    if row.year != lastYear {
      guard selectYear(row.year) else { return false }
    }
    guard households[lastPlace].insert(row.household) else { return false }
    let index = (lastPlace &* slotCapacity &+ slot) &* Worker.statuses &+ row.status
    counts[index] &+= 1
    rows &+= 1
    return true
  }

  /// Makes `year` the year of the rows that follow, numbering it when new; false beyond
  /// ``RosterFastPath/maximumYears`` years.
  private mutating func selectYear(_ year: Int) -> Bool {
    let yearSlot = year - validYears.lowerBound
    var place = Int(yearPlaces[yearSlot])
    if place < 0 {
      guard years.count < RosterFastPath.maximumYears else { return false }
      place = years.count
      yearPlaces[yearSlot] = Int8(place)
      (households + place).initialize(to: HouseholdSet())
      years.append(year)
    }
    lastYear = year
    lastPlace = place
    return true
  }

  /// The slot of a packed unit code, numbering it when new.
  @inline(__always)
  private mutating func slot(for code: UInt64) -> Int {
    if code == lastCode, lastSlot >= 0 { return lastSlot }
    let slot = codeTable.slot(for: code) { codes.count }
    if slot == codes.count { addCode(code) }
    lastCode = code
    lastSlot = slot
    return slot
  }

  /// Numbers a new code, doubling the slots of every place when they are all taken.
  private mutating func addCode(_ code: UInt64) {
    var bytes: [UInt8] = []
    var rest = code
    while rest != 0 {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    codes.append(bytes)
    guard codes.count > slotCapacity else { return }
    let perPlace = slotCapacity * Worker.statuses
    let grown = UnsafeMutablePointer<Int32>.allocate(
      capacity: RosterFastPath.maximumYears * perPlace * 2)
    grown.initialize(repeating: 0, count: RosterFastPath.maximumYears * perPlace * 2)
    for place in 0..<RosterFastPath.maximumYears {
      (grown + place * perPlace * 2).update(from: counts + place * perPlace, count: perPlace)
    }
    counts.deallocate()
    counts = grown
    slotCapacity *= 2
  }

  /// Where a status's count is among a unit-year's ``statuses`` counts.
  @inline(__always)
  static func index(of status: HouseholdStatus) -> Int {
    switch status {
    case .poor: 0
    case .nearPoor: 1
    case .nonPoor: 2
    }
  }

  /// A unit code of 1 to 8 printable ASCII bytes other than space, packed little-endian into a
  /// number (no code byte is 0, so the length is implied).
  static func packedCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for byte in bytes {
      guard byte > 0x20, byte < 0x7F else { return nil }
      value |= UInt64(byte) << shift
      shift += 8
    }
    return value
  }

  /// A status cell: the English words at once, anything else as ``HouseholdStatus`` reads it.
  private func status(_ bytes: UnsafeBufferPointer<UInt8>) -> HouseholdStatus? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    let raw = UnsafeRawPointer(base)
    switch bytes.count {
    case 4 where UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)) == poorWord: return .poor
    case 8 where UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) == nonPoorWord:
      return .nonPoor
    case 9
    where UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) == nearPoorWord
      && bytes[8] == 0x72:
      return .nearPoor
    default:
      guard bytes[0] != 0x20, bytes[0] != 0x09, bytes[bytes.count - 1] != 0x20,
        bytes[bytes.count - 1] != 0x09
      else { return nil }
      return HouseholdStatus.parse(bytes)
    }
  }

  /// `text`'s bytes as a little-endian number ("poor", "non-poor", the first 8 bytes of
  /// "near-poor"), to compare a status with in one instruction.
  private static func word<T: FixedWidthInteger>(_ type: T.Type, _ text: String) -> T {
    text.utf8.reversed().reduce(T.zero) { $0 << 8 | T($1) }
  }
}

/// Unit codes packed in 64 bits to their slots: open addressing, so a lookup is one multiply
/// and usually one probe, of one entry holding both the code and its slot.
private struct CodeTable {
  private struct Entry {
    /// A packed code, or 0 for an empty entry.
    var code: UInt64
    var slot: Int
  }

  private var entries = [Entry](repeating: Entry(code: 0, slot: 0), count: 1024)
  private var used = 0
  private var shift: UInt64 = 64 - 10

  /// The slot of `code`; when it is new, `next()` numbers it.
  @inline(__always)
  mutating func slot(for code: UInt64, next: () -> Int) -> Int {
    let mask = entries.count - 1
    var index = Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    while true {
      let entry = entries[index]
      if entry.code == code { return entry.slot }
      if entry.code == 0 { break }
      index = (index + 1) & mask
    }
    let slot = next()
    entries[index] = Entry(code: code, slot: slot)
    used += 1
    if used * 2 > entries.count { grow() }
    return slot
  }

  private mutating func grow() {
    let old = entries
    entries = [Entry](repeating: Entry(code: 0, slot: 0), count: old.count * 2)
    shift -= 1
    let mask = entries.count - 1
    for entry in old where entry.code != 0 {
      var index = Int(truncatingIfNeeded: (entry.code &* 0x9E37_79B9_7F4A_7C15) &>> shift)
      while entries[index].code != 0 { index = (index + 1) & mask }
      entries[index] = entry
    }
  }
}
