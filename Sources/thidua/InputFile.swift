import ThiduaCore

/// Inputs named on the command line: a file's path, or `-` for standard input.
///
/// Standard input is read once, whole, into memory, and handed to the careful readers under the
/// name `<stdin>`, so messages read `<stdin>:3:12: error: …`. It never reaches a fast path:
/// those read a file by its path, and a pipe has none.
enum InputFile {
  /// How messages name standard input.
  static let standardInputName = "<stdin>"

  /// Refuses a command line that gives `-` to more than one input: standard input can be read
  /// only once. `inputs` pairs how each input is named in help (`PLAN`, `--data`) with the
  /// values given.
  static func checkStandardInputReadOnce(_ inputs: [(name: String, values: [String])])
    throws(ThiduaError)
  {
    let readers = inputs.flatMap { input in
      input.values.filter { $0 == "-" }.map { _ in input.name }
    }
    guard readers.count > 1 else { return }
    throw .usage(message: .standardInputReadTwice(inputs: readers))
  }

  /// A CSV input: the file `name`, or standard input for `-`.
  static func csv(_ name: String, console: Console) throws(ThiduaError) -> CSVInput {
    guard name == "-" else { return .file(name) }
    return .bytes(
      try console.readStandardInput(limit: nil, name: standardInputName),
      name: standardInputName)
  }

  /// A plan: the file `name`, or standard input for `-` (read no further than a plan may be).
  static func plan(_ name: String, console: Console) throws(ThiduaError) -> PlanReading {
    guard name == "-" else { return try PlanReader.read(file: name) }
    let bytes = try console.readStandardInput(
      limit: JSONParser.maximumInputSize + 1, name: standardInputName)
    return try PlanReader.parse(bytes: bytes, file: standardInputName)
  }

  /// A holidays file: the file `name`, or standard input for `-`.
  static func holidays(_ name: String, console: Console) throws(ThiduaError) -> HolidayCalendar {
    guard name == "-" else { return try HolidayCalendar.read(file: name) }
    let bytes = try console.readStandardInput(limit: nil, name: standardInputName)
    return try HolidayCalendar.read(bytes: bytes, file: standardInputName)
  }
}
