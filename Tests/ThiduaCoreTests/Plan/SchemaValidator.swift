import Foundation

@testable import ThiduaCore

/// A JSON Schema validator for the keywords `PlanSchema` writes, and no others: a schema that
/// uses a keyword it does not know is an error, so the schema cannot grow past what is checked.
///
/// Values are `JSONNode`s read by thidua's own JSON reader, so numbers keep their text.
struct SchemaValidator {
  /// The whole schema document, for `$ref`s into its `$defs`.
  let root: JSONNode

  /// Keywords that only annotate.
  static let annotations: Set<String> = ["$schema", "$defs", "title", "description", "default"]

  /// Every keyword the validator knows: the annotations and those it checks.
  static let keywords: Set<String> = annotations.union([
    "$ref", "type", "const", "enum", "pattern", "minLength", "minimum", "maximum", "minItems",
    "uniqueItems", "items", "properties", "required", "additionalProperties", "anyOf", "oneOf",
    "not",
  ])

  /// Every way `instance` breaks the schema, as `path: what` lines; empty when it is valid.
  func errors(_ instance: JSONNode) -> [String] {
    errors(instance, against: root, at: "$")
  }

  private func errors(_ instance: JSONNode, against schema: JSONNode, at path: String) -> [String] {
    guard let keywords = schema.members else { return ["\(path): the schema is not an object"] }
    var found: [String] = []
    let properties = schema["properties"]?.members ?? []
    for keyword in keywords {
      let value = keyword.value
      switch keyword.key {
      case let key where Self.annotations.contains(key):
        continue
      case "$ref":
        guard case .string(let reference) = value.kind, reference.hasPrefix("#/$defs/"),
          let target = root["$defs"]?[String(reference.dropFirst("#/$defs/".count))]
        else {
          found.append("\(path): cannot resolve $ref")
          continue
        }
        found += errors(instance, against: target, at: path)
      case "type":
        guard case .string(let type) = value.kind else { return ["\(path): bad type keyword"] }
        if !Self.hasType(instance, type) { found.append("\(path): expected \(type)") }
      case "const":
        if !Self.same(instance, value) { found.append("\(path): expected the constant value") }
      case "enum":
        guard case .array(let options) = value.kind else { return ["\(path): bad enum"] }
        if !options.contains(where: { Self.same(instance, $0) }) {
          found.append("\(path): not one of the enumerated values")
        }
      case "pattern":
        guard case .string(let text) = instance.kind else { continue }
        guard case .string(let pattern) = value.kind,
          let regex = try? NSRegularExpression(pattern: pattern)
        else { return ["\(path): bad pattern"] }
        let range = NSRange(text.startIndex..., in: text)
        if regex.firstMatch(in: text, range: range) == nil {
          found.append("\(path): does not match \(pattern)")
        }
      case "minLength":
        guard case .string(let text) = instance.kind else { continue }
        if text.unicodeScalars.count < Self.integer(value) { found.append("\(path): too short") }
      case "minimum", "maximum":
        guard case .number(let text) = instance.kind, let number = Rational(decimal: text),
          case .number(let boundText) = value.kind, let bound = Rational(decimal: boundText)
        else { continue }
        if keyword.key == "minimum" ? number < bound : bound < number {
          found.append("\(path): out of range (\(keyword.key) \(boundText))")
        }
      case "minItems":
        guard case .array(let elements) = instance.kind else { continue }
        if elements.count < Self.integer(value) { found.append("\(path): too few items") }
      case "uniqueItems":
        guard case .array(let elements) = instance.kind, case .bool(true) = value.kind else {
          continue
        }
        for (index, element) in elements.enumerated()
        where elements[..<index].contains(where: { Self.same($0, element) }) {
          found.append("\(path)[\(index)]: repeats an earlier item")
        }
      case "items":
        guard case .array(let elements) = instance.kind else { continue }
        for (index, element) in elements.enumerated() {
          found += errors(element, against: value, at: "\(path)[\(index)]")
        }
      case "properties":
        guard let members = instance.members else { continue }
        for member in members {
          if let property = properties.first(where: { $0.key == member.key }) {
            found += errors(member.value, against: property.value, at: "\(path).\(member.key)")
          }
        }
      case "required":
        guard let members = instance.members, case .array(let names) = value.kind else {
          continue
        }
        for case .string(let name) in names.map(\.kind)
        where !members.contains(where: { $0.key == name }) {
          found.append("\(path): missing \(name)")
        }
      case "additionalProperties":
        guard let members = instance.members else { continue }
        guard case .bool(false) = value.kind else { return ["\(path): only false is supported"] }
        for member in members where !properties.contains(where: { $0.key == member.key }) {
          found.append("\(path): unknown key \(member.key)")
        }
      case "anyOf", "oneOf":
        guard case .array(let branches) = value.kind else { return ["\(path): bad \(keyword.key)"] }
        let passing = branches.count { errors(instance, against: $0, at: path).isEmpty }
        if keyword.key == "anyOf" ? passing == 0 : passing != 1 {
          found.append("\(path): \(passing) branches of \(keyword.key) hold")
        }
      case "not":
        if errors(instance, against: value, at: path).isEmpty {
          found.append("\(path): matches what is ruled out")
        }
      default:
        found.append("\(path): the validator does not know the keyword \(keyword.key)")
      }
    }
    return found
  }

  private static func hasType(_ instance: JSONNode, _ type: String) -> Bool {
    switch (type, instance.kind) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
      ("null", .null), ("number", .number):
      return true
    case ("integer", .number(let text)):
      // JSON Schema counts 2.0 as an integer: a number whose value is whole.
      return Rational(decimal: text).map { $0.denominator == 1 } ?? false
    default:
      return false
    }
  }

  private static func integer(_ node: JSONNode) -> Int {
    if case .number(let text) = node.kind, let value = Int(text) { return value }
    return Int.max
  }

  /// JSON equality: numbers by value, objects whatever the order of their members.
  static func same(_ a: JSONNode, _ b: JSONNode) -> Bool {
    switch (a.kind, b.kind) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.number(let x), .number(let y)): return Rational(decimal: x) == Rational(decimal: y)
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.object(let x), .object(let y)):
      return x.count == y.count
        && x.allSatisfy { member in
          y.contains { $0.key == member.key && same($0.value, member.value) }
        }
    default: return false
    }
  }
}
