/// Where something starts in JSON text: a 1-based line and a 1-based column counted in characters
/// (so `“Bến Tre”` is 9 columns wide, not 13 bytes).
public struct JSONPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based line; a line ends at LF, CR LF or a lone CR.
  public var line: Int
  /// 1-based column, in characters (grapheme clusters) from the start of the line.
  public var column: Int

  /// A position at `line` and `column`, both 1-based.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders by line, then column.
  public static func < (a: JSONPosition, b: JSONPosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// A JSON value as written, with the position where it starts.
///
/// Objects keep their members in the order written, each with the position of its key; numbers keep
/// their literal text, so `2.5` can be read exactly (with `Rational(decimal:)`) rather than rounded
/// through `Double`.
public struct JSONNode: Sendable, Hashable {
  /// What kind of value this is, with its contents.
  public enum Kind: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its literal text (`2`, `-0.5`, `1e3`), already checked against RFC 8259.
    case number(String)
    /// A string, escapes decoded.
    case string(String)
    /// An array, in order.
    case array([JSONNode])
    /// An object, members in the order written; keys are unique.
    case object([JSONMember])
  }

  /// The value itself.
  public var kind: Kind
  /// Where the value starts: its first character (`{`, `[`, `"`, a digit, `-`, `t`, `f`, `n`).
  public var position: JSONPosition

  /// A value of `kind` starting at `position`.
  public init(_ kind: Kind, at position: JSONPosition) {
    self.kind = kind
    self.position = position
  }

  /// The kind of value in words, for messages: "an object", "a string", "a number", …
  public var kindDescription: String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The members of an object; nil for any other kind.
  public var members: [JSONMember]? {
    if case .object(let members) = kind { return members }
    return nil
  }

  /// The value of the member named `key`, when this is an object that has it.
  public subscript(key: String) -> JSONNode? {
    members?.first(where: { $0.key == key })?.value
  }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
  /// The key, escapes decoded.
  public var key: String
  /// Where the key's opening quote is.
  public var keyPosition: JSONPosition
  /// The member's value.
  public var value: JSONNode

  /// A member `key` (written at `keyPosition`) with `value`.
  public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}

/// JSON text that is not valid, or exceeds the reader's bounds: what is wrong and where.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, lowercase: "expected ',' or '}' after object member".
  public var message: Message
  /// Where it is wrong.
  public var position: JSONPosition
  /// The JSON path of the value being read when it went wrong (`criteria[0].title`; `$` for the
  /// document itself), written as plan messages write paths.
  public var path: String

  /// An error `message` at `position`, inside the value at `path`.
  public init(_ message: Message, at position: JSONPosition, path: String = "$") {
    self.message = message
    self.position = position
    self.path = path
  }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}

extension JSONNode {
  /// What kind of value this is, for messages in either language.
  var kindNoun: Message.Noun {
    switch kind {
    case .null: return .null
    case .bool: return .boolean
    case .number: return .number
    case .string: return .string
    case .array: return .array
    case .object: return .object
    }
  }
}
