/// The language of what people read: tables, reasons, `thidua show`, deadlines and messages.
///
/// What scripts read stays English in either language: CSV and TSV column names (except the
/// Vietnamese headers of `--excel`), JSON keys, status values, levels and ids. Text inside those
/// files that is written for people, such as a unit's reason, follows the language.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case english = "en"
  /// Tiếng Việt.
  case vietnamese = "vi"

  /// The language a locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
  /// that is set and not empty (the order in which POSIX lets them override one another) decides;
  /// a value that starts with `vi` (`vi_VN.UTF-8`, `vi`) means Vietnamese, any other English.
  public init(environment: [String: String]) {
    let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
      .compactMap { environment[$0] }
      .first { !$0.isEmpty }
    self = setting?.hasPrefix("vi") == true ? .vietnamese : .english
  }

  /// The language named by the last `--lang VALUE` or `--lang=VALUE` before `--` in `arguments`,
  /// when it names one: messages about the command line itself are written in it, before the
  /// command line is known to be valid.
  public static func requested(in arguments: [String]) -> Language? {
    var requested: Language?
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      let argument = arguments[index]
      index += 1
      if argument == "--lang", index < arguments.count {
        requested = Language(rawValue: arguments[index]) ?? requested
        index += 1
      } else if argument.hasPrefix("--lang=") {
        requested = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? requested
      }
    }
    return requested
  }
}

extension Language {
  /// `number`, written with a decimal point (`2.5`), with the language's decimal mark: `2,5` in
  /// Vietnamese.
  func decimal(_ number: String) -> String {
    guard self == .vietnamese else { return number }
    return String(number.map { $0 == "." ? "," : $0 })
  }
}
