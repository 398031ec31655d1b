import Foundation

/// A streaming RFC 4180 reader working on bytes: one record at a time, from a chunked source, with
/// memory that does not grow with the number of rows.
///
/// It accepts comma separators, quoted values with `""` escapes, commas and line breaks inside
/// quotes, CRLF, LF (or a lone CR) at row ends, a leading UTF-8 byte order mark and a last row with
/// or without a line break. Completely empty rows at the end of the file are skipped; empty rows
/// between data rows are returned with `isBlank` set so callers can report them.
///
/// Each record knows its 1-based starting line, each value its line and its 1-based column in
/// Unicode scalars on that line. A quoted value that is never closed, a value longer than
/// ``maximumFieldLength``, or a file in UTF-16 stops the reading (`ThiduaError.invalidData`).
/// Problems that affect one row only (a stray quote, bytes that are not UTF-8) are listed in
/// ``problems`` and reading goes on, so every bad row can be reported. Bytes that are not UTF-8
/// are reported at the first such byte, naming the legacy Vietnamese encoding (Windows-1258 or
/// TCVN3) the start of the file seems to be in, when it seems to be in one.
///
/// The current record lives in the reader and is replaced by the next call to ``nextRecord()``;
/// read its values with ``withBytes(ofField:_:)`` (no allocation) or ``string(ofField:)``.
public final class CSVReader {
  /// The longest value accepted, in bytes (1 MiB).
  public static let maximumFieldLength = 1 << 20
  /// The size of the chunks read from the source (1 MiB).
  public static let chunkSize = 1 << 20
  /// How much of the start of the file is kept to guess its encoding when it is not UTF-8.
  static let sampleSize = 64 << 10

  /// The file name used in locations.
  public let file: String
  /// Bytes taken from the source so far (for progress reports).
  public private(set) var bytesRead = 0

  private var source: any ByteSource
  private let chunk: UnsafeMutablePointer<UInt8>
  private let chunkCapacity: Int
  private var chunkEnd = 0
  private var chunkPosition = 0
  private var sourceEnded = false
  private var started = false

  // Where the scanner is in the file.
  private var line = 1
  private var column = 0
  private var lastWasCR = false

  private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
  private var state = State.fieldStart
  private var recordStarted = false
  private var quoteLine = 0
  private var quoteColumn = 0

  // The record being read: all values back to back in `bytes`.
  private var bytes: [UInt8] = []
  /// Where each value of the record starts, in `bytes` and in the file.
  private var fields: [Field] = []
  private var currentNonASCII = false
  private var recordLine = 0
  private var endLine = 0
  private var endColumn = 0
  private var recordProblems: [Diagnostic] = []
  /// For each problem of the record that points inside a value (bytes that are not UTF-8), where
  /// that value starts.
  private var problemValueStarts: [SourceLocation: SourceLocation] = [:]

  // The start of the file, and the encoding guessed from it once a value is not UTF-8.
  private var sample: [UInt8] = []
  private var guessedEncoding: LegacyEncoding??

  // Empty rows are held back until a data row follows them (trailing ones are dropped).
  private var pendingBlanks = 0
  private var nextBlankLine = 0
  private var holdingRecord = false
  private var currentIsBlank = false
  private var currentBlankLine = 0

