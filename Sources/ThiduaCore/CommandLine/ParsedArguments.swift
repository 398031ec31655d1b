/// What a command line said, checked against its `CommandSpec`, with typed accessors.
///
/// Option and argument names are the ones the spec declares (`"format"` for `--format`,
/// `"PLAN"` for the positional `PLAN`). Values are kept as typed; the accessors convert them and
/// report a bad value as a usage error that names the option.
public struct ParsedArguments: Sendable, Hashable {
  /// The command these arguments are for.
  public let command: CommandSpec
  /// Option name → the values given, in order (one unless the option is repeatable).
  public private(set) var optionValues: [String: [String]]
  /// The names of the flags given.
  public private(set) var presentFlags: Set<String>
  /// Positional argument name → its values, in order.
  public private(set) var argumentValues: [String: [String]]

  /// Arguments already checked by the parser; tests and the parser build them.
  public init(
    command: CommandSpec, optionValues: [String: [String]] = [:], presentFlags: Set<String> = [],
    argumentValues: [String: [String]] = [:]
  ) {
    self.command = command
    self.optionValues = optionValues
    self.presentFlags = presentFlags
    self.argumentValues = argumentValues
  }

  // MARK: Positional arguments

  /// The value of a positional argument of arity `.one` or `.optional`.
  public func argument(_ name: String) -> String? {
    assert(command.arguments.contains { $0.name == name }, "undeclared argument \(name)")
    return argumentValues[name]?.first
  }

  /// Every value of a positional argument (for `.oneOrMore`), in the order given.
  public func arguments(_ name: String) -> [String] {
    assert(command.arguments.contains { $0.name == name }, "undeclared argument \(name)")
    return argumentValues[name] ?? []
  }

  // MARK: Options

  /// The option's value, or its default, or nil.
  public func string(_ name: String) -> String? {
    let spec = declaredOption(name)
    return optionValues[name]?.last ?? spec?.defaultValue
  }

  /// Every value of a repeatable option, in the order given (the default, if any, when absent).
  public func strings(_ name: String) -> [String] {
    let spec = declaredOption(name)
    if let values = optionValues[name] { return values }
    return spec?.defaultValue.map { [$0] } ?? []
  }

  /// The value of an option the command cannot run without.
  ///
  /// The parser already rejects a command line without a required option; this accessor spares the
  /// caller an optional.
  public func requiredString(_ name: String) throws(ThiduaError) -> String {
    guard let value = string(name) else {
      let synopsis = declaredOption(name)?.synopsis ?? "--\(name)"
      throw .usage(message: .missingRequiredOption(synopsis))
    }
    return value
  }

  /// The option's value as a whole number: "--year expects a year such as 2025, got 'abc'".
  public func int(_ name: String) throws(ThiduaError) -> Int? {
    guard let text = string(name) else { return nil }
    return try ParsedArguments.integer(text, for: declaredOption(name) ?? OptionSpec.unknown(name))
  }

  /// The option's value as one of a fixed set: "unknown format 'xml'; expected one of table, csv".
  public func choice<Value>(_ name: String, as type: Value.Type = Value.self) throws(ThiduaError)
    -> Value?
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    guard let text = string(name) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let names = Value.allCases.map(\.rawValue)
    throw .usage(message: .unknownChoice(option: name, value: text, choices: names))
  }

  /// The option's value converted by `convert`; when it returns nil, the usage error reads
  /// "--today expects a date such as 2025-11-15, got '15/11'" for `expecting` "a date such as…".
  public func value<Value>(
    _ name: String, expecting description: String, _ convert: (String) -> Value?
  ) throws(ThiduaError) -> Value? {
    guard let text = string(name) else { return nil }
    if let value = convert(text) { return value }
    throw .usage(message: .badValue(option: "--\(name)", expecting: description, found: text))
  }

  // MARK: Flags

  /// Whether the flag was given.
  public func flag(_ name: String) -> Bool {
    assert(command.flag(named: name) != nil, "undeclared flag \(name)")
    return presentFlags.contains(name)
  }

  // MARK: Building (used by the parser)

  mutating func add(_ value: String, to option: OptionSpec) throws(ThiduaError) {
    if optionValues[option.name] != nil, !option.isRepeatable {
      throw .usage(message: .givenTwice(option: option.longForm))
    }
    switch option.kind {
    case .string, .file:
      break
    case .integer:
      _ = try ParsedArguments.integer(value, for: option)
    case .choice(let names):
      guard names.contains(value) else {
        throw .usage(message: .unknownChoice(option: option.name, value: value, choices: names))
      }
    }
    optionValues[option.name, default: []].append(value)
  }

  mutating func assign(_ values: [String], to argument: ArgumentSpec) throws(ThiduaError) {
    if case .choice(let names) = argument.kind {
      for value in values where !names.contains(value) {
        throw .usage(
          message: .unknownChoice(option: argument.name.lowercased(), value: value, choices: names))
      }
    }
    argumentValues[argument.name] = values
  }

  mutating func set(_ flag: FlagSpec) {
    presentFlags.insert(flag.name)
  }

  // MARK: Helpers

  private func declaredOption(_ name: String) -> OptionSpec? {
    let spec = command.option(named: name)
    assert(spec != nil, "undeclared option \(name)")
    return spec
  }

  private static func integer(_ text: String, for option: OptionSpec) throws(ThiduaError) -> Int {
    if let value = Int(text) { return value }
    let expecting: String
    switch option.kind {
    case .integer(let description): expecting = description
    default: expecting = "a whole number"
    }
    throw .usage(
      message: .badNumber(option: option.longForm, expecting: expecting, found: text))
  }
}

extension OptionSpec {
  /// A stand-in for an option the spec does not declare (a programming error caught by asserts).
  fileprivate static func unknown(_ name: String) -> OptionSpec {
    OptionSpec(name, valueName: "VALUE", help: "")
  }
}
