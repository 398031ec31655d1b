import Testing

@testable import ThiduaCore

/// Reads every record of `bytes`, handed out as `source` chooses.
func records(
  _ bytes: [UInt8], source: MemoryByteSource? = nil, file: String = "t.csv"
) throws(ThiduaError) -> [CSVRecord] {
  try CSVReader(source: source ?? MemoryByteSource(bytes), file: file).readAll()
}

func records(_ text: String, file: String = "t.csv") throws(ThiduaError) -> [CSVRecord] {
  try records(Array(text.utf8), file: file)
}

/// The texts of each record.
func texts(_ text: String) throws(ThiduaError) -> [[String]] {
  try records(text).map(\.texts)
}

/// Expects reading `text` to fail with exactly `message` at `line`:`column`.
func expectCSVError(
  _ text: String, _ message: String, line: Int, column: Int,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(
    throws: ThiduaError.invalidData(diagnostics: [
      .error(at: ThiduaCore.SourceLocation(file: "t.csv", line: line, column: column), message)
    ]), sourceLocation: sourceLocation
  ) { try records(text) }
}

@Suite struct CSVReaderTests {
  @Test func readsFieldsWithTheirLinesAndColumns() throws {
    let read = try records("a,bc,d\n1,,22\n")
    #expect(read.map(\.texts) == [["a", "bc", "d"], ["1", "", "22"]])
    #expect(read.map(\.line) == [1, 2])
    #expect(read[0].fields.map(\.column) == [1, 3, 6])
    #expect(read[1].fields.map(\.column) == [1, 3, 4])
  }

  @Test(arguments: [
    ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
    ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
    ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
    ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
    ("a,b,\n", [["a", "b", ""]]),
    ("", []),
    ("\n\n", []),
  ])
  func endsRowsWithCRLFOrLF(text: String, expected: [[String]]) throws {
    #expect(try texts(text) == expected)
  }

  @Test func skipsALeadingByteOrderMark() throws {
    let read = try records([0xEF, 0xBB, 0xBF] + Array("unit_code,year\n1,2\n".utf8))
    #expect(read.map(\.texts) == [["unit_code", "year"], ["1", "2"]])
    #expect(read[0].fields[0].column == 1)
  }

