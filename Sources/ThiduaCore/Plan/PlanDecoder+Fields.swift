import Foundation

/// The members of one JSON object, once its unknown and missing keys have been reported.
struct ObjectFields {
  /// The object's JSON path.
  let path: String
  /// Where the object's `{` is.
  let position: JSONPosition
  let values: [String: JSONNode]
  /// Whether the object had keys that were reported unknown (a rule such as "give at least one
  /// of …" then stays quiet: the unknown key is the likelier mistake).
  let hasUnknownKeys: Bool

  subscript(key: String) -> JSONNode? { values[key] }

  /// The path of member `key`.
  func path(_ key: String) -> String { JSONPath.member(path, key) }
}

/// JSON paths as messages write them: `criteria[1].applies.level`; `$` for the whole document.
enum JSONPath {
  static func member(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  static func element(_ path: String, _ index: Int) -> String { "\(path)[\(index)]" }

  static func display(_ path: String) -> String { path.isEmpty ? "$" : path }
}

/// Typed reading of JSON values: each function reports what is wrong and returns nil.
extension PlanDecoder {
  /// Keys accepted in every object, for remarks the tool ignores (provenance, omissions).
  static let freeTextKeys = ["note", "notes"]

  /// The known name `name` was probably meant to be: the nearest by edit distance, or else one
  /// that differs by two neighbouring letters swapped (`titel` for `title`).
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    if let nearest = EditDistance.nearest(to: name, among: candidates) { return nearest }
    let letters = Array(name)
    guard letters.count >= 2 else { return nil }
    for index in 0..<letters.count - 1 where letters[index] != letters[index + 1] {
      var swapped = letters
      swapped.swapAt(index, index + 1)
      let candidate = String(swapped)
      if candidates.contains(candidate) { return candidate }
    }
    return nil
  }

  mutating func error(_ path: String, at position: JSONPosition, _ message: Message) {
    if isFull {
      omittedErrors += 1
      return
    }
    errors.append(.error(at: location(position), .atPath(JSONPath.display(path), message)))
  }

  mutating func warning(_ path: String, at position: JSONPosition, _ message: Message) {
    warnings.append(.warning(at: location(position), .atPath(JSONPath.display(path), message)))
  }

  func location(_ position: JSONPosition) -> SourceLocation {
    SourceLocation(file: file, line: position.line, column: position.column)
  }

  mutating func typeMismatch(_ value: JSONNode, _ path: String, expected: Message.Noun) {
    error(path, at: value.position, .wrongType(expected: expected, found: value.kindNoun))
  }

  /// The members of an object, reporting unknown keys (with the nearest known one) and missing
  /// required keys. A required key is not reported missing when an unknown key was taken for it.
  mutating func fields(
    of value: JSONNode, at path: String, known: [String], required: [String] = []
  ) -> ObjectFields? {
    guard let members = value.members else {
      typeMismatch(value, path, expected: .object)
      return nil
    }
    let accepted = known + Self.freeTextKeys
    var values: [String: JSONNode] = [:]
    var suggested: Set<String> = []
    for member in members {
      guard accepted.contains(member.key) else {
        if isFull {
          omittedErrors += 1
          continue
        }
        let nearest = Self.suggestion(for: member.key, among: accepted)
        if let nearest { suggested.insert(nearest) }
        error(
          JSONPath.member(path, member.key), at: member.keyPosition,
          .unknownKey(member.key, suggestion: nearest, known: known))
        continue
      }
      values[member.key] = member.value
    }
    for key in required where values[key] == nil && !suggested.contains(key) {
      error(JSONPath.member(path, key), at: value.position, .missingRequiredKey)
    }
    for key in Self.freeTextKeys {
      if let note = values[key] { _ = string(note, JSONPath.member(path, key)) }
    }
    return ObjectFields(
      path: path, position: value.position, values: values,
      hasUnknownKeys: values.count < members.count)
  }

  mutating func string(_ value: JSONNode, _ path: String) -> String? {
    guard case .string(let text) = value.kind else {
      typeMismatch(value, path, expected: .string)
      return nil
    }
    return text
  }

