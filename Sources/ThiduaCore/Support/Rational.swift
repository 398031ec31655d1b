/// An exact fraction, for thresholds and the figures compared against them.
///
/// Awards are never decided with binary floating point: 186→143 poor households of 2150 is exactly
/// 2 points, and 10→8 is exactly 20%, which `Double` gets wrong. Numerator and denominator are kept
/// in lowest terms with a positive denominator; arithmetic is done in 128 bits so household counts of
/// a whole country cannot overflow it.
public struct Rational: Sendable, Hashable {
  public let numerator: Int128
  public let denominator: Int128

  /// `numerator / denominator`, reduced. The denominator must not be zero.
  public init(_ numerator: Int128, _ denominator: Int128 = 1) {
    precondition(denominator != 0, "zero denominator")
    let sign: Int128 = denominator < 0 ? -1 : 1
    let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
    if divisor == 1 {
      self.numerator = sign * numerator
      self.denominator = sign * denominator
    } else if let n = Int64(exactly: numerator), let d = Int64(exactly: denominator) {
      // Household figures fit in 64 bits, where division is an instruction, not a call.
      self.numerator = sign * Int128(n / Int64(divisor))
      self.denominator = sign * Int128(d / Int64(divisor))
    } else {
      self.numerator = sign * numerator / Int128(divisor)
      self.denominator = sign * denominator / Int128(divisor)
    }
  }

  /// A whole number.
  public init(_ value: Int) {
    self.init(Int128(value), 1)
  }

  public static let zero = Rational(0, 1)

