import Foundation

/// A household's status in a year's review, as a roster row gives it.
public enum HouseholdStatus: String, Sendable, Hashable, CaseIterable {
  /// Hộ nghèo.
  case poor
  /// Hộ cận nghèo.
  case nearPoor = "near-poor"
  /// Hộ không nghèo.
  case nonPoor = "non-poor"

  /// The Vietnamese word for the status, also accepted in rosters.
  public var vietnamese: String {
    switch self {
    case .poor: return "nghèo"
    case .nearPoor: return "cận nghèo"
    case .nonPoor: return "không nghèo"
    }
  }

  private static let patterns: [(bytes: [UInt8], status: HouseholdStatus)] =
    allCases.flatMap { status in
      [(Array(status.rawValue.utf8), status), (Array(status.vietnamese.utf8), status)]
    }

  /// Reads a cell: `poor`, `near-poor`, `non-poor`, or `nghèo`, `cận nghèo`, `không nghèo`, in any
  /// case, composed or decomposed, with spaces around ignored.
  static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> HouseholdStatus? {
    let bytes = CellValue.trimmed(raw)
    for pattern in patterns where pattern.bytes.count == bytes.count {
      if pattern.bytes.elementsEqual(bytes) { return pattern.status }
    }
    let text = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
      .lowercased().precomposedStringWithCanonicalMapping
    return allCases.first { $0.rawValue == text || $0.vietnamese == text }
  }

  /// The accepted values, for messages.
  static var accepted: String {
    "`poor`, `near-poor` or `non-poor` (or `nghèo`, `cận nghèo`, `không nghèo`)"
  }
}
