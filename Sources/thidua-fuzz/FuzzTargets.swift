import ThiduaCore

#if canImport(Glibc)
  import Glibc
#endif

/// What each fuzz target does with one input. Besides "no crash, no hang", each checks a property
/// that must hold for every input, and stops the run (`preconditionFailure`) when it does not.
enum FuzzTargets {
  /// The target names, as `thidua-fuzz TARGET` takes them.
  static let names = ["csv", "roster", "plan", "arguments"]

  /// Runs target `name` on `bytes`; false if there is no such target.
  static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    switch name {
    case "csv": csv(bytes)
    case "roster": roster(bytes)
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
    let path = scratchFile
    guard let file = fopen(path, "wb") else { preconditionFailure("cannot write \(path)") }
    _ = content.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
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

  /// A file of this process for the roster target.
  private static let scratchFile = "/tmp/thidua-fuzz-roster-\(getpid()).csv"

  /// Every record of `bytes`, or the error, read in chunks of `chunkSize`.
  private static func records(_ bytes: [UInt8], chunkSize: Int) -> Result<[CSVRecord], ThiduaError>
  {
    Result { () throws(ThiduaError) in
      try CSVReader(.bytes(bytes, name: "fuzz.csv", chunkSize: chunkSize)).readAll()
    }
  }

  /// The plan reader: JSON with positions, then the plan decoder and its checks.
  ///
  /// Property: a plan that reads is described without failing, and its deadlines expand.
  static func plan(_ bytes: [UInt8]) {
    guard let reading = try? PlanReader.parse(bytes: bytes, file: "fuzz.json") else { return }
    _ = describe(reading.plan)
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
      case .string: _ = parsed.strings(option.name)
      case .integer: _ = try? parsed.int(option.name)
      case .choice: _ = parsed.string(option.name)
      }
    }
    for flag in parsed.command.flags { _ = parsed.flag(flag.name) }
    for argument in parsed.command.arguments { _ = parsed.arguments(argument.name) }
    _ = HelpFormatter.help(for: parsed.command, toolName: FuzzedTool.spec.name)
  }
}
