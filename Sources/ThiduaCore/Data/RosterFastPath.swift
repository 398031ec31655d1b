import Dispatch
import Synchronization

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

    // Each worker stores its own result; the lock only makes the stores visible to the merge.
    let results = Mutex<[Worker?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { part in
      var worker = Worker(columns: header.columns)
      let finished = worker.run(descriptor: descriptor, from: parts[part], to: parts[part + 1])
      results.withLock { $0[part] = finished ? worker : nil }
    }
    return merge(results.withLock { $0 })
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
  private static func merge(_ workers: [Worker?]) -> Outcome? {
    var finished: [Worker] = []
    for worker in workers {
      guard let worker else { return nil }
      finished.append(worker)
    }
    var counts: [String: [Int: HouseholdCounts]] = [:]
    var rows = 0
    var households: [Int: [HouseholdSet]] = [:]
    for worker in finished {
      rows += worker.rows
      let codes = worker.codes.map { String(decoding: $0, as: UTF8.self) }
      for (slot, code) in codes.enumerated() {
        for (index, year) in worker.years.enumerated() {
          let tally = worker.tallies[slot * maximumYears + index]
          guard tally.total > 0 else { continue }
          var merged = counts[code, default: [:]][year] ?? HouseholdCounts(total: 0, poor: 0)
          merged.total += Int(tally.total)
          merged.poor += Int(tally.poor)
          merged.nearPoor = (merged.nearPoor ?? 0) + Int(tally.nearPoor)
          counts[code, default: [:]][year] = merged
        }
      }
      for (index, year) in worker.years.enumerated() {
        households[year, default: []].append(worker.households[index])
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
      guard read > 0, let newline = buffer[0..<read].firstIndex(of: 0x0A) else { return nil }
      var line = buffer[0..<newline]
      if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
      if line.last == 0x0D { line = line.dropLast() }
      var columns: [Column] = []
      for name in line.split(separator: 0x2C, omittingEmptySubsequences: false) {
        let text = String(decoding: name, as: UTF8.self)
        guard let index = RosterReader.requiredColumns.firstIndex(of: text) else { return nil }
        columns.append(Column.allCases[index])
      }
      guard columns.count == 4, Set(columns).count == 4 else { return nil }
      self.columns = columns
      self.dataStart = newline + 1
    }
  }

  /// What a roster column holds, in the order of ``RosterReader/requiredColumns``.
  enum Column: Hashable, CaseIterable {
    case household, unit, year, status
  }
}

/// One unit-year's counts in a worker.
private struct Tally {
  var total: Int32 = 0
  var poor: Int32 = 0
  var nearPoor: Int32 = 0
}

/// Reads one part of the file.
private struct Worker {
  let columns: [RosterFastPath.Column]
  private(set) var rows = 0
  /// The unit codes in the order first seen; a code's index is its slot.
  private(set) var codes: [[UInt8]] = []
  /// The years in the order first seen; a year's index is its place in a slot's tallies.
  private(set) var years: [Int] = []
  /// ``RosterFastPath/maximumYears`` tallies per slot.
  private(set) var tallies: [Tally] = []
  /// The households of each year in `years`.
  private(set) var households: [HouseholdSet] = []
  private var codeTable = CodeTable()
  private var yearIndex = [Int8](repeating: -1, count: 128)
  private var lastCode: UInt64 = 0
  private var lastSlot = -1

  init(columns: [RosterFastPath.Column]) {
    self.columns = columns
  }

  /// Reads the lines starting in `start..<end`; false when a line is not plain.
  mutating func run(descriptor: Int32, from start: Int, to end: Int) -> Bool {
    guard start < end else { return true }
    let capacity = RosterFastPath.bufferSize
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var position = start
    var carried = 0
    while position < end || carried > 0 {
      let wanted = min(capacity - carried, end - position)
      var filled = carried
      if wanted > 0 {
        let read = pread(descriptor, buffer + carried, wanted, off_t(position))
        guard read > 0 else { return false }
        position += read
        filled += read
      }
      let atEnd = position >= end
      // A quote anywhere means quoted fields: the careful reader's business.
      if memchr(buffer + carried, 0x22, filled - carried) != nil { return false }
      var lineStart = 0
      while lineStart < filled {
        guard let found = memchr(buffer + lineStart, 0x0A, filled - lineStart) else { break }
        let newline = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
        guard line(buffer + lineStart, count: newline - lineStart) else { return false }
        lineStart = newline + 1
      }
      carried = filled - lineStart
      if carried > 0 {
        if atEnd {
          // The last line, without a newline.
          guard line(buffer + lineStart, count: carried) else { return false }
          carried = 0
        } else {
          guard carried < capacity else { return false }
          memmove(buffer, buffer + lineStart, carried)
        }
      }
    }
    return true
  }

  /// Counts one line (without its newline); false when it is not plain.
  @inline(__always)
  private mutating func line(_ start: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
    var end = count
    if end > 0, start[end - 1] == 0x0D { end -= 1 }
    guard end > 0 else { return false }
    var household: UInt64 = 0
    var code: UInt64 = 0
    var year = 0
    var status = HouseholdStatus.nonPoor
    var position = 0
    for field in 0..<4 {
      // The field runs to the next comma, or to the end of the line for the last one.
      var stop = position
      while stop < end, start[stop] != 0x2C { stop += 1 }
      if field < 3 {
        guard stop < end else { return false }
      } else {
        guard stop == end else { return false }
      }
      let bytes = UnsafeBufferPointer(start: start + position, count: stop - position)
      switch columns[field] {
      case .household:
        guard let value = HouseholdID.number(bytes) else { return false }
        household = value
      case .unit:
        guard let value = Worker.packedCode(bytes) else { return false }
        code = value
      case .year:
        guard bytes.count == 4, let value = CellValue.plainInteger(bytes),
          CellValue.years.contains(value)
        else { return false }
        year = value
      case .status:
        guard let value = Worker.status(bytes) else { return false }
        status = value
      }
      position = stop + 1
    }
    let slot = slot(for: code)
    let yearSlot = year - CellValue.years.lowerBound
    var place = Int(yearIndex[yearSlot])
    if place < 0 {
      guard years.count < RosterFastPath.maximumYears else { return false }
      place = years.count
      yearIndex[yearSlot] = Int8(place)
      years.append(year)
      households.append(HouseholdSet())
    }
    guard households[place].insert(household) else { return false }
    let tally = slot &* RosterFastPath.maximumYears &+ place
    tallies[tally].total &+= 1
    switch status {
    case .poor: tallies[tally].poor &+= 1
    case .nearPoor: tallies[tally].nearPoor &+= 1
    case .nonPoor: break
    }
    rows += 1
    return true
  }

  /// The slot of a packed unit code, numbering it when new.
  @inline(__always)
  private mutating func slot(for code: UInt64) -> Int {
    if code == lastCode, lastSlot >= 0 { return lastSlot }
    let slot = codeTable.slot(for: code) { codes.count }
    if slot == codes.count {
      var bytes: [UInt8] = []
      var rest = code
      while rest != 0 {
        bytes.append(UInt8(truncatingIfNeeded: rest))
        rest >>= 8
      }
      codes.append(bytes)
      tallies.append(contentsOf: repeatElement(Tally(), count: RosterFastPath.maximumYears))
    }
    lastCode = code
    lastSlot = slot
    return slot
  }

  /// A unit code of 1 to 8 printable ASCII bytes other than space, packed little-endian into a
  /// number (no code byte is 0, so the length is implied).
  @inline(__always)
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
  @inline(__always)
  static func status(_ bytes: UnsafeBufferPointer<UInt8>) -> HouseholdStatus? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    let raw = UnsafeRawPointer(base)
    switch bytes.count {
    case 4 where raw.loadUnaligned(as: UInt32.self) == poorWord: return .poor
    case 8 where raw.loadUnaligned(as: UInt64.self) == nonPoorWord: return .nonPoor
    case 9 where raw.loadUnaligned(as: UInt64.self) == nearPoorWord && bytes[8] == 0x72:
      return .nearPoor
    default:
      guard bytes[0] != 0x20, bytes[0] != 0x09, bytes[bytes.count - 1] != 0x20,
        bytes[bytes.count - 1] != 0x09
      else { return nil }
      return HouseholdStatus.parse(bytes)
    }
  }

  /// "poor", "non-poor" and the first 8 bytes of "near-poor", as little-endian words.
  private static let poorWord = word(UInt32.self, "poor")
  private static let nonPoorWord = word(UInt64.self, "non-poor")
  private static let nearPoorWord = word(UInt64.self, "near-poo")

  private static func word<T: FixedWidthInteger>(_ type: T.Type, _ text: String) -> T {
    text.utf8.reversed().reduce(T.zero) { $0 << 8 | T($1) }
  }
}

/// Unit codes packed in 64 bits to their slots: open addressing, so a lookup is one multiply
/// and usually one probe.
private struct CodeTable {
  private var keys = [UInt64](repeating: 0, count: 1024)
  private var values = [Int32](repeating: 0, count: 1024)
  private var used = 0
  private var shift: UInt64 = 64 - 10

  /// The slot of `code`; when it is new, `next()` numbers it.
  @inline(__always)
  mutating func slot(for code: UInt64, next: () -> Int) -> Int {
    let mask = keys.count - 1
    var index = Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let key = keys[index]
      if key == code { return Int(values[index]) }
      if key == 0 { break }
      index = (index + 1) & mask
    }
    let slot = next()
    keys[index] = code
    values[index] = Int32(slot)
    used += 1
    if used * 2 > keys.count { grow() }
    return slot
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int32](repeating: 0, count: oldKeys.count * 2)
    shift -= 1
    let mask = keys.count - 1
    for (key, value) in zip(oldKeys, oldValues) where key != 0 {
      var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[index] != 0 { index = (index + 1) & mask }
      keys[index] = key
      values[index] = value
    }
  }
}
