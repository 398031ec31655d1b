import Testing

@testable import ThiduaCore

@Suite struct RationalTests {
  @Test(arguments: [
    ("2", Rational(2)), ("2.5", Rational(5, 2)), ("0.1", Rational(1, 10)), ("-3", Rational(-3)),
    ("1e1", Rational(10)), ("2.5E-1", Rational(1, 4)), ("20.00", Rational(20)),
  ])
  func readsDecimalsExactly(text: String, expected: Rational) {
    #expect(Rational(decimal: text) == expected)
  }

  @Test(arguments: [
    "", "-", "1.", ".5", "1..2", "1e", "abc", "1,5", "1e99", String(repeating: "9", count: 40),
  ])
  func refusesWhatIsNotADecimal(text: String) {
    #expect(Rational(decimal: text) == nil)
  }

  @Test func pointsThatDoubleGetsWrong() {
    // 186 → 143 poor households of 2150: 8.65% → 6.65%, exactly 2 points.
    let before = Rational(100 * 186, 2150)
    let after = Rational(100 * 143, 2150)
    #expect(before - after == Rational(2))
    let doubleBefore: Double = 100.0 * 186 / 2150
    let doubleAfter: Double = 100.0 * 143 / 2150
    #expect(doubleBefore - doubleAfter < 2.0)  // binary floating point says "not met"
  }

  @Test(arguments: [
    (Rational(219, 10), 1, "21.9"), (Rational(-7, 32), 1, "-0.2"), (Rational(2), 2, "2.00"),
    (Rational(1, 20), 1, "0.1"), (Rational(-1, 20), 1, "-0.1"), (Rational(-1, 100), 1, "0.0"),
  ])
  func formatsRoundingHalfAwayFromZero(value: Rational, places: Int, expected: String) {
    #expect(value.formatted(places: places) == expected)
  }

  /// `formatted` against a plain reference in 128-bit arithmetic, on seeded random values
  /// small and large (the 64-bit fast path and the 128-bit one) and every number of places.
  @Test func formatsAsTheReferenceDoes() {
    var generator = SeededGenerator(seed: 42)
    for round in 0..<2000 {
      let magnitude: Int128 =
        round % 5 == 0
        ? Int128(generator.next() >> 1) * 1_000_000_000 : Int128(generator.next() % 100_000)
      let numerator = generator.next() % 2 == 0 ? magnitude : -magnitude
      let denominator = Int128(generator.next() % 9_999 + 1)
      let value = Rational(numerator, denominator)
      // Small values to every place a 64-bit power of ten has, and past it: the product leaves
      // 64 bits somewhere in between.
      for places in 0...(round % 5 == 0 ? 6 : 21) {
        #expect(value.formatted(places: places) == Self.reference(value, places: places))
      }
    }
  }

  static func reference(_ value: Rational, places: Int) -> String {
    var scale: UInt128 = 1
    for _ in 0..<places { scale *= 10 }
    let d = value.denominator.magnitude
    let rounded = (value.numerator.magnitude * scale * 2 + d) / (2 * d)
    let sign = value.numerator < 0 && rounded != 0 ? "-" : ""
    guard places > 0 else { return sign + String(rounded) }
    let fraction = String(rounded % scale)
    return sign + String(rounded / scale) + "."
      + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// The comparisons of a rounded value that reasons use agree with rounding, then comparing.
  @Test func comparesRoundedValuesAsRoundingThenComparing() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<3000 {
      let value = Rational(
        Int128(Int(generator.next() % 20_001) - 10_000), Int128(generator.next() % 997 + 1))
      let threshold = Rational(
        Int128(Int(generator.next() % 41) - 20), Int128(generator.next() % 4 + 1))
      for places in 0...6 {
        #expect(
          value.rounded(places: places, isAtLeast: threshold)
            == (value.rounded(places: places) >= threshold))
        #expect(value.roundsToZero(places: places) == (value.rounded(places: places) == .zero))
      }
    }
  }

  /// Fractions are kept in lowest terms, with a positive denominator, whatever the common factor
  /// (powers of two, odd primes, both) and the signs, against Euclid's algorithm.
  @Test func reducesToLowestTermsAsEuclidDoes() {
    func euclid(_ a: Int128, _ b: Int128) -> Int128 {
      var (x, y) = (a.magnitude, b.magnitude)
      while y != 0 { (x, y) = (y, x % y) }
      return Int128(x)
    }
    var generator = SeededGenerator(seed: 11)
    for round in 0..<3000 {
      let factor = Int128(generator.next() % 4096 + 1) << (round % 7)
      let numerator = Int128(Int(generator.next() % 200_001) - 100_000) * factor
      let denominator = Int128(Int(generator.next() % 20_001) - 10_000) * factor
      guard denominator != 0 else { continue }
      let value = Rational(numerator, denominator)
      let divisor = euclid(numerator, denominator)
      let sign: Int128 = denominator < 0 ? -1 : 1
      #expect(value.numerator == sign * numerator / divisor)
      #expect(value.denominator == sign * denominator / divisor)
      #expect(value.denominator > 0)
      #expect(-value == Rational(-numerator, denominator))
      #expect((-value).denominator == value.denominator)
    }
    #expect(Rational(0, 7) == .zero)
    #expect(Rational(0, -7).denominator == 1)
    #expect(Rational(1 << 40, 1 << 43) == Rational(1, 8))
  }
}
