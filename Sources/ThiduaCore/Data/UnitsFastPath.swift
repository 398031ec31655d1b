#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast path of ``UnitsReader``: a units file whose every row is plain, read in one pass over
/// its bytes.
///
/// The careful reader spends about 14,000 instructions a row on what a units file exported by a
/// program never needs: quotes, line and column tracking for every value, trimming and Unicode
/// normalization of every cell. The units of the whole country (about 11,000 rows) are read
/// before every evaluation, which must take a few tens of milliseconds, so a plain file is read
/// here instead. Plain means what such exports look like: a header of exactly the unit column
/// names (`unit_code,unit_name,level` and optionally `parent_code` and `flags`, in any order); no
/// quote anywhere; every row with the header's number of values, ending in LF or CRLF; codes and
/// parent codes of printable ASCII without spaces; a name that is valid UTF-8, already in NFC,
/// with nothing to trim and no control character; a level written exactly as ``UnitLevel`` names
/// it; flags of printable ASCII without spaces, separated by `;`; and each code once.
///
/// The fast path never reports a problem: at the first thing that is not plain it gives up and
/// returns nil, and the careful reader reads the file from the start, with every message and line
/// number. Its result is therefore the careful reader's, warnings included, which the tests check
/// on every units file.
enum UnitsFastPath {
  /// Larger files are left to the careful reader (the units of the whole country take 470 KB).
  static let maximumFileSize = 64 << 20

  /// The units file at `path`, named `file` in locations, or nil when `path` is not a regular
  /// file of plain rows.
  static func read(path: String, file: String) -> UnitsTable? {
    // A line feed after the file stops every scan of a value without a test of the end; the
    // zeros after it let a level be read as one word anywhere.
    WholeFile.withBytes(
      path: path, maximumSize: maximumFileSize, padding: UnitsScanner.padding,
      terminator: UnitsScanner.lineFeed
    ) { read($0, file: file) }
  }

  /// The units in `bytes` (a whole file, followed in memory by ``UnitsScanner/padding`` bytes:
  /// a line feed, then zeros), or nil when they are not plain.
  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> UnitsTable? {
    guard let base = bytes.baseAddress, let header = Header(bytes),
      memchr(base, Int32(UInt8(ascii: "\"")), bytes.count) == nil
    else { return nil }
    return header.columns.withUnsafeBufferPointer { columns in
      var scanner = UnitsScanner(
        base: base, end: bytes.count, columns: columns, position: header.dataStart)
      // The tables are sized once, for as many units as the file has lines: an estimate from the
      // first line (often a short province) would size the table of the country's units twice
      // over, and every page of it is written.
      let expected = WholeFile.lineCount(base + header.dataStart, bytes.count - header.dataStart)
      var units: [Unit] = []
      units.reserveCapacity(expected)
      var keys: [UInt64] = []
      keys.reserveCapacity(expected)
      var parents: [ParentField] = []
      if header.columns.contains(.parent) { parents.reserveCapacity(expected) }
      var line = 1
      while let unit = scanner.next() {
        line += 1
        if let parent = unit.parentCode {
          parents.append(
            ParentField(
              code: unit.code, parent: parent, line: line, lineStart: scanner.lineStart,
              valueStart: scanner.parentStart))
        }
        units.append(unit)
        keys.append(scanner.codeKey)
      }
      // Put in code order, which also finds a code listed twice.
      guard scanner.isFinished, !units.isEmpty,
        let directory = UnitDirectory(listing: consume units, keys: keys)
      else { return nil }
      return UnitsTable(
        directory: directory,
        warnings: warnings(directory, parents: parents, base: base, file: file))
    }
  }

  /// Where a unit's parent code is, for the warning when that parent is not in the file.
  struct ParentField {
    var code: String
    var parent: String
    /// The line of the row (1-based).
    var line: Int
    /// The offsets in the file of the line's start and of the parent code.
    var lineStart: Int
    var valueStart: Int
  }

  /// The careful reader's warnings for units whose parent is not in the file: only those units
  /// are handed to ``UnitColumns/missingParents(_:parentLocations:inUnitsFile:)``, with the location
  /// the careful reader gives their `parent_code` value. Their parents are missing from the whole
  /// file, so they are missing from these units too, and the warnings are the same.
  private static func warnings(
    _ units: UnitDirectory, parents: [ParentField], base: UnsafePointer<UInt8>, file: String
  ) -> [Diagnostic] {
    var orphans: [String: Unit] = [:]
    var locations: [String: SourceLocation] = [:]
    // The communes of a district, the districts of a province, follow each other: their parent is
    // looked up once.
    var previous: (parent: String, isMissing: Bool)?
    for field in parents {
      let isMissing: Bool
      if let previous, previous.parent == field.parent {
        isMissing = previous.isMissing
      } else {
        isMissing = !units.contains(field.parent)
        previous = (field.parent, isMissing)
      }
      guard isMissing else { continue }
      orphans[field.code] = units[field.code]
      // Columns count Unicode scalars: every byte that does not continue a UTF-8 sequence.
      var column = 1
      for offset in field.lineStart..<field.valueStart where base[offset] & 0xC0 != 0x80 {
        column += 1
      }
      locations[field.code] = SourceLocation(file: file, line: field.line, column: column)
    }
    if orphans.isEmpty { return [] }
    return UnitColumns.missingParents(orphans, parentLocations: locations, inUnitsFile: true)
      .sorted()
  }

