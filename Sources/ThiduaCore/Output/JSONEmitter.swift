/// Writes JSON text as its parts come, in a ``JSONWriter/Style``: values, keys, and the starts
/// and ends of arrays and objects, with the commas, line breaks and indentation between them.
///
/// A document need not exist as a ``JSONValue`` first: the evaluation of the whole country is
/// written a unit at a time, each unit's members as they are read from it, and handed on in
/// pieces (``drain(ifAtLeast:to:)``). ``JSONWriter`` writes a whole value through it, so both
/// give the same bytes.
struct JSONEmitter: ~Copyable {
  /// The text written and not yet drained.
  private(set) var text: TextBuilder
  let style: JSONWriter.Style
  /// For each array or object open, innermost last, whether it has an element yet.
  private var hasElements: [Bool] = []
  /// Whether a key was just written: its value follows with no separator.
  private var afterKey = false

  init(style: JSONWriter.Style, capacity: Int = 256) {
    self.style = style
    text = TextBuilder(capacity: capacity)
  }

  /// Hands the text written so far to `sink` when it holds at least `threshold` bytes.
  mutating func drain(ifAtLeast threshold: Int = 0, to sink: ByteSink) {
    text.drain(ifAtLeast: threshold, to: sink)
  }

  /// Appends a line feed, after the document.
  mutating func endLine() {
    text.append(UInt8(ascii: "\n"))
  }

  /// What comes before an element: nothing after a key or at the top; otherwise a comma after
  /// the container's previous element, then, when pretty, a line break and the indentation.
  private mutating func startElement() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = hasElements.indices.last else { return }
    if hasElements[last] { text.append(UInt8(ascii: ",")) }
    hasElements[last] = true
    if style == .pretty {
      text.append(UInt8(ascii: "\n"))
      text.append(UInt8(ascii: " "), times: 2 * hasElements.count)
    }
  }

  private mutating func open(_ bracket: UInt8) {
    startElement()
    text.append(bracket)
    hasElements.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let hadElements = hasElements.removeLast()
    if hadElements, style == .pretty {
      text.append(UInt8(ascii: "\n"))
      text.append(UInt8(ascii: " "), times: 2 * hasElements.count)
    }
    text.append(bracket)
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// A member's key, `"key": ` (`"key":` when compact); its value comes next.
  mutating func key(_ key: String) {
    startElement()
    JSONWriter.writeString(key, to: &text)
    text.write(style == .pretty ? ": " as StaticString : ":")
    afterKey = true
  }

  /// A member whose value is a whole number.
  mutating func member(_ key: String, _ number: Int) {
    self.key(key)
    integer(number)
  }

  /// A member whose value is a string, or `null` when it is nil.
  mutating func member(_ key: String, _ string: String?) {
    self.key(key)
    self.string(orNull: string)
  }

  mutating func null() {
    startElement()
    text.write("null" as StaticString)
  }

  mutating func integer(_ number: Int) {
    startElement()
    text.write(number)
  }

  mutating func string(_ string: String) {
    startElement()
    JSONWriter.writeString(string, to: &text)
  }

  /// The string whose UTF-8 is `bytes` (a reason written in a buffer, with no `String` of its own).
  mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    startElement()
    JSONWriter.writeString(utf8: bytes, to: &text)
  }

  /// An exact number, as ``JSONValue/number(_:)`` describes.
  mutating func number(_ rational: Rational) {
    if let decimal = JSONWriter.exactDecimal(rational) {
      startElement()
      text.append(utf8Of: decimal)
    } else {
      string("\(rational.numerator)/\(rational.denominator)")
    }
  }

  /// `string`, or `null` when it is nil.
  mutating func string(orNull string: String?) {
    if let string { self.string(string) } else { null() }
  }

  /// `value` whole, as ``JSONWriter`` writes it.
  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let flag):
      startElement()
      text.write(flag ? "true" as StaticString : "false")
    case .integer(let number): integer(number)
    case .number(let rational): number(rational)
    case .string(let string): self.string(string)
    case .array(let elements):
      beginArray()
      for element in elements { self.value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for member in members {
        key(member.key)
        self.value(member.value)
      }
      endObject()
    }
  }
}
