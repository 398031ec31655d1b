import ThiduaCore

#if canImport(Glibc)
  import Glibc
#endif

/// What each fuzz target does with one input. Besides "no crash, no hang", each checks a property
/// that must hold for every input, and stops the run (`preconditionFailure`) when it does not.
enum FuzzTargets {
  /// The target names, as `thidua-fuzz TARGET` takes them.
  static let names = ["csv", "roster", "panel", "units", "plan", "arguments"]

  /// Runs target `name` on `bytes`; false if there is no such target.
  static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    switch name {
    case "csv": csv(bytes)
    case "roster": roster(bytes)
    case "panel": panel(bytes)
    case "units": units(bytes)
    case "plan": plan(bytes)
    case "arguments": arguments(bytes)
    default: return false
    }
    return true
  }

  /// The CSV reader, then every reader built on it (panel or roster, units, mergers).
  ///
  /// Properties: the records do not depend on how the input is cut into chunks; with
  /// `--skip-invalid`, rows read = rows used + rows rejected.
  static func csv(_ bytes: [UInt8]) {
    let whole = records(bytes, chunkSize: max(bytes.count, 1))
    let chunk = 1 + bytes.count % 13
    let chunked = records(bytes, chunkSize: chunk)
    if whole != chunked {
      preconditionFailure("records differ when read in chunks of \(chunk) bytes")
    }
    let input = CSVInput.bytes(bytes, name: "fuzz.csv", chunkSize: 1 + bytes.count % 29)
    if let data = try? DataLoader(skipInvalid: true).load(data: input, units: nil) {
      let rows = data.accounting
      if rows.read != rows.used + rows.rejected {
        preconditionFailure("rows: \(rows.read) read, \(rows.used) used, \(rows.rejected) rejected")
      }
    }
    let units = try? UnitsReader().read(input)
    _ = try? MergersReader(units: units?.units).read(input)
  }

  /// The roster's fast path against the careful reader, on the input written to a file.
  ///
  /// Property: when the fast path takes a file, its counts and row accounting are the careful
  /// reader's. The first byte chooses: even, the rest follows a roster header (so most inputs
  /// get past the header); odd, the rest is the whole file.
  static func roster(_ bytes: [UInt8]) {
    let header = Array("household_id,unit_code,year,status\n".utf8)
    let withHeader = (bytes.first ?? 0) & 1 == 0
    let content = withHeader ? header + bytes.dropFirst() : Array(bytes.dropFirst())
    withScratchFile(content, for: "roster") { path in
      var careful = RosterReader()
      careful.triesFastPath = false
      let expected = try? careful.read(.file(path))
      var parallel = RosterReader()
      parallel.workers = 1 + Int(bytes.last ?? 0) % 4
      parallel.parallelThreshold = 0
      let fast = try? parallel.read(.file(path))
      guard let fast, fast.diagnostics.isEmpty, fast.accounting.rejected == 0 else { return }
      guard let expected, expected.counts == fast.counts, expected.accounting == fast.accounting
      else {
        preconditionFailure("the fast path and the careful reader disagree")
      }
    }
  }

  /// The panel's fast path against the careful reader, on the input written to a file.
  ///
  /// Property: ``PanelReader`` reads the same ``DataSet`` (or throws the same error) with its fast
  /// path on and off; with it on, a file the fast path takes is its result, any other the careful
  /// reader's. The first byte chooses: odd, the rest is the whole file; even, the rest follows one
  /// of ``panelHeaders`` (bits 1 to 3), with near-poor households or not, columns reordered, BOM
  /// and CRLF. Bits 4 and 5 choose the units file: none, ``unitsFile``, or one with no unit. Bit 7
  /// set, each byte of the rest stands for one of ``panelWords`` (see ``spelled(_:_:)``); else
  /// bit 6 set, each five bytes of the rest make a row (see ``panelRows(_:header:)``).
  static func panel(_ bytes: [UInt8]) {
    let first = bytes.first ?? 0
    let header = first & 1 == 0 ? panelHeaders[Int(first >> 1 & 7)] : []
    let rest =
      first & 0x80 != 0
      ? spelled(bytes.dropFirst(), panelWords)
      : first & 0x40 != 0 ? panelRows(bytes.dropFirst(), header: header) : Array(bytes.dropFirst())
    let units: [String: Unit]? = [nil, unitsFile, [:], nil][Int(first >> 4 & 3)]
    withScratchFile(header + rest, for: "panel") { path in
      var careful = PanelReader(units: units)
      careful.triesFastPath = false
      let expected = Result { () throws(ThiduaError) in try careful.read(.file(path)) }
      let fast = Result { () throws(ThiduaError) in
        try PanelReader(units: units).read(.file(path))
      }
      switch (expected, fast) {
      case (.success(let expected), .success(let fast)):
        guard expected.units == fast.units, expected.hasUnitsFile == fast.hasUnitsFile,
          expected.counts == fast.counts, expected.standards == fast.standards,
          expected.invalidRows == fast.invalidRows, expected.diagnostics == fast.diagnostics,
          expected.accounting == fast.accounting
        else { preconditionFailure("the panel's fast path and the careful reader disagree") }
      case (.failure(let expected), .failure(let fast)):
        guard expected == fast else {
          preconditionFailure("the panel's fast path and the careful reader throw differently")
        }
      default:
        preconditionFailure("the panel's fast path and the careful reader disagree on failing")
      }
    }
  }

  /// Rows in the columns of `header` (the usual ones when it is empty), five bytes each: a code
  /// of ``unitsFile``, a year, a total, a number of poor households that may exceed it, and
  /// near-poor households that may be left empty. Most rows are plain, some are not (poor
  /// households above the total, a unit-year twice; with no units file or an empty one, the
  /// codes are unknown), so the fast path is exercised on whole files, not given up at once.
  static func panelRows(_ bytes: ArraySlice<UInt8>, header: [UInt8]) -> [UInt8] {
    var names = header.split(separator: UInt8(ascii: ",")).map {
      String(decoding: $0, as: UTF8.self)
        .trimmingPrefix("\u{FEFF}").filter { $0 != "\r" && $0 != "\n" }
    }
    if names.isEmpty { names = ["unit_code", "year", "total_households", "poor_households"] }
    let lineEnd = header.suffix(2) == [0x0D, 0x0A] ? "\r\n" : "\n"
    let codes = ["90101", "90102", "90103", "1", "A-12345678", "90100", "90000"]
    var text = ""
    var index = 0
    var row = bytes.makeIterator()
    while let a = row.next(), let b = row.next(), let c = row.next(), let d = row.next(),
      let e = row.next()
    {
      // A new unit-year each row, unless the low seven bits of `a` are all set: then the last.
      let place = a & 0x7F == 0x7F ? max(0, index - 1) : index
      let code = codes[place % codes.count]
      let year = 2019 + (place / codes.count + Int(b & 0x80 == 0 ? 0 : 8)) % 16
      let total = Int(c) + (a & 0x80 == 0 ? 1 : 0)
      let poor = d & 0x80 != 0 && d & 0x40 != 0 ? total + 1 : Int(d) % (total + 1)
      let nearPoor = e & 1 == 0 ? "" : String(Int(e >> 1) % (total - min(poor, total) + 2))
      let values = [
        "unit_code": code, "year": String(year), "total_households": String(total),
        "poor_households": String(poor), "near_poor_households": nearPoor,
      ]
      text += names.map { values[$0] ?? "" }.joined(separator: ",") + lineEnd
      index += 1
    }
    return Array(text.utf8)
  }

  /// The headers ``panel(_:)`` puts before its input: each plain, as the fast path takes them.
  static let panelHeaders: [[UInt8]] = [
    "unit_code,year,total_households,poor_households\n",
    "unit_code,year,total_households,poor_households,near_poor_households\n",
    "year,unit_code,poor_households,total_households\n",
    "near_poor_households,poor_households,total_households,year,unit_code\n",
    "\u{FEFF}unit_code,year,total_households,poor_households,near_poor_households\r\n",
    "poor_households,year,near_poor_households,unit_code,total_households\n",
    "unit_code,year,total_households,poor_households\r\n",
    "year,total_households,poor_households,near_poor_households,unit_code\n",
  ].map { Array($0.utf8) }

  /// A small units file for ``panel(_:)``: the sample campaign's codes, and a few others.
  static let unitsFile: [String: Unit] = {
    let units = [
      Unit(code: "90000", name: "Tỉnh Mẫu", level: .province),
      Unit(code: "90100", name: "Huyện Mẫu A", level: .district, parentCode: "90000"),
      Unit(code: "90101", name: "Xã Mẫu A1", level: .commune, parentCode: "90100"),
      Unit(code: "90102", name: "Xã Mẫu A2", level: .commune, parentCode: "90100"),
      Unit(
        code: "90103", name: "Thị trấn Mẫu A3", level: .commune, parentCode: "90100",
        flags: ["township"]),
      Unit(code: "1", name: "Một", level: .commune),
      Unit(code: "A-12345678", name: "Long code", level: .commune),
    ]
    return Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) })
  }()

  /// The units file's fast path against the careful reader, on the input written to a file.
  ///
  /// Property: ``UnitsReader`` reads the same ``UnitsTable`` (units and warnings), or throws the
  /// same error, with its fast path on and off. The first byte chooses: odd, the rest is the
  /// whole file; even, the rest follows one of ``unitsHeaders`` (bits 1 to 3). Bit 7 set, each
  /// byte of the rest stands for one of ``unitsWords`` (see ``spelled(_:_:)``).
  static func units(_ bytes: [UInt8]) {
    let first = bytes.first ?? 0
    let header = first & 1 == 0 ? unitsHeaders[Int(first >> 1 & 7)] : []
    let rest = first & 0x80 == 0 ? Array(bytes.dropFirst()) : spelled(bytes.dropFirst(), unitsWords)
    withScratchFile(header + rest, for: "units") { path in
      var careful = UnitsReader()
      careful.triesFastPath = false
      let expected = Result { () throws(ThiduaError) in try careful.read(.file(path)) }
      let fast = Result { () throws(ThiduaError) in try UnitsReader().read(.file(path)) }
      switch (expected, fast) {
      case (.success(let expected), .success(let fast)):
        guard expected.units == fast.units, expected.warnings == fast.warnings else {
          preconditionFailure("the units file's fast path and the careful reader disagree")
        }
      case (.failure(let expected), .failure(let fast)):
        guard expected == fast else {
          preconditionFailure("the units file's fast path and the careful reader throw differently")
        }
      default:
        preconditionFailure("the units file's fast path and the careful reader disagree on failing")
      }
    }
  }

  /// The headers ``units(_:)`` puts before its input: each plain, as the fast path takes them.
  static let unitsHeaders: [[UInt8]] = [
    "unit_code,unit_name,level,parent_code,flags\n",
    "unit_code,unit_name,level\n",
    "unit_code,unit_name,level,parent_code\n",
    "level,unit_code,unit_name,flags\n",
    "\u{FEFF}unit_code,unit_name,level,parent_code,flags\r\n",
    "flags,parent_code,level,unit_name,unit_code\n",
    "unit_name,parent_code,unit_code,level\n",
    "unit_code,unit_name,level,flags\r\n",
  ].map { Array($0.utf8) }

  /// `bytes` with each byte replaced by one of `words` (its value modulo their number).
  ///
  /// Random bytes are almost never a plain file, so the fast path would give up on nearly every
  /// input and the property would hold trivially; spelled with the words plain files are made
  /// of, most lines are plain or nearly so, and the fuzzer explores the fast path itself.
  static func spelled(_ bytes: ArraySlice<UInt8>, _ words: [[UInt8]]) -> [UInt8] {
    var spelled: [UInt8] = []
    spelled.reserveCapacity(bytes.count * 2)
    for byte in bytes { spelled += words[Int(byte) % words.count] }
    return spelled
  }

  /// The words of a plain panel, and a few of what is not quite plain, for ``spelled(_:_:)``.
  static let panelWords: [[UInt8]] = utf8([
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "2", "5", "9"],
    [",", ",", ",", ",", ",", "\n", "\n", "\n", "\r\n", "\r"],
    ["90101", "90102", "90103", "2024", "2025", "1999", "1000000000", "12345678", "100"],
    [" ", ".", "-", "A", "A-12345678", "ạ", "\u{FEFF}", "\t", "\"", "=", "+", "0x1"],
  ])

  /// The words of a plain units file, and a few of what is not quite plain, for
  /// ``spelled(_:_:)``.
  static let unitsWords: [[UInt8]] =
    utf8([
      ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "9"],
      [",", ",", ",", ",", ",", ",", "\n", "\n", "\n", "\r\n", "\r", ";", ";"],
      ["commune", "district", "province", "Commune", "communes", "ward", "island"],
      ["90000", "90100", "90101", "Xã", "Mẫu", "Huyện", "A", "b", " ", "  ", "-"],
      ["a\u{0303}", "\u{0303}", "\u{00A0}", "\u{0085}", "\u{2028}", "\u{7F}", "\t", "\""],
    ]) + [[0xE8], [0xC3], [0xFF]]

  /// The UTF-8 of each of `groups`' words, in order.
  private static func utf8(_ groups: [[String]]) -> [[UInt8]] {
    groups.flatMap { $0.map { Array($0.utf8) } }
  }

  /// Writes `content` to this process's scratch file for `target` and calls `body` with its path;
  /// the file is removed when `body` returns.
  private static func withScratchFile(
    _ content: [UInt8], for target: String, _ body: (String) -> Void
  ) {
    let path = "\(scratchDirectory)/thidua-fuzz-\(target)-\(getpid()).csv"
    guard let file = fopen(path, "wb") else { preconditionFailure("cannot write \(path)") }
    _ = content.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    defer { unlink(path) }
    body(path)
  }

  /// The directory for scratch files: `TMPDIR`, or `/tmp` when it is unset or empty.
  private static let scratchDirectory: String = {
    guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
    return String(cString: value)
  }()

  /// Every record of `bytes`, or the error, read in chunks of `chunkSize`.
  private static func records(_ bytes: [UInt8], chunkSize: Int) -> Result<[CSVRecord], ThiduaError>
  {
    Result { () throws(ThiduaError) in
      try CSVReader(.bytes(bytes, name: "fuzz.csv", chunkSize: chunkSize)).readAll()
    }
  }

  /// The plan reader: JSON with positions, then the plan decoder and its checks.
  ///
  /// Property: a plan that reads is described without failing, in either language, and its
  /// deadlines expand; a plan that does not is reported in either language.
  static func plan(_ bytes: [UInt8]) {
    let reading: PlanReading
    do {
      reading = try PlanReader.parse(bytes: bytes, file: "fuzz.json")
    } catch {
      _ = error.message(in: .vietnamese)
      return
    }
    _ = describe(reading.plan)
    _ = describe(reading.plan, language: .vietnamese)
    _ = reading.plan.deadlineOccurrences(holidays: .weekendsOnly)
  }

  /// The argument parser, on thidua's own commands: the input is the arguments, split at NUL
  /// bytes (invalid UTF-8 is repaired, as the shell would hand over).
  ///
  /// Property: what parses can be read back through the typed accessors without failing, except
  /// for the usage errors those accessors document.
  static func arguments(_ bytes: [UInt8]) {
    let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard let outcome = try? CommandLineParser.parse(arguments, tool: FuzzedTool.spec) else {
      return
    }
    guard case .run(let parsed) = outcome else { return }
    for option in parsed.command.options {
      switch option.kind {
      case .string, .file: _ = parsed.strings(option.name)
      case .integer: _ = try? parsed.int(option.name)
      case .choice: _ = parsed.string(option.name)
      }
    }
    for flag in parsed.command.flags { _ = parsed.flag(flag.name) }
    for argument in parsed.command.arguments { _ = parsed.arguments(argument.name) }
    _ = HelpFormatter.help(for: parsed.command, toolName: FuzzedTool.spec.name)
  }
}
