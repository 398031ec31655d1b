/// The administrative level of a unit (cấp tỉnh, cấp huyện, cấp xã).
public enum UnitLevel: String, Sendable, Hashable, CaseIterable, Comparable {
  case province
  case district
  case commune

  private var depth: Int {
    switch self {
    case .province: return 0
    case .district: return 1
    case .commune: return 2
    }
  }

  public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.depth < b.depth }
}

/// An administrative unit as the units file (or the panel's unit columns) describes it.
public struct Unit: Sendable, Hashable {
  public var code: String
  public var name: String
  public var level: UnitLevel
  public var parentCode: String?
  /// Free tags: `ward`, `township`, `coastal-extremely-difficult`, `island`, …
  public var flags: Set<String>

  public init(
    code: String, name: String, level: UnitLevel, parentCode: String? = nil,
    flags: Set<String> = []
  ) {
    self.code = code
    self.name = name
    self.level = level
    self.parentCode = parentCode
    self.flags = flags
  }
}
