/// The text of `thidua show PLAN`: the plan in English sentences, its Vietnamese titles quoted as
/// written, criteria in the order they are tried.
///
/// A pure function of the plan; the caller prints it. Every line ends with a newline. In
/// Vietnamese (`language`), the same in Vietnamese sentences, dates written `dd/mm/yyyy`.
public func describe(_ plan: Plan, language: Language = .english) -> String {
  PlanDescription.text(of: plan, in: language)
}

/// A plan in words, piece by piece: `thidua show` prints them as lines and the HTML report
/// (``ReportRenderer``) lays the same pieces out, so both say a plan the same way in either
/// language. The English pieces are written here, the Vietnamese ones in
/// ``PlanDescription/Vietnamese``.
public enum PlanDescription {
  /// The whole of `thidua show PLAN`. Every line ends with a newline.
  public static func text(of plan: Plan, in language: Language = .english) -> String {
    if language == .vietnamese { return Vietnamese.text(of: plan) }
    var lines: [String] = []
    lines.append("\(plan.id) — \(quoted(plan.title))")
    if let decision = plan.decision {
      lines.append("Decision: \(sentence(for: decision)).")
    }
    for document in plan.implements {
      lines.append("Implements: \(sentence(for: document)).")
    }
    lines.append("Period: \(plan.period.from) to \(plan.period.to).")
    lines.append("Time zone for deadlines: \(plan.timeZone).")
    if let year = plan.baselineYear {
      lines.append("Baseline year: \(year) (poverty rates \"at the end of \(year)\").")
    }

    lines.append("")
    if plan.criteria.isEmpty {
      lines.append("Criteria: none; the plan sets goals but no criteria on household figures.")
    } else {
      lines.append("Criteria, tried in this order (the first that applies to a unit decides):")
      for (index, criterion) in plan.criteria.enumerated() {
        lines.append("\(index + 1). \(sentence(for: criterion, baselineYear: plan.baselineYear)).")
      }
      lines.append("")
      lines.append(sentence(for: plan.whenNoPoorHouseholds) + ".")
    }

    if !plan.awards.isEmpty {
      lines.append("")
      lines.append("Awards:")
      for award in plan.awards {
        lines.append("- \(award.id) — \(quoted(award.title)): \(qualifyingCriteria(of: award)).")
      }
    }

    if !plan.deadlines.isEmpty {
      lines.append("")
      lines.append("Deadlines:")
      for deadline in plan.deadlines {
        let when = phrase(for: deadline.schedule)
        lines.append("- \(deadline.id) — \(quoted(deadline.title)): \(when).")
      }
      if plan.shiftToWorkingDay {
        lines.append(
          "A deadline that falls on a weekend or public holiday moves to the next working day.")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "182/QĐ-TANDTC, dated 2022-07-13, issued by Tòa án nhân dân tối cao"; a missing number or
  /// date is said to be missing rather than left out silently.
  public static func sentence(
    for document: DocumentReference, in language: Language = .english
  ) -> String {
    if language == .vietnamese { return Vietnamese.sentence(for: document) }
    var parts = [document.number ?? "no document number given"]
    parts.append(document.date.map { "dated \($0.iso)" } ?? "no date given")
    if let issuer = document.issuer { parts.append("issued by \(issuer)") }
    return parts.joined(separator: ", ")
  }

  /// "id — “title”: applies to …; met when …, 2 consecutive years".
  public static func sentence(
    for criterion: Criterion, baselineYear: Int?, in language: Language = .english
  ) -> String {
    if language == .vietnamese {
      return Vietnamese.sentence(for: criterion, baselineYear: baselineYear)
    }
    var text = criterion.id
    if let title = criterion.title { text += " — \(quoted(title))" }
    return text + ": " + rule(of: criterion, baselineYear: baselineYear)
  }

  /// "applies to communes …; met when the poverty rate falls by at least 2 percentage points a
  /// year, 2 consecutive years": the criterion without its id and title.
  public static func rule(
    of criterion: Criterion, baselineYear: Int?, in language: Language = .english
  ) -> String {
    if language == .vietnamese { return Vietnamese.rule(of: criterion, baselineYear: baselineYear) }
    var text = "applies to \(phrase(for: criterion.applies, baselineYear: baselineYear))"
    let threshold = criterion.atLeast.decimalDescription
    switch criterion.measure {
    case .poorHouseholdsReductionPercent:
      text += "; met when the number of poor households falls by at least \(threshold)% a year"
    case .povertyRateReductionPoints:
      let unit = criterion.atLeast == Rational(1) ? "percentage point" : "percentage points"
      text += "; met when the poverty rate falls by at least \(threshold) \(unit) a year"
    }
    if criterion.consecutiveYears == 1 {
      text += ", in the year evaluated"
    } else {
      text += ", \(criterion.consecutiveYears) consecutive years"
    }
    return text
  }

  /// "A year that ends with no poor households and does not meet its measure (…) is marked for
  /// review by a person", without a final full stop.
  public static func sentence(
    for rule: NoPoorHouseholdsRule, in language: Language = .english
  ) -> String {
    if language == .vietnamese { return Vietnamese.sentence(for: rule) }
    return
      "A year that ends with no poor households and does not meet its measure (0 → 0 households, "
      + "or 1.5% → 0%) \(consequence(of: rule))"
  }

  /// "qualifying criteria: cap-huyen, xa-tu-5", or that no criterion qualifies a unit for it.
  public static func qualifyingCriteria(of award: Award, in language: Language = .english)
    -> String
  {
    if language == .vietnamese { return Vietnamese.qualifyingCriteria(of: award) }
    return award.criteria.isEmpty
      ? "no criterion qualifies a unit for it"
      : "qualifying criteria: " + award.criteria.joined(separator: ", ")
  }

  /// "at least 5%", "below 5%", or both joined by "and": a baseline-rate bound in words.
  public static func phrase(for bound: RateBound, in language: Language = .english) -> String {
    if language == .vietnamese { return Vietnamese.phrase(for: bound) }
    var limits: [String] = []
    if let atLeast = bound.atLeast { limits.append("at least \(atLeast.decimalDescription)%") }
    if let below = bound.below { limits.append("below \(below.decimalDescription)%") }
    return limits.joined(separator: " and ")
  }
}

extension PlanDescription {
  /// `“title”`: Vietnamese titles are quoted as written, inner quotation marks included.
  private static func quoted(_ title: String) -> String {
    "“\(title)”"
  }

  /// "communes with any of the flags coastal-extremely-difficult, island", "communes without the
  /// flag ward whose poverty rate at the end of 2021 was at least 5%".
  private static func phrase(for selector: Selector, baselineYear: Int?) -> String {
    var text: String
    switch selector.level {
    case .province: text = "provinces"
    case .district: text = "districts"
    case .commune: text = "communes"
    case nil: text = "units of any level"
    }
    var flagClauses: [String] = []
    if !selector.allFlags.isEmpty {
      flagClauses.append(
        flags(selector.allFlags, many: "with all of the flags", one: "with the flag"))
    }
    if !selector.anyFlag.isEmpty {
      flagClauses.append(
        flags(selector.anyFlag, many: "with any of the flags", one: "with the flag"))
    }
    if !selector.noneFlag.isEmpty {
      flagClauses.append(
        flags(selector.noneFlag, many: "with none of the flags", one: "without the flag"))
    }
    if !flagClauses.isEmpty { text += " " + flagClauses.joined(separator: " and ") }
    if let bound = selector.baselineRate {
      let year = baselineYear.map { "at the end of \($0)" } ?? "in the baseline year"
      text += " whose poverty rate \(year) was " + phrase(for: bound)
    }
    return text
  }

  /// "with the flag island", "with any of the flags a, b": `one` or `many`, then the names.
  static func flags(_ names: [String], many: String, one: String) -> String {
    names.count == 1 ? "\(one) \(names[0])" : "\(many) \(names.joined(separator: ", "))"
  }

  private static func consequence(of rule: NoPoorHouseholdsRule) -> String {
    switch rule {
    case .review: return "is marked for review by a person"
    case .met: return "counts as met"
    case .notMet: return "counts as not met"
    }
  }

  /// "due 2023-12-15", "during 2023 (…)", "every year on 11-15 from 2022 to 2025, done: 2022".
  private static func phrase(for schedule: Deadline.Schedule) -> String {
    switch schedule {
    case .once(let due, let done):
      return "due \(due.iso)" + (done.map { ", done on \($0.iso)" } ?? "")
    case .duringYear(let year, let done):
      return "during \(year) (the text gives no day; treated as due by \(year)-12-31)"
        + (done.map { ", done on \($0.iso)" } ?? "")
    case .yearly(let month, let day, let from, let to, let done):
      let on = twoDigits(month) + "-" + twoDigits(day)
      var text = "every year on \(on)"
      if month == 2, day == 29 { text += " (on 02-28 in years that are not leap years)" }
      text += " from \(from) to \(to)"
      if !done.isEmpty {
        text += ", done: " + done.map(String.init).joined(separator: ", ")
      }
      return text
    }
  }

  /// `07`, `15`: a month or a day as dates write it.
  static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