  private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
    // Household counts keep both parts within 64 bits, where division is one instruction
    // instead of a call.
    if a <= UInt128(UInt64.max), b <= UInt128(UInt64.max) {
      // Binary GCD: shifts and subtractions, no division (tens of cycles each).
      var (x, y) = (UInt64(a), UInt64(b))
      if x == 0 { return y == 0 ? 1 : UInt128(y) }
      if y == 0 { return UInt128(x) }
      let shift = (x | y).trailingZeroBitCount
      x >>= x.trailingZeroBitCount
      repeat {
        y >>= y.trailingZeroBitCount
        if x > y { swap(&x, &y) }
        y -= x
      } while y != 0
      return UInt128(x << shift)
    }
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a == 0 ? 1 : a
  }

  /// Reads a decimal literal exactly: `2`, `2.5`, `0.1`, `-3`, `1e1`, `2.5E-1`.
  ///
  /// Returns nil for anything else, and for literals too long to be a threshold (more than
  /// 30 significant digits, or an exponent beyond ±30).
  public init?(decimal text: String) {
    var scalars = Substring(text)
    var negative = false
    if scalars.first == "-" {
      negative = true
      scalars = scalars.dropFirst()
    }
    var mantissa = scalars
    var exponent = 0
    if let e = scalars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = scalars[..<e]
      var exponentText = scalars[scalars.index(after: e)...]
      if exponentText.first == "+" { exponentText = exponentText.dropFirst() }
      guard let value = Int(exponentText), abs(value) <= 30 else { return nil }
      exponent = value
    }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
      parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit))
    else { return nil }
    let digits = (whole + fraction).drop(while: { $0 == "0" })
    guard digits.count <= 30 else { return nil }
    var value: Int128 = 0
    for digit in digits { value = value * 10 + Int128(digit.asciiDigitValue) }
    exponent -= fraction.count
    var denominator: Int128 = 1
    if exponent > 0 {
      for _ in 0..<exponent {
        guard value <= Int128.max / 10 else { return nil }
        value *= 10
      }
    } else if exponent < 0 {
      guard -exponent <= 36 else { return nil }
      for _ in 0..<(-exponent) { denominator *= 10 }
    }
    self.init(negative ? -value : value, denominator)
  }

  public var isNegative: Bool { numerator < 0 }

  public static func + (a: Rational, b: Rational) -> Rational {
    Rational(
      a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
  }

  public static func - (a: Rational, b: Rational) -> Rational {
    Rational(
      a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
  }

  public static func * (a: Rational, b: Rational) -> Rational {
    Rational(a.numerator * b.numerator, a.denominator * b.denominator)
  }

  public static prefix func - (a: Rational) -> Rational {
    // Already in lowest terms.
    Rational(reduced: -a.numerator, a.denominator)
  }

  /// `numerator / denominator` already in lowest terms, with a positive denominator.
  private init(reduced numerator: Int128, _ denominator: Int128) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// `a / b`; `b` must not be zero.
  public static func / (a: Rational, b: Rational) -> Rational {
    Rational(a.numerator * b.denominator, a.denominator * b.numerator)
  }

  /// The value written with exactly `places` decimals, rounded half away from zero: `21.9`, `-2.00`.
  public func formatted(places: Int) -> String {
    var text = TextBuilder(capacity: 32)
    write(places: places, to: &text)
    return text.text
  }

  /// Appends ``formatted(places:)`` to `text`: a rate or a reduction is written for every unit
  /// of the country, without a string of its own.
  func write(places: Int, to text: inout TextBuilder) {
    rounded(toPlaces: places).write(to: &text)
  }

  /// The value rounded half away from zero to `places` decimals, as ``formatted(places:)`` shows
  /// it: rounded once, then compared, tested for zero and written as often as needed.
  func rounded(toPlaces places: Int) -> Rounded {
    Rational.rounded(numerator, over: denominator, toPlaces: places)
  }

  /// `numerator / denominator` (a positive denominator) rounded as ``rounded(toPlaces:)``
  /// rounds, without reducing the fraction first: a poverty rate only shown in a reason.
  static func rounded(_ numerator: Int128, over denominator: Int128, toPlaces places: Int)
    -> Rounded
  {
    let (magnitude, scale) = roundedMagnitude(numerator, denominator, places: places)
    return Rounded(magnitude: magnitude, scale: scale, places: places, isNegative: numerator < 0)
  }

  /// A value rounded to a number of decimals: |value| × 10^places as a whole number.
  struct Rounded {
    let magnitude: UInt128
    /// 10^places.
    let scale: Int128
    let places: Int
    /// Whether the value rounded was below zero (it may round to zero).
    let isNegative: Bool

    /// Whether it rounds to zero.
    var isZero: Bool { magnitude == 0 }

    /// Whether the rounded value is at least `other`.
    func isAtLeast(_ other: Rational) -> Bool {
      let value = isNegative ? -Int128(magnitude) : Int128(magnitude)
      return value * other.denominator >= other.numerator * scale
    }

    /// Appends the rounded value with exactly ``places`` decimals (`21.9`, `-2.00`); without its
    /// sign unless `signed`.
    func write(to text: inout TextBuilder, signed: Bool = true) {
      let showsMinus = signed && isNegative && magnitude != 0
      if let small = UInt64(exactly: magnitude), places < 40 {
        // The usual case: in 64-bit arithmetic, straight into the text.
        text.append(fixedPoint: small, places: places, minus: showsMinus)
        return
      }
      if showsMinus { text.append(UInt8(ascii: "-")) }
      text.append(utf8Of: String(magnitude / UInt128(scale)))
      guard places > 0 else { return }
      let fraction = String(magnitude % UInt128(scale))
      text.append(UInt8(ascii: "."))
      text.append(UInt8(ascii: "0"), times: places - fraction.utf8.count)
      text.append(utf8Of: fraction)
    }
  }

  /// Whether the value rounded half away from zero to `places` decimals (what
  /// ``formatted(places:)`` shows) is at least `other`: ``rounded(places:)`` `>= other` without
  /// reducing the rounded fraction, for the reason of every unit of the country.
  public func rounded(places: Int, isAtLeast other: Rational) -> Bool {
    rounded(toPlaces: places).isAtLeast(other)
  }

  /// Whether the value rounded half away from zero to `places` decimals is zero.
  public func roundsToZero(places: Int) -> Bool {
    rounded(toPlaces: places).isZero
  }

  /// The value rounded half away from zero to `places` decimals: exactly what
  /// ``formatted(places:)`` shows.
  public func rounded(places: Int) -> Rational {
    let (magnitude, scale) = Rational.roundedMagnitude(numerator, denominator, places: places)
    let value = Int128(magnitude)
    return Rational(numerator < 0 ? -value : value, scale)
  }

  /// 10^0 to 10^19, every power of ten a `UInt64` holds.
  private static let powersOfTen: [UInt64] = (0...19).map {
    (0..<$0).reduce(1) { power, _ in power * 10 }
  }

  /// |numerator / denominator| × 10^places rounded half up, and 10^places.
  private static func roundedMagnitude(_ numerator: Int128, _ denominator: Int128, places: Int)
    -> (UInt128, Int128)
  {
    // The usual case, a rate or a reduction of household counts to one or two places: in 64-bit
    // arithmetic, 10^places read from a table.
    if places < powersOfTen.count, let n = UInt64(exactly: numerator.magnitude),
      let divisor = UInt64(exactly: denominator.magnitude)
    {
      let power = powersOfTen[places]
      let (scaled, overflow) = n.multipliedReportingOverflow(by: power)
      if !overflow {
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: divisor)
        return (
          UInt128(quotient) + (remainder >= divisor - remainder ? 1 : 0), Int128(power)
        )
      }
    }
    var scale: Int128 = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = numerator.magnitude * UInt128(scale)
    let d = denominator.magnitude
    var rounded = scaled / d
    if (scaled % d) * 2 >= d { rounded += 1 }
    return (rounded, scale)
  }

  /// The shortest exact decimal form when there is one (`2`, `2.5`, `0.125`), else six places.
  public var decimalDescription: String {
    if denominator == 1 { return String(numerator) }
    var d = denominator
    while d % 2 == 0 { d /= 2 }
    while d % 5 == 0 { d /= 5 }
    guard d == 1 else { return formatted(places: 6) }
    for places in 0...36 {
      var scale: Int128 = 1
      for _ in 0..<places { scale *= 10 }
      if (numerator * scale) % denominator == 0 { return formatted(places: places) }
    }
    return formatted(places: 6)
  }
}

extension Rational: Comparable {
  public static func < (a: Rational, b: Rational) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }
}

extension Rational: CustomStringConvertible {
  public var description: String { decimalDescription }
}

extension Character {
  /// `0`…`9` only (not other Unicode digits).
  var isASCIIDigit: Bool { ("0"..."9").contains(self) && unicodeScalars.count == 1 }

  /// The value of an ASCII digit.
  var asciiDigitValue: Int { Int(unicodeScalars.first?.value ?? 48) - 48 }
}