  /// A string that is not empty (ids, titles, tags).
  mutating func nonEmptyString(_ value: JSONNode, _ path: String) -> String? {
    guard let text = string(value, path) else { return nil }
    guard !text.trimmedWhitespace.isEmpty else {
      error(path, at: value.position, .mustNotBeEmpty)
      return nil
    }
    return text
  }

  mutating func bool(_ value: JSONNode, _ path: String) -> Bool? {
    guard case .bool(let flag) = value.kind else {
      typeMismatch(value, path, expected: .trueOrFalse)
      return nil
    }
    return flag
  }

  mutating func array(_ value: JSONNode, _ path: String) -> [JSONNode]? {
    guard case .array(let elements) = value.kind else {
      typeMismatch(value, path, expected: .array)
      return nil
    }
    return elements
  }

  /// An integer written without fraction or exponent; `noun` names it in messages.
  mutating func integer(_ value: JSONNode, _ path: String, noun: Message.Noun = .integer) -> Int? {
    guard case .number(let text) = value.kind else {
      typeMismatch(value, path, expected: noun)
      return nil
    }
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard digits.allSatisfy(\.isASCIIDigit), digits.count <= 18, let number = Int(text) else {
      error(path, at: value.position, .wrongNumber(expected: noun, found: text))
      return nil
    }
    return number
  }

  /// A year, 1…9999.
  mutating func year(_ value: JSONNode, _ path: String) -> Int? {
    guard let year = integer(value, path, noun: .year) else { return nil }
    guard (1...9999).contains(year) else {
      error(path, at: value.position, .notAYear(String(year)))
      return nil
    }
    return year
  }

  /// A threshold or rate: a JSON number, read exactly, not negative.
  mutating func threshold(_ value: JSONNode, _ path: String) -> Rational? {
    switch value.kind {
    case .number(let text):
      guard let number = Rational(decimal: text) else {
        error(path, at: value.position, .inexactNumber(text))
        return nil
      }
      guard !number.isNegative else {
        error(path, at: value.position, .mustNotBeNegative(text))
        return nil
      }
      return number
    case .string(let text) where Rational(decimal: text) != nil:
      error(path, at: value.position, .numberInQuotes(text))
      return nil
    default:
      typeMismatch(value, path, expected: .number)
      return nil
    }
  }

  /// A list of non-empty strings (flags).
  mutating func strings(_ value: JSONNode, _ path: String) -> [String]? {
    guard let elements = array(value, path) else { return nil }
    var result: [String] = []
    var valid = true
    for (index, element) in elements.enumerated() {
      if let text = nonEmptyString(element, JSONPath.element(path, index)) {
        result.append(text)
      } else {
        valid = false
      }
    }
    return valid ? result : nil
  }

  /// One of `choices`, reporting an unknown value with the list of them (and the nearest one).
  mutating func choice(
    _ value: JSONNode, _ path: String, among choices: [String], noun: Message.Noun
  ) -> String? {
    guard let text = string(value, path) else { return nil }
    guard choices.contains(text) else {
      let nearest = Self.suggestion(for: text, among: choices)
      error(
        path, at: value.position,
        .unknownPlanValue(noun, text, suggestion: nearest, choices: choices))
      return nil
    }
    return text
  }

  /// An IANA time zone identifier that Foundation knows.
  mutating func timeZone(_ value: JSONNode, _ path: String) -> String? {
    guard let name = string(value, path) else { return nil }
    guard TimeZone(identifier: name) == nil else { return name }
    let folded = name.lowercased().filter(\.isLetter)
    let meantVietnam = ["hanoi", "vietnam", "saigon", "hochiminh"].contains(where: folded.contains)
    let nearest =
      meantVietnam ? nil : Self.suggestion(for: name, among: TimeZone.knownTimeZoneIdentifiers)
    error(
      path, at: value.position,
      .unknownTimeZone(name, meantVietnam: meantVietnam, suggestion: nearest))
    return nil
  }
}