  @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
    let read = try records("name,note\n\"Xã \"\"A\"\", B\",\"line 1\r\nline 2\",x\nnext,1\n")
    #expect(
      read.map(\.texts) == [
        ["name", "note"], ["Xã \"A\", B", "line 1\r\nline 2", "x"], ["next", "1"],
      ])
    #expect(read.map(\.line) == [1, 2, 4])
    #expect(read[1].fields.map(\.line) == [2, 2, 3])
    #expect(read[1].fields.map(\.column) == [1, 15, 9])
  }

  @Test func skipsEmptyRowsAtTheEndButReturnsThoseBetweenRows() throws {
    let read = try records("a\n\n,,\nb\n\n,,\r\n\n")
    #expect(read.map(\.texts) == [["a"], [], [], ["b"]])
    #expect(read.map(\.isBlank) == [false, true, true, false])
    #expect(read.map(\.line) == [1, 2, 3, 4])
  }

  @Test func normalisesDecomposedTextToNFC() throws {
    let decomposed = "Xa\u{0303} Mâ\u{0303}u"  // "Xã Mẫu" as Windows often writes it
    let read = try records(decomposed + ",b\n")
    let text = read[0].fields[0].text
    #expect(Array(text.unicodeScalars) == Array("Xã Mẫu".unicodeScalars))
    #expect(Array(text.utf8) == Array("X\u{00E3} M\u{1EAB}u".utf8))
    // Columns count Unicode scalars of the line as written.
    #expect(read[0].fields[1].column == 10)
  }

  @Test func countsColumnsInCharactersNotBytes() throws {
    let read = try records("Xã,Mẫu,b\n")
    #expect(read[0].fields.map(\.column) == [1, 4, 8])
  }

  @Test func reportsBytesThatAreNotUTF8AtTheFirstSuchByte() throws {
    // "Xă" in Windows-1258: 0xE3 is not UTF-8 on its own. Two letters are too few to tell
    // Windows-1258 from TCVN3 (where 0xE3 is "ó"), so the message names neither.
    let read = try records(Array("code,name\n1,".utf8) + [0x58, 0xE3] + Array("\n2,ok\n".utf8))
    #expect(read.map(\.line) == [1, 2, 3])
    #expect(
      read[1].problems == [
        .error(
          at: ThiduaCore.SourceLocation(file: "t.csv", line: 2, column: 4),
          "the file is not UTF-8 (byte 0xE3 here); expected UTF-8 text: save the file from Excel "
            + "as \"CSV UTF-8 (Comma delimited)\"")
      ])
    #expect(read[2].problems.isEmpty)
  }

  @Test(
    arguments: [
      [0xC3, 0x28], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80],
      [0xC0, 0xAF], [0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
  func refusesMalformedUTF8(bytes: [UInt8]) throws {
    let read = try records(bytes + [0x0A])
    #expect(read.first?.problems.count == 1)
  }

  @Test func acceptsWellFormedUTF8() throws {
    let read = try records("ẫ😀中,é\n")
    #expect(read.first?.problems == [])
    #expect(read.first?.texts == ["ẫ😀中", "é"])
  }

  @Test func reportsAQuoteNeverClosedAtTheLineItOpened() {
    expectCSVError(
      "a,b\n1,2\n3,\"open\n4,5\n6,7\n",
      "the quote opened here is never closed; expected a closing `\"` before the end of the file",
      line: 3, column: 3)
  }

  @Test func reportsAQuoteInTheMiddleOfAValueAndGoesOn() throws {
    let read = try records("a,b\n1,ab\"c\n2,\"x\"y\n3,ok\n")
    #expect(read.map(\.texts) == [["a", "b"], ["1", "ab\"c"], ["2", "xy"], ["3", "ok"]])
    #expect(
      read[1].problems == [
        .error(
          at: ThiduaCore.SourceLocation(file: "t.csv", line: 2, column: 5),
          "a quote `\"` in the middle of a value that does not start with one; expected the whole "
            + "value in quotes, with each quote inside it doubled (`\"say \"\"hi\"\"\"`)")
      ])
    #expect(
      read[2].problems == [
        .error(
          at: ThiduaCore.SourceLocation(file: "t.csv", line: 3, column: 6),
          "text after the closing quote of a quoted value; expected a comma or the end of the line "
            + "(a quote inside a quoted value is written `\"\"`)")
      ])
  }

  @Test func refusesAValueLongerThanOneMebibyte() {
    let long = String(repeating: "x", count: CSVReader.maximumFieldLength + 1)
    expectCSVError(
      "a,b\n1,\(long)\n",
      "a value longer than 1 MiB starts here; expected values of at most 1048576 bytes",
      line: 2, column: 3)
    #expect(throws: Never.self) {
      try records("a\n" + String(repeating: "x", count: CSVReader.maximumFieldLength) + "\n")
    }
  }

  static let chunkInputs: [[UInt8]] = [
    Array("a,b\r\n\"q,\"\"x\"\"\r\ny\",2\n\nXã,Mẫu\r\n,\n".utf8),
    [0xEF, 0xBB, 0xBF] + Array("h1,h2\r\n1,\"2\"\r\n3,4".utf8),
    Array("x\r\n\r\n\"\"\r\ny,\"a\rb\"\r".utf8),
    Array("Xa\u{0303},\"Mâ\u{0303}u\"\nbad,".utf8) + [0xE3] + Array("\n".utf8),
    [0xEF, 0xBB, 0x41, 0x0A],
    // Found by fuzzing: the legacy encoding named for a bad byte depended on how much of the
    // file had been read when it was met. TCVN3-like bytes on lines 3 and 5.
    Array("holdsl\"\"r,status\n2,\n1,90101,2024,ngh".utf8) + [0xC3]
      + Array("vel\"\"r,status\n2,\n1,90 ngh".utf8) + [0xC3, 0x2E, 0xA8] + Array("o\n".utf8),
  ]

  @Test(arguments: chunkInputs)
  func givesTheSameRecordsWhereverChunksEnd(bytes: [UInt8]) throws {
    let whole = try records(bytes)
    #expect(!whole.isEmpty)
    for split in 0...bytes.count {
      let parts = try records(bytes, source: MemoryByteSource(bytes, splitAt: [split]))
      #expect(parts == whole, "split at \(split)")
    }
    for size in 1...4 {
      let parts = try records(bytes, source: MemoryByteSource(bytes, chunkSize: size))
      #expect(parts == whole, "chunks of \(size)")
    }
  }

  @Test func readsWithSmallReadBuffers() throws {
    let bytes = Array("a,b\n\"long value, with comma\",2\n".utf8)
    let reader = CSVReader(source: MemoryByteSource(bytes), file: "t.csv", chunkSize: 4)
    #expect(try reader.readAll().map(\.texts) == [["a", "b"], ["long value, with comma", "2"]])
    #expect(reader.bytesRead == bytes.count)
  }

  @Test func readsAFileThatDoesNotExistAsCannotRead() {
    #expect(
      throws: ThiduaError.cannotRead(file: "no/such.csv", reason: "no such file or directory")
    ) {
      try CSVReader(.file("no/such.csv"))
    }
  }
}
