/// Checks data rows' unit codes against the units file, when there is one, suggesting the nearest
/// code for a mistyped one (each unknown code is looked up once).
struct UnitCodeCheck {
  private let units: UnitDirectory?
  private let candidates: [String]
  private var messages: [String: Message] = [:]

  init(units: UnitDirectory?) {
    self.units = units
    candidates = units.map { $0.codes.sorted() } ?? []
  }

  /// Whether a units file was given.
  var hasUnitsFile: Bool { units != nil }

  /// Whether `code` may be used: always without a units file, else when the file lists it.
  func isKnown(_ code: String) -> Bool {
    units.map { $0.contains(code) } ?? true
  }

  /// The message for `code` in `column`, missing from the units file.
  mutating func unknownMessage(_ code: String, column: String = "unit_code") -> Message {
    let key = column + "\u{0}" + code
    if let message = messages[key] { return message }
    let message = Message.unknownUnit(
      column: column, code: code, suggestion: EditDistance.nearest(to: code, among: candidates))
    messages[key] = message
    return message
  }
}
