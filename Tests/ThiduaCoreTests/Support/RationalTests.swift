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
}
