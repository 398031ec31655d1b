import ThiduaCore

/// What each fuzz target does with one input. Besides "no crash, no hang", each checks a property
/// that must hold for every input, and stops the run (`preconditionFailure`) when it does not.
enum FuzzTargets {
  /// The target names, as `thidua-fuzz TARGET` takes them.
  static let names = ["csv", "plan", "arguments"]

  /// Runs target `name` on `bytes`; false if there is no such target.
  static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    switch name {
    case "csv": csv(bytes)
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