  /// A reader of `source`, naming `file` in locations.
  public init(source: any ByteSource, file: String, chunkSize: Int = CSVReader.chunkSize) {
    self.source = source
    self.file = file
    chunkCapacity = max(4, chunkSize)
    chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkCapacity)
  }

  /// A reader of `input`, opened now.
  public convenience init(_ input: CSVInput) throws(ThiduaError) {
    self.init(source: try input.open(), file: input.name)
  }

  deinit {
    chunk.deallocate()
  }

  /// A value of the current record: one record per value, appended once, rather than one
  /// array per property.
  private struct Field {
    /// Its first byte in `bytes`.
    var start: Int
    var line: Int
    var column: Int
    var quoted = false
    var nonASCII = false
  }

  // MARK: - The current record

  /// The line the current record starts on (1-based).
  public var lineNumber: Int { currentIsBlank ? currentBlankLine : recordLine }

  /// The number of values in the current record (0 for an empty row).
  public var fieldCount: Int { currentIsBlank ? 0 : fields.count }

  /// Whether the current record is an empty row between data rows (only commas, or nothing).
  public var isBlank: Bool { currentIsBlank }

  /// Problems of the current record that do not stop the reading: stray quotes, bytes that are
  /// not UTF-8.
  public var problems: [Diagnostic] { currentIsBlank ? [] : recordProblems }

  /// Where value `index` starts; for a value the row does not have, just after the row's end.
  public func location(ofField index: Int) -> SourceLocation {
    if currentIsBlank { return SourceLocation(file: file, line: currentBlankLine, column: 1) }
    guard index >= 0, index < fields.count else {
      return SourceLocation(file: file, line: endLine, column: endColumn)
    }
    return SourceLocation(file: file, line: fields[index].line, column: fields[index].column)
  }

  /// Calls `body` with the bytes of value `index` (quotes removed, `""` undone); empty when the
  /// record has no such value.
  public func withBytes<R>(ofField index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard !currentIsBlank, index >= 0, index < fields.count else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    let start = fields[index].start
    let end = index + 1 < fields.count ? fields[index + 1].start : bytes.count
    return bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[start..<end]))
    }
  }

  /// Where the value holding the problem at `location` starts, when the problem points inside
  /// a value (a stray quote, a byte that is not UTF-8), so a caller can report one finding per
  /// value.
  public func valueStart(ofProblemAt location: SourceLocation) -> SourceLocation? {
    currentIsBlank ? nil : problemValueStarts[location]
  }

  /// Whether value `index` is plain ASCII (then it needs no normalisation).
  public func isASCII(field index: Int) -> Bool {
    guard !currentIsBlank, index >= 0, index < fields.count else { return true }
    return !fields[index].nonASCII
  }

  /// Value `index` as a string in Unicode NFC (empty when the record has no such value).
  public func string(ofField index: Int) -> String {
    let text = withBytes(ofField: index) { String(decoding: $0, as: UTF8.self) }
    return isASCII(field: index) ? text : text.nfc
  }

  /// The current record as a value, for tests and small files.
  public var record: CSVRecord {
    let fields = (0..<fieldCount).map { index in
      let location = location(ofField: index)
      return CSVField(
        text: string(ofField: index), line: location.line ?? 0, column: location.column ?? 0)
    }
    return CSVRecord(line: lineNumber, fields: fields, isBlank: isBlank, problems: problems)
  }

  /// Every remaining record, as values (for tests and small files).
  public func readAll() throws(ThiduaError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while try nextRecord() { records.append(record) }
    return records
  }

  // MARK: - Reading

  /// Moves to the next record; false at the end of the input.
  public func nextRecord() throws(ThiduaError) -> Bool {
    if pendingBlanks > 0 {
      pendingBlanks -= 1
      currentIsBlank = true
      currentBlankLine = nextBlankLine
      nextBlankLine += 1
      return true
    }
    if holdingRecord {
      holdingRecord = false
      currentIsBlank = false
      return true
    }
    var blanks = 0
    var firstBlank = 0
    while try scanRecord() {
      if bytes.isEmpty && recordProblems.isEmpty {
        if blanks == 0 { firstBlank = recordLine }
        blanks += 1
        continue
      }
      if blanks > 0 {
        holdingRecord = true
        pendingBlanks = blanks - 1
        nextBlankLine = firstBlank + 1
        currentIsBlank = true
        currentBlankLine = firstBlank
        return true
      }
      currentIsBlank = false
      return true
    }
    currentIsBlank = false
    return false
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")

  /// Reads one physical record into the storage; false when the input has no more.
  private func scanRecord() throws(ThiduaError) -> Bool {
    bytes.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    if !recordProblems.isEmpty { recordProblems.removeAll(keepingCapacity: true) }
    if !problemValueStarts.isEmpty { problemValueStarts.removeAll(keepingCapacity: true) }
    recordStarted = false
    state = .fieldStart
    if !started { try start() }
    while true {
      if chunkPosition == chunkEnd {
        guard try refill() else { return try finishAtEnd() }
      }
      if try consumeChunk() {
        finishRecord()
        return true
      }
    }
  }

  /// Reads the first bytes and skips a UTF-8 byte order mark; a UTF-16 one stops the reading.
  ///
  /// The start of the file (``sampleSize`` bytes) is read whole first, so the encoding guessed
  /// from it is the same however the rest is cut into chunks; the chunks then begin with it.
  private func start() throws(ThiduaError) {
    started = true
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 14, alignment: 1)
    defer { buffer.deallocate() }
    while sample.count < CSVReader.sampleSize {
      let room = UnsafeMutableRawBufferPointer(
        rebasing: buffer[0..<min(buffer.count, CSVReader.sampleSize - sample.count)])
      let count = try source.read(into: room)
      if count == 0 { break }
      sample += room[0..<count]
    }
    source = PrefixedByteSource(prefix: sample, rest: source)
    while chunkEnd < 3 && !sourceEnded {
      let room = UnsafeMutableRawBufferPointer(
        start: chunk + chunkEnd, count: chunkCapacity - chunkEnd)
      let count = try source.read(into: room)
      if count == 0 { sourceEnded = true }
      chunkEnd += count
      bytesRead += count
    }
    if chunkEnd >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF {
      chunkPosition = 3
    }
    if chunkEnd >= 2, (chunk[0], chunk[1]) == (0xFF, 0xFE) || (chunk[0], chunk[1]) == (0xFE, 0xFF) {
      throw .invalidData(diagnostics: [
        .error(at: SourceLocation(file: file, line: 1, column: 1), .csvUTF16)
      ])
    }
  }

  /// Replaces the consumed chunk with the next one; false at the end of the input.
  private func refill() throws(ThiduaError) -> Bool {
    guard !sourceEnded else { return false }
    let count = try source.read(
      into: UnsafeMutableRawBufferPointer(start: chunk, count: chunkCapacity))
    chunkPosition = 0
    chunkEnd = count
    bytesRead += count
    if count == 0 { sourceEnded = true }
    return count > 0
  }

  /// Consumes bytes of the chunk; true when a record ended (its line break consumed).
  private func consumeChunk() throws(ThiduaError) -> Bool {
    let p = chunk
    let n = chunkEnd
    var i = chunkPosition
    while i < n {
      let b = p[i]
      if lastWasCR {
        lastWasCR = false
        if b == CSVReader.lf {
          // The second half of a CRLF: no new line, no new record.
          if state == .quoted { try append(b) }
          i += 1
          continue
        }
      }
      switch state {
      case .fieldStart:
        if !recordStarted {
          recordStarted = true
          recordLine = line
        }
        beginField()
        switch b {
        case CSVReader.quote:
          state = .quoted
          fields[fields.count - 1].quoted = true
          quoteLine = line
          quoteColumn = column + 1
          column += 1
          i += 1
        case CSVReader.comma:
          endField()
          column += 1
          i += 1
        case CSVReader.lf, CSVReader.cr:
          endField()
          newline(b)
          chunkPosition = i + 1
          return true
        default:
          state = .unquoted
        }
      case .unquoted:
        var j = i
        while j < n {
          let c = p[j]
          if c == CSVReader.comma || c == CSVReader.quote || c == CSVReader.lf || c == CSVReader.cr
          {
            break
          }
          if c & 0xC0 != 0x80 { column += 1 }
          if c >= 0x80 { currentNonASCII = true }
          j += 1
        }
        try append(p + i, count: j - i)
        i = j
        guard i < n else { break }
        let c = p[i]
        i += 1
        if c == CSVReader.quote {
          column += 1
          addProblemInValue(
            at: SourceLocation(file: file, line: line, column: column), .csvQuoteInUnquotedValue)
          try append(c)
        } else if c == CSVReader.comma {
          endField()
          state = .fieldStart
          column += 1
        } else {
          endField()
          newline(c)
          state = .fieldStart
          chunkPosition = i
          return true
        }
      case .quoted:
        var j = i
        while j < n {
          let c = p[j]
          if c == CSVReader.quote || c == CSVReader.lf || c == CSVReader.cr { break }
          if c & 0xC0 != 0x80 { column += 1 }
          if c >= 0x80 { currentNonASCII = true }
          j += 1
        }
        try append(p + i, count: j - i)
        i = j
        guard i < n else { break }
        let c = p[i]
        i += 1
        if c == CSVReader.quote {
          column += 1
          state = .quoteInQuoted
        } else {
          try append(c)
          newline(c)
        }
      case .quoteInQuoted:
        switch b {
        case CSVReader.quote:
          try append(b)
          column += 1
          state = .quoted
          i += 1
        case CSVReader.comma:
          endField()
          state = .fieldStart
          column += 1
          i += 1
        case CSVReader.lf, CSVReader.cr:
          endField()
          newline(b)
          state = .fieldStart
          chunkPosition = i + 1
          return true
        default:
          addProblemInValue(
            at: SourceLocation(file: file, line: line, column: column + 1),
            .csvTextAfterClosingQuote)
          state = .unquoted
        }
      }
    }
    chunkPosition = i
    return false
  }

  /// Ends the input: the last record without a line break, or an unterminated quote.
  private func finishAtEnd() throws(ThiduaError) -> Bool {
    if lastWasCR { lastWasCR = false }
    switch state {
    case .quoted:
      throw .invalidData(diagnostics: [
        .error(
          at: SourceLocation(file: file, line: quoteLine, column: quoteColumn), .csvUnclosedQuote)
      ])
    case .unquoted, .quoteInQuoted:
      endField()
    case .fieldStart:
      guard recordStarted else { return false }
      beginField()
      endField()
    }
    state = .fieldStart
    finishRecord()
    return true
  }

  private func beginField() {
    fields.append(Field(start: bytes.count, line: line, column: column + 1))
  }

  private func endField() {
    if currentNonASCII, !fields.isEmpty { fields[fields.count - 1].nonASCII = true }
    currentNonASCII = false
    endLine = line
    endColumn = column + 1
  }

  private func newline(_ byte: UInt8) {
    line += 1
    column = 0
    lastWasCR = byte == CSVReader.cr
  }

  private func append(_ byte: UInt8) throws(ThiduaError) {
    bytes.append(byte)
    if bytes.count - (fields.last?.start ?? 0) > CSVReader.maximumFieldLength { try tooLong() }
  }

  private func append(_ pointer: UnsafeMutablePointer<UInt8>, count: Int) throws(ThiduaError) {
    guard count > 0 else { return }
    bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
    if bytes.count - (fields.last?.start ?? 0) > CSVReader.maximumFieldLength { try tooLong() }
  }

  private func tooLong() throws(ThiduaError) {
    let location =
      state == .quoted
      ? SourceLocation(file: file, line: quoteLine, column: quoteColumn)
      : SourceLocation(
        file: file, line: fields.last?.line ?? line, column: fields.last?.column ?? 1)
    throw .invalidData(diagnostics: [
      .error(at: location, .csvValueTooLong(inQuote: state == .quoted))
    ])
  }

  /// Checks the encoding of the values that are not plain ASCII.
  private func finishRecord() {
    for index in fields.indices where fields[index].nonASCII {
      let start = fields[index].start
      let end = index + 1 < fields.count ? fields[index + 1].start : bytes.count
      let invalid = bytes.withUnsafeBufferPointer { all in
        UTF8Validation.firstInvalidByte(in: UnsafeBufferPointer(rebasing: all[start..<end]))
      }
      guard let invalid else { continue }
      let location = locationOfByte(start + invalid, inField: index)
      problemValueStarts[location] = SourceLocation(
        file: file, line: fields[index].line, column: fields[index].column)
      recordProblems.append(
        .error(
          at: location, .csvNotUTF8(byte: bytes[start + invalid], looksLike: encodingGuess())))
    }
  }

  /// Records a problem at `location` inside the value being read, remembering where the value
  /// starts so that callers report one finding per value.
  private func addProblemInValue(at location: SourceLocation, _ message: Message) {
    if let field = fields.last {
      problemValueStarts[location] = SourceLocation(
        file: file, line: field.line, column: field.column)
    }
    recordProblems.append(.error(at: location, message))
  }

  /// Where the byte at `offset` of the record's storage, inside value `index`, is in the file:
  /// columns count Unicode scalars (a byte that does not continue a sequence counts as one), a
  /// quoted value starts after its quote, and a quote inside it was written twice.
  private func locationOfByte(_ offset: Int, inField index: Int) -> SourceLocation {
    let field = fields[index]
    var line = field.line
    var column = field.column + (field.quoted ? 1 : 0)
    var afterCR = false
    for byte in bytes[field.start..<offset] {
      switch byte {
      case CSVReader.lf where afterCR:
        afterCR = false
      case CSVReader.lf, CSVReader.cr:
        line += 1
        column = 1
        afterCR = byte == CSVReader.cr
      default:
        afterCR = false
        if byte & 0xC0 != 0x80 { column += 1 }
        if byte == CSVReader.quote, field.quoted { column += 1 }
      }
    }
    return SourceLocation(file: file, line: line, column: column)
  }

  /// The legacy encoding the file seems to be in, guessed once from its start; when the start
  /// gives no answer, guessed from the current record alone.
  private func encodingGuess() -> LegacyEncoding? {
    if guessedEncoding == nil {
      guessedEncoding = .some(sample.withUnsafeBufferPointer { LegacyEncoding.guess($0) })
    }
    if let guess = guessedEncoding ?? nil { return guess }
    return bytes.withUnsafeBufferPointer { LegacyEncoding.guess($0) }
  }
}

/// Checks bytes for well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
  /// The offset of the first byte that does not start a well-formed sequence, or nil.
  static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var scalar: UInt32
      if lead & 0xE0 == 0xC0 {
        guard lead >= 0xC2 else { return i }
        length = 2
        scalar = UInt32(lead & 0x1F)
      } else if lead & 0xF0 == 0xE0 {
        length = 3
        scalar = UInt32(lead & 0x0F)
      } else if lead & 0xF8 == 0xF0 {
        guard lead <= 0xF4 else { return i }
        length = 4
        scalar = UInt32(lead & 0x07)
      } else {
        return i
      }
      guard i + length <= n else { return i }
      for k in 1..<length {
        let next = bytes[i + k]
        guard next & 0xC0 == 0x80 else { return i }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      if length == 3, scalar < 0x800 || (0xD800...0xDFFF).contains(scalar) { return i }
      if length == 4, scalar < 0x10000 || scalar > 0x10FFFF { return i }
      i += length
    }
    return nil
  }
}