  /// Whether `bytes` are printable ASCII and the letters Vietnamese names are written with, each
  /// well formed: U+00A0–U+02FF (a lead byte C2 followed by A0–BF, or C3–CB followed by a
  /// continuation byte) and Latin Extended Additional, U+1E00–U+1EFF (E1, then B8–BB, then a
  /// continuation byte). Such a name is valid UTF-8 and NFC as it stands, has no C1 control, and
  /// needs none of the checks below; any other byte sends the name through them.
  static func isVietnamese(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard byte >= 0x20, byte != 0x7F else { return false }
        index += 1
      } else if byte >= 0xC2, byte <= 0xCB {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        guard next & 0xC0 == 0x80, byte != 0xC2 || next >= 0xA0 else { return false }
        index += 2
      } else if byte == 0xE1 {
        guard index + 2 < bytes.count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB,
          bytes[index + 2] & 0xC0 == 0x80
        else { return false }
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  /// What a units column holds, in the order of ``UnitColumns/all``.
  enum Column: Equatable, CaseIterable {
    case code, name, level, parent, flags
  }

  /// The header line: what each field holds, and where the data starts.
  struct Header {
    /// For each field position, what it holds.
    var columns: [Column]
    /// The offset of the first data line.
    var dataStart: Int

    /// Reads and checks the header; nil unless it names `unit_code`, `unit_name` and `level`,
    /// optionally `parent_code` and `flags`, each once, and nothing else.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard
        let (columns, dataStart) = WholeFile.header(
          bytes, names: UnitColumns.all, as: Column.self)
      else { return nil }
      let required: [Column] = [.code, .name, .level]
      guard required.allSatisfy(columns.contains) else { return nil }
      self.columns = columns
      self.dataStart = dataStart
    }
  }
}

/// Cuts the data lines into units, one pass over the bytes.
///
/// Values are read eight bytes at a time: a word gives where the first comma, line feed or
/// carriage return is, and whether the bytes before it hold a control character, a space, or a
/// byte outside printable ASCII. That is all a code, a parent code, a flag or an ASCII name needs;
/// only a name with other bytes is looked at again, as the careful reader would read it.
private struct UnitsScanner {
  static let comma = UInt8(ascii: ",")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let semicolon = UInt8(ascii: ";")
  /// The bytes after the file in memory: a line feed, then zeros (see ``UnitsFastPath/read``),
  /// so a word can be read at any offset.
  static let padding = 16

  let base: UnsafePointer<UInt8>
  /// The length of the file.
  let end: Int
  let columns: UnsafeBufferPointer<UnitsFastPath.Column>
  /// The start of the next line.
  private(set) var position: Int
  /// Where the line of the last unit, and its parent code, start.
  private(set) var lineStart = 0
  private(set) var parentStart = 0
  /// Whether every line was read; false when one was not plain.
  private(set) var isFinished = false
  /// ``UnitDirectory/key(_:)`` of the last unit's code, read from its bytes.
  private(set) var codeKey: UInt64 = 0
  /// The last parent code read, and where it is.
  private var previousParentCode = ""
  private var previousParent = 0..<0

  init(
    base: UnsafePointer<UInt8>, end: Int, columns: UnsafeBufferPointer<UnitsFastPath.Column>,
    position: Int
  ) {
    self.base = base
    self.end = end
    self.columns = columns
    self.position = position
  }

  /// A value of a line: where it is, and which kinds of bytes it holds.
  struct Value {
    var start: Int
    var end: Int
    /// The high bit of some byte for each kind the value holds: below `!` (control characters
    /// and the space), below the space, and above `~` (DELETE and every byte of a non-ASCII
    /// character).
    var belowExclamationMark: UInt64
    var belowSpace: UInt64
    var aboveTilde: UInt64

    var isEmpty: Bool { start == end }

    /// Whether it is printable ASCII without spaces (true when empty).
    var isPlainASCII: Bool { belowExclamationMark | aboveTilde == 0 }
  }

