/// A JSON document built in code, with object members kept in the order they were given, so the
/// same value always writes the same bytes.
public enum JSONValue: Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number, written with its digits.
  case integer(Int)
  /// An exact number: written as its exact decimal digits when it has them (`2.5`, `0.125`);
  /// otherwise, as JSON numbers cannot hold it, as a string fraction (`"1/3"`).
  case number(Rational)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; members are written in this order.
  case object([(key: String, value: JSONValue)])

  /// A string, or `null` when `text` is nil.
  public static func string(orNull text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }
}
