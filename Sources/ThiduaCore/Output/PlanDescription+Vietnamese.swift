extension PlanDescription {
  /// A plan in Vietnamese words, piece by piece, as ``PlanDescription`` says it in English: the
  /// public functions of ``PlanDescription`` return these pieces for `language: .vietnamese`, so
  /// that `thidua show PLAN --lang vi` and the report in Vietnamese say a plan the same way, in
  /// the words of the plans (tiêu chí, năm gốc, khen thưởng, sơ kết). Dates are written
  /// `dd/mm/yyyy` and decimals with a comma.
  enum Vietnamese {
    /// The whole of `thidua show PLAN --lang vi`, line for line as in English.
    static func text(of plan: Plan) -> String {
      var lines: [String] = []
      lines.append("\(plan.id) — \(quoted(plan.title))")
      if let decision = plan.decision {
        lines.append("Quyết định: \(sentence(for: decision)).")
      }
      for document in plan.implements {
        lines.append("Thực hiện văn bản: \(sentence(for: document)).")
      }
      lines.append("Thời gian thực hiện: từ năm \(plan.period.from) đến năm \(plan.period.to).")
      lines.append("Múi giờ tính thời hạn: \(plan.timeZone).")
      if let year = plan.baselineYear {
        lines.append("Năm gốc: \(year) (tỷ lệ hộ nghèo \"cuối năm \(year)\").")
      }

      lines.append("")
      if plan.criteria.isEmpty {
        lines.append(
          "Tiêu chí: không có; kế hoạch đề ra mục tiêu nhưng không có tiêu chí về số liệu hộ.")
      } else {
        lines.append(
          "Tiêu chí, xét theo thứ tự sau (tiêu chí đầu tiên áp dụng cho một đơn vị là tiêu chí "
            + "được dùng):")
        for (index, criterion) in plan.criteria.enumerated() {
          lines.append(
            "\(index + 1). \(sentence(for: criterion, baselineYear: plan.baselineYear)).")
        }
        lines.append("")
        lines.append(sentence(for: plan.whenNoPoorHouseholds) + ".")
      }

      if !plan.awards.isEmpty {
        lines.append("")
        lines.append("Khen thưởng:")
        for award in plan.awards {
          lines.append(
            "- \(award.id) — \(quoted(award.title)): \(qualifyingCriteria(of: award)).")
        }
      }

      if !plan.deadlines.isEmpty {
        lines.append("")
        lines.append("Thời hạn:")
        for deadline in plan.deadlines {
          let when = phrase(for: deadline.schedule)
          lines.append("- \(deadline.id) — \(quoted(deadline.title)): \(when).")
        }
        if plan.shiftToWorkingDay {
          lines.append(
            "Thời hạn rơi vào thứ Bảy, Chủ nhật hoặc ngày lễ thì được dời sang ngày làm việc kế "
              + "tiếp.")
        }
      }
      return lines.joined(separator: "\n") + "\n"
    }

    /// "182/QĐ-TANDTC, ngày 13/07/2022, do Tòa án nhân dân tối cao ban hành"; a missing number or
    /// date is said to be missing.
    static func sentence(for document: DocumentReference) -> String {
      var parts = [document.number ?? "không ghi số văn bản"]
      parts.append(document.date.map { "ngày \($0.vietnamese)" } ?? "không ghi ngày")
      if let issuer = document.issuer { parts.append("do \(issuer) ban hành") }
      return parts.joined(separator: ", ")
    }

    /// "id — “title”: áp dụng cho …; đạt khi …, trong 2 năm liên tục".
    static func sentence(for criterion: Criterion, baselineYear: Int?) -> String {
      var text = criterion.id
      if let title = criterion.title { text += " — \(quoted(title))" }
      return text + ": " + rule(of: criterion, baselineYear: baselineYear)
    }

    /// "áp dụng cho các xã …; đạt khi tỷ lệ hộ nghèo giảm từ 2 điểm phần trăm/năm trở lên, trong
    /// 2 năm liên tục": the criterion without its id and title.
    static func rule(of criterion: Criterion, baselineYear: Int?) -> String {
      var text = "áp dụng cho \(phrase(for: criterion.applies, baselineYear: baselineYear))"
      let threshold = Language.vietnamese.decimal(criterion.atLeast.decimalDescription)
      switch criterion.measure {
      case .poorHouseholdsReductionPercent:
        text += "; đạt khi số hộ nghèo giảm từ \(threshold)%/năm trở lên"
      case .povertyRateReductionPoints:
        text += "; đạt khi tỷ lệ hộ nghèo giảm từ \(threshold) điểm phần trăm/năm trở lên"
      }
      if criterion.consecutiveYears == 1 {
        text += ", trong năm được đánh giá"
      } else {
        text += ", trong \(criterion.consecutiveYears) năm liên tục"
      }
      return text
    }

    /// "Năm kết thúc không còn hộ nghèo mà không đạt mức giảm (…) thì được đánh dấu để xem xét,
    /// quyết định", without a final full stop.
    static func sentence(for rule: NoPoorHouseholdsRule) -> String {
      "Năm kết thúc không còn hộ nghèo mà không đạt mức giảm (0 → 0 hộ, hoặc 1,5% → 0%) "
        + consequence(of: rule)
    }

    /// "các tiêu chí được xét: cap-huyen, xa-tu-5", or that no criterion qualifies a unit for it.
    static func qualifyingCriteria(of award: Award) -> String {
      award.criteria.isEmpty
        ? "không có tiêu chí nào để xét hình thức này"
        : "các tiêu chí được xét: " + award.criteria.joined(separator: ", ")
    }

    /// "từ 5% trở lên", "dưới 5%", or both joined by "và": a baseline-rate bound in words.
    static func phrase(for bound: RateBound) -> String {
      var limits: [String] = []
      if let atLeast = bound.atLeast {
        limits.append("từ \(Language.vietnamese.decimal(atLeast.decimalDescription))% trở lên")
      }
      if let below = bound.below {
        limits.append("dưới \(Language.vietnamese.decimal(below.decimalDescription))%")
      }
      return limits.joined(separator: " và ")
    }

    /// `“title”`: titles are quoted as written, inner quotation marks included.
    private static func quoted(_ title: String) -> String {
      "“\(title)”"
    }

    /// "các xã có một trong các nhãn coastal-extremely-difficult, island", "các xã không có nhãn
    /// ward, có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên".
    private static func phrase(for selector: Selector, baselineYear: Int?) -> String {
      var text: String
      switch selector.level {
      case .province: text = "các tỉnh"
      case .district: text = "các huyện"
      case .commune: text = "các xã"
      case nil: text = "các đơn vị ở mọi cấp"
      }
      var flagClauses: [String] = []
      if !selector.allFlags.isEmpty {
        flagClauses.append(
          PlanDescription.flags(selector.allFlags, many: "có tất cả các nhãn", one: "có nhãn"))
      }
      if !selector.anyFlag.isEmpty {
        flagClauses.append(
          PlanDescription.flags(selector.anyFlag, many: "có một trong các nhãn", one: "có nhãn"))
      }
      if !selector.noneFlag.isEmpty {
        flagClauses.append(
          PlanDescription.flags(
            selector.noneFlag, many: "không có nhãn nào trong số", one: "không có nhãn"))
      }
      if !flagClauses.isEmpty { text += " " + flagClauses.joined(separator: " và ") }
      if let bound = selector.baselineRate {
        let year = baselineYear.map { "cuối năm \($0)" } ?? "năm gốc"
        text += (flagClauses.isEmpty ? "" : ",") + " có tỷ lệ hộ nghèo \(year) "
        text += phrase(for: bound)
      }
      return text
    }

    private static func consequence(of rule: NoPoorHouseholdsRule) -> String {
      switch rule {
      case .review: return "thì được đánh dấu để xem xét, quyết định"
      case .met: return "thì được tính là đạt"
      case .notMet: return "thì được tính là không đạt"
      }
    }

    /// "hạn 15/12/2023", "trong năm 2023 (…)", "hằng năm vào ngày 15/11 từ 2022 đến 2025, đã
    /// hoàn thành: 2022".
    private static func phrase(for schedule: Deadline.Schedule) -> String {
      switch schedule {
      case .once(let due, let done):
        return "hạn \(due.vietnamese)"
          + (done.map { ", đã hoàn thành ngày \($0.vietnamese)" } ?? "")
      case .duringYear(let year, let done):
        return "trong năm \(year) (văn bản không nêu ngày; coi như hạn chót là 31/12/\(year))"
          + (done.map { ", đã hoàn thành ngày \($0.vietnamese)" } ?? "")
      case .yearly(let month, let day, let from, let to, let done):
        var text =
          "hằng năm vào ngày \(PlanDescription.twoDigits(day))/\(PlanDescription.twoDigits(month))"
        if month == 2, day == 29 { text += " (ngày 28/02 vào những năm không nhuận)" }
        text += " từ năm \(from) đến năm \(to)"
        if !done.isEmpty {
          text += ", đã hoàn thành các năm: " + done.map(String.init).joined(separator: ", ")
        }
        return text
      }
    }
  }
}