  /// The next row's unit; nil at the end of the file (`isFinished`) or at a line that is not
  /// plain.
  mutating func next() -> Unit? {
    guard position < end else {
      isFinished = true
      return nil
    }
    lineStart = position
    var code = ""
    var name = ""
    var level = UnitLevel.commune
    var parent: String?
    var flags: Set<String> = []
    let lastIndex = columns.count - 1
    for index in 0...lastIndex {
      // A blank line, or a line with fewer or more values than the header, finds no comma or no
      // line end where one is expected.
      guard let value = value(isLast: index == lastIndex) else { return nil }
      switch columns[index] {
      case .code:
        guard !value.isEmpty, value.isPlainASCII else { return nil }
        code = string(value)
        codeKey = key(value)
      case .name:
        guard let text = self.name(value) else { return nil }
        name = text
      case .level:
        guard let found = self.level(value) else { return nil }
        level = found
      case .parent:
        guard value.isPlainASCII else { return nil }
        if !value.isEmpty {
          parent = parentCode(value)
          parentStart = value.start
        }
      case .flags:
        guard value.isPlainASCII else { return nil }
        if !value.isEmpty { flags = self.flags(value) }
      }
    }
    return Unit(code: code, name: name, level: level, parentCode: parent, flags: flags)
  }

  /// The value at `position`: it runs to the next comma, or for the last value of the line, to
  /// the line end (LF, CRLF, or the end of the file, or a CR ending it). Moves `position` past
  /// it; nil when that comma or line end is not there (a CR anywhere else stops the value too,
  /// and is not plain), or when the value is longer than the careful reader accepts.
  @inline(__always)
  private mutating func value(isLast: Bool) -> Value? {
    let start = position
    var stop = start
    var belowExclamationMark: UInt64 = 0
    var belowSpace: UInt64 = 0
    var aboveTilde: UInt64 = 0
    // The line feed after the file ends the last value.
    while true {
      var word = WholeFile.word(base, at: stop)
      let delimiters =
        WholeFile.zeroBytes(word ^ UnitsScanner.repeated(UnitsScanner.comma))
        | WholeFile.zeroBytes(word ^ UnitsScanner.repeated(UnitsScanner.lineFeed))
        | WholeFile.zeroBytes(word ^ UnitsScanner.repeated(UnitsScanner.carriageReturn))
      let count = delimiters.trailingZeroBitCount / 8
      if count < 8 {
        // The bytes from the delimiter on become letters, which every kind test passes.
        let kept: UInt64 = (1 << (8 * UInt64(count))) - 1
        word = word & kept | UnitsScanner.repeated(UInt8(ascii: "A")) & ~kept
      }
      belowExclamationMark |= UnitsScanner.bytes(of: word, below: 0x21)
      belowSpace |= UnitsScanner.bytes(of: word, below: 0x20)
      aboveTilde |= UnitsScanner.bytes(of: word, above: 0x7E)
      stop += count
      if count < 8 { break }
    }
    guard stop - start <= CSVReader.maximumFieldLength, let next = next(after: stop, isLast: isLast)
    else { return nil }
    position = next
    return Value(
      start: start, end: stop, belowExclamationMark: belowExclamationMark, belowSpace: belowSpace,
      aboveTilde: aboveTilde)
  }

  /// Where the next value starts when one ends at `stop` (after its comma), or for the last value
  /// of a line, where the next line starts (after LF, CRLF, or a CR ending the file); nil when
  /// none of these is at `stop`.
  @inline(__always)
  private func next(after stop: Int, isLast: Bool) -> Int? {
    guard stop < end else { return isLast ? end : nil }
    let byte = base[stop]
    if !isLast { return byte == UnitsScanner.comma ? stop + 1 : nil }
    if byte == UnitsScanner.lineFeed { return stop + 1 }
    guard byte == UnitsScanner.carriageReturn else { return nil }
    if stop + 1 == end { return end }
    return base[stop + 1] == UnitsScanner.lineFeed ? stop + 2 : nil
  }

