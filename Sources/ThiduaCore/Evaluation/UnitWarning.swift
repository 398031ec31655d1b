/// Something a person should know about a unit that does not change its status, as data: written
/// in words, in the language of the output, only when output (as ``Explanation`` is for reasons).
enum UnitWarning: Sendable, Hashable {
  /// A text given as it is, the same in every language.
  case text(String)
  /// The unit's own row of `year` differs from the sum of its `children` standing children; the
  /// own row is used.
  case ownRowDiffers(year: Int, own: HouseholdCounts, children: Int, sum: HouseholdCounts)

  /// "2024: own row says 40 poor of 1000 households, its 1 children sum to 41 of 1000; the own
  /// row is used"; in Vietnamese "năm 2024: dòng số liệu riêng ghi 40 hộ nghèo trên 1000 hộ, …".
  func text(in language: Language) -> String {
    switch (self, language) {
    case (.text(let text), _):
      return text
    case (.ownRowDiffers(let year, let own, let children, let sum), .english):
      return "\(year): own row says \(own.poor) poor of \(own.total) households, "
        + "its \(children) children sum to \(sum.poor) of \(sum.total); the own row is used"
    case (.ownRowDiffers(let year, let own, let children, let sum), .vietnamese):
      return "năm \(year): dòng số liệu riêng ghi \(own.poor) hộ nghèo trên \(own.total) hộ, "
        + "tổng của \(children) đơn vị trực thuộc là \(sum.poor) trên \(sum.total) hộ; "
        + "dùng dòng số liệu riêng"
    }
  }
}
