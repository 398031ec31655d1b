import Testing

@testable import ThiduaCore

@Suite struct TextBuilderTests {
  @Test(arguments: [0, 7, -7, 10, 2025, -100, Int.max, Int.min])
  func writesIntegersAsStringDoes(value: Int) {
    var text = TextBuilder(capacity: 1)
    text.write(value)
    #expect(text.text == String(value))
  }

  /// Every number below 10,000, the years and most counts, which take a path of their own.
  @Test func writesEveryNumberBelowTenThousandAsStringDoes() {
    var text = TextBuilder(capacity: 1)
    for value in 0..<10_000 { text.write(value, ",") }
    #expect(text.text == (0..<10_000).map { "\($0)," }.joined())
  }

  /// Every number of digits, at both ends, either sign: the digits are counted by comparisons
  /// up to four and by divisions beyond.
  @Test func writesEveryLengthOfIntegerAsStringDoes() {
    var text = TextBuilder(capacity: 1)
    var expected = ""
    var power = 1
    for _ in 0..<18 {
      for value in [power - 1, power, power + 1, 2 * power - 1, 10 * power - 1] {
        for signed in [value, -value] {
          text.write(signed, " ")
          expected += "\(signed) "
        }
      }
      power *= 10
    }
    #expect(text.text == expected)
  }

  @Test func growsPastItsFirstCapacity() {
    var text = TextBuilder(capacity: 16)
    var expected = ""
    for index in 0..<2_000 {
      text.write(index, "→", "Xã Thạnh Phong", "; ")
      expected += "\(index)→Xã Thạnh Phong; "
    }
    #expect(text.text == expected)
    let count = text.count
    #expect(count == expected.utf8.count)
  }

  @Test func writesRationalsAsFormattedAndAsDecimals() {
    var text = TextBuilder()
    text.write(Rational(-219, 10), places: 2)
    text.write(" ", Rational(20), " ", Rational(5, 2), " ", Rational(1, 3))
    #expect(text.text == "-21.90 20 2.5 0.333333")
  }

  @Test func truncatesAndReportsTheLastByte() {
    var text = TextBuilder()
    text.write("abc  ")
    let last = text.last
    #expect(last == UInt8(ascii: " "))
    text.truncate(to: 3)
    #expect(text.text == "abc")
    #expect(text.text(from: 1) == "bc")
    text.append(UInt8(ascii: "-"), times: 3)
    #expect(text.text == "abc---")
  }

  @Test(arguments: [
    ("plain ASCII and “Vietnamese” Xã → 20%", false),
    ("a\ttab", true),
    ("a\nline", true),
    ("Thu\u{309}y", true),
    ("e\u{301}", true),
  ])
  func checksTextsOnlyWhenAskedTo(piece: String, needsCleaning: Bool) {
    var checked = TextBuilder(checksTexts: true)
    checked.write("lead: ", piece, " and more")
    let found = checked.needsCleaning
    #expect(found == needsCleaning)
    checked.startCell()
    let afterReset = checked.needsCleaning
    #expect(!afterReset)
    var unchecked = TextBuilder()
    unchecked.write(piece)
    let uncheckedFound = unchecked.needsCleaning
    #expect(!uncheckedFound)
    #expect(unchecked.text == piece)
  }

  @Test func aLongCleanTextIsCheckedOnceAndStillWritten() {
    let title = String(repeating: "Xã có tỷ lệ hộ nghèo dưới 5% ", count: 3)
    var text = TextBuilder(checksTexts: true)
    for _ in 0..<3 { text.write(title) }
    let cleanSoFar = !text.needsCleaning
    #expect(cleanSoFar)
    #expect(text.text == title + title + title)
    // A different long text that needs cleaning is still caught after a clean one.
    text.write(title + "\t")
    let caught = text.needsCleaning
    #expect(caught)
  }
}