  /// The bytes of `value`.
  private func bytes(_ value: Value) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + value.start, count: value.end - value.start)
  }

  /// ``UnitDirectory/key(_:)`` of `value`: its first eight bytes, the first highest, zeros after
  /// a shorter value (the bytes after a value are in memory: the file goes on, then its padding).
  private func key(_ value: Value) -> UInt64 {
    let count = value.end - value.start
    let word = WholeFile.word(base, at: value.start)
    let kept = count >= 8 ? word : word & ((1 << (8 * UInt64(count))) - 1)
    return kept.byteSwapped
  }

  /// `value` as a string (it is ASCII).
  private func string(_ value: Value) -> String {
    String(decoding: bytes(value), as: UTF8.self)
  }

  /// The parent code in `value`: the previous row's when the bytes are the same (the communes
  /// of a district follow each other), so one string serves them all.
  private mutating func parentCode(_ value: Value) -> String {
    let count = value.end - value.start
    if count == previousParent.count,
      memcmp(base + value.start, base + previousParent.lowerBound, count) == 0
    {
      return previousParentCode
    }
    previousParent = value.start..<value.end
    previousParentCode = string(value)
    return previousParentCode
  }

  /// The unit's name in `value`, or nil when the careful reader could read it otherwise: empty,
  /// with white space to trim, with a control character, not UTF-8, or not NFC as it stands.
  private func name(_ value: Value) -> String? {
    guard !value.isEmpty, value.belowSpace == 0 else { return nil }
    let bytes = bytes(value)
    let first = bytes[0]
    let last = bytes[bytes.count - 1]
    // Printable ASCII but space at both ends: nothing to trim.
    let endsArePlain =
      first > UnitsScanner.space && first < 0x7F && last > UnitsScanner.space && last < 0x7F
    if value.aboveTilde == 0 {
      // Printable ASCII: nothing to normalize.
      return endsArePlain ? string(value) : nil
    }
    if UnitsFastPath.isVietnamese(bytes) {
      // Valid UTF-8, in NFC as it stands, with no DELETE and no C1 control: all that is left to
      // look at is white space to trim (U+00A0 is among these letters).
      let name = String(decoding: bytes, as: UTF8.self)
      return endsArePlain || name.trimmedWhitespace.utf8.count == bytes.count ? name : nil
    }
    // Bytes that are not UTF-8 become U+FFFD REPLACEMENT CHARACTER, which is not among the
    // scalars `scan` finds composed as they stand: such a name is left to the careful reader
    // below, which reports the bytes.
    let name = String(decoding: bytes, as: UTF8.self)
    // No DELETE, and no C1 control U+0080...U+009F (written C2 80...C2 9F).
    let start = UnsafeRawPointer(base + value.start)
    guard memchr(start, 0x7F, bytes.count) == nil else { return nil }
    var searched = 0
    while let found = memchr(start + searched, 0xC2, bytes.count - searched) {
      let offset = start.distance(to: found)
      if bytes[offset + 1] < 0xA0 { return nil }
      searched = offset + 1
    }
    guard name.scan.isComposed, endsArePlain || name.trimmedWhitespace.utf8.count == bytes.count
    else { return nil }
    return name
  }

  /// The level `value` spells exactly (the careful reader also accepts other casings).
  private func level(_ value: Value) -> UnitLevel? {
    let count = value.end - value.start
    guard count >= 7, count <= 8 else { return nil }
    // Every level name is seven or eight ASCII letters: one word holds it.
    let kept: UInt64 = count == 8 ? ~0 : (1 << 56) - 1
    switch WholeFile.word(base, at: value.start) & kept {
    case UnitsScanner.province: return .province
    case UnitsScanner.district: return .district
    case UnitsScanner.commune: return .commune
    default: return nil
    }
  }

  /// The level names as ``level(_:)`` reads them.
  static let province = word(UnitLevel.province)
  static let district = word(UnitLevel.district)
  static let commune = word(UnitLevel.commune)

  /// The UTF-8 of `level`'s name in one word, the first byte in the lowest bits.
  private static func word(_ level: UnitLevel) -> UInt64 {
    level.rawValue.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The flags in `value`, printable ASCII: as ``UnitColumns/flags(_:)`` reads them, the
  /// non-empty parts between semicolons (without spaces, there is nothing to trim).
  private func flags(_ value: Value) -> Set<String> {
    var flags: Set<String> = []
    var start = value.start
    for offset in value.start...value.end
    where offset == value.end || base[offset] == UnitsScanner.semicolon {
      if offset > start {
        flags.insert(
          String(
            decoding: UnsafeBufferPointer(start: base + start, count: offset - start),
            as: UTF8.self))
      }
      start = offset + 1
    }
    return flags
  }

  /// `byte` in each byte of a word.
  @inline(__always)
  static func repeated(_ byte: UInt8) -> UInt64 {
    0x0101_0101_0101_0101 &* UInt64(byte)
  }

  /// Nonzero when a byte of `word` is below `limit` (at most 0x80); which bits are set beyond
  /// the first such byte does not matter.
  @inline(__always)
  static func bytes(of word: UInt64, below limit: UInt8) -> UInt64 {
    (word &- repeated(limit)) & ~word & 0x8080_8080_8080_8080
  }

  /// Nonzero when a byte of `word` is above `limit` (below 0x80): the bytes up to 0x7F pass 0x7F
  /// when `0x7F - limit` is added (no carry leaves them), and the others have their high bit.
  @inline(__always)
  static func bytes(of word: UInt64, above limit: UInt8) -> UInt64 {
    ((word &+ repeated(0x7F - limit)) | word) & 0x8080_8080_8080_8080
  }
}
