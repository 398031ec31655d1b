/// An option that takes a value: `--data FILE`, `-d FILE` or `--data=FILE`.
public struct OptionSpec: Sendable, Hashable {
  /// The long name without its dashes: `data` for `--data`.
  public var name: String
  /// The one-letter short name, if any: `d` for `-d`.
  public var short: Character?
  /// The placeholder shown in usage and help: `FILE`, `YEAR`.
  public var valueName: String
  /// One sentence for the help screen.
  public var help: String
  /// What values are accepted; checked while parsing, so a bad value is reported early.
  public var kind: ValueKind
  /// Whether the command cannot run without it (shown without brackets in the usage line).
  public var isRequired: Bool
  /// Whether it may be given more than once; every value is then kept, in order.
  public var isRepeatable: Bool
  /// The value used when the option is absent, shown in help as `(default: …)`.
  public var defaultValue: String?

  /// An option taking a value.
  public init(
    _ name: String, short: Character? = nil, valueName: String, help: String,
    kind: ValueKind = .string, isRequired: Bool = false, isRepeatable: Bool = false,
    defaultValue: String? = nil
  ) {
    self.name = name
    self.short = short
    self.valueName = valueName
    self.help = help
    self.kind = kind
    self.isRequired = isRequired
    self.isRepeatable = isRepeatable
    self.defaultValue = defaultValue
  }

  /// `--name`.
  public var longForm: String { "--\(name)" }

  /// `--name VALUE`, as usage lines and messages show it.
  public var synopsis: String { "\(longForm) \(valueName)" }

  /// The values an option accepts.
  public enum ValueKind: Sendable, Hashable {
    /// Any text (a date checked later, a name).
    case string
    /// A file's path, or `-` for standard input or output: shells complete it with file names.
    case file
    /// A whole number; `expecting` completes "--year expects …" in the error, e.g.
    /// `a year such as 2025`.
    case integer(expecting: String)
    /// One of a fixed set, named in the error: "unknown format 'xml'; expected one of …".
    case choice([String])
  }
}

/// A flag: present or absent, never given a value (`--skip-invalid`, `-q`).
public struct FlagSpec: Sendable, Hashable {
  /// The long name without its dashes.
  public var name: String
  /// The one-letter short name, if any.
  public var short: Character?
  /// One sentence for the help screen.
  public var help: String

  /// A flag.
  public init(_ name: String, short: Character? = nil, help: String) {
    self.name = name
    self.short = short
    self.help = help
  }

  /// `--name`.
  public var longForm: String { "--\(name)" }
}

/// A positional argument: `PLAN`, `PLAN|DIR ...`.
public struct ArgumentSpec: Sendable, Hashable {
  /// The placeholder shown in usage and help, and the key to read the values by.
  public var name: String
  /// One sentence for the help screen.
  public var help: String
  /// How many values it takes.
  public var arity: Arity
  /// What values are accepted: a `.choice` is checked while parsing, a `.file` completed with
  /// file names.
  public var kind: OptionSpec.ValueKind

  /// A positional argument.
  public init(
    _ name: String, help: String, arity: Arity = .one, kind: OptionSpec.ValueKind = .string
  ) {
    self.name = name
    self.help = help
    self.arity = arity
    self.kind = kind
  }

  /// How many values a positional argument takes. At most one argument of a command may be
  /// `.oneOrMore`, and it must come last: it takes every value left.
  public enum Arity: Sendable, Hashable {
    /// Exactly one value.
    case one
    /// One value or none.
    case optional
    /// At least one value.
    case oneOrMore
  }

  /// `PLAN`, `[PLAN]` or `PLAN ...`, as the usage line shows it.
  public var synopsis: String {
    switch arity {
    case .one: return name
    case .optional: return "[\(name)]"
    case .oneOrMore: return "\(name) ..."
    }
  }
}
