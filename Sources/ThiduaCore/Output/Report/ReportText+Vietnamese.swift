extension ReportText {
  /// The report in Vietnamese, in the words of the table and of `thidua show --lang vi` (đủ điều
  /// kiện, cần xem xét, thiếu số liệu, năm gốc, tiêu chí, khen thưởng): statuses and levels as
  /// ``EvaluationRenderer`` names them, decimals with a comma (6,65%).
  public static let vietnamese = ReportText(
    language: .vietnamese,
    title: { year, planTitle in "Kết quả đánh giá năm \(year): \(planTitle)" },
    audience: "Tài liệu trình Hội đồng Thi đua – Khen thưởng",
    planSection: "Kế hoạch",
    summarySection: "Tổng hợp",
    parentsSection: "Theo đơn vị cấp trên",
    eligibilitySection: "Danh sách đủ điều kiện",
    unitsSection: "Từng đơn vị",
    planLabel: "Kế hoạch",
    decisionLabel: "Quyết định",
    implementsLabel: "Thực hiện văn bản",
    periodLabel: "Thời gian thực hiện",
    baselineYearLabel: "Năm gốc",
    evaluationYearLabel: "Năm đánh giá",
    rowsLabel: "Dòng số liệu",
    plan: { id, file in "\(id), đọc từ tệp \(file)" },
    period: { from, to in "từ năm \(from) đến năm \(to)" },
    rows: { "đọc \($0.read), sử dụng \($0.used), loại \($0.rejected)" },
    noDecision: "kế hoạch không nêu văn bản quyết định",
    noBaselineYear: "không có",
    criteriaHeading:
      "Tiêu chí, xét theo thứ tự sau (tiêu chí đầu tiên áp dụng cho một đơn vị là tiêu chí được "
      + "dùng)",
    noCriteria: "Không có: kế hoạch đề ra mục tiêu nhưng không có tiêu chí về số liệu hộ.",
    awardsHeading: "Khen thưởng",
    noAwards: "Kế hoạch không nêu hình thức khen thưởng nào.",
    statusColumn: "Trạng thái",
    unitsColumn: "Số đơn vị",
    meaningColumn: "Ý nghĩa",
    parentColumn: "Đơn vị cấp trên",
    totalRow: "Tổng cộng",
    noParent: "không rõ cấp trên",
    parentsIntro:
      "Mỗi đơn vị được tính vào đơn vị cấp trên ghi trong tệp đơn vị. Sau khi sắp xếp đơn vị "
      + "hành chính năm 2025, xã trực thuộc tỉnh; đơn vị không rõ cấp trên được tính vào "
      + "dòng “không rõ cấp trên”.",
    status: { EvaluationRenderer.statusName($0, in: .vietnamese) },
    statusMeaning: { status in
      switch status {
      case .eligible: return "Mọi năm trong các năm xét đều đạt tiêu chí."
      case .notEligible: return "Có ít nhất một năm trong các năm xét không đạt tiêu chí."
      case .review:
        return "Cần xem xét, quyết định, ví dụ năm kết thúc không còn hộ nghèo."
      case .insufficientData: return "Thiếu số liệu của năm cần xét hoặc của đơn vị trực thuộc."
      case .invalidData: return "Có dòng số liệu của đơn vị bị loại."
      case .noCriterion: return "Không tiêu chí nào của kế hoạch áp dụng cho đơn vị."
      case .merged: return "Đơn vị không còn tồn tại trong năm đánh giá."
      }
    },
    eligibilityIntro:
      "Các đơn vị đạt tiêu chí, kèm hình thức khen thưởng mà tiêu chí cho phép xét, và các đơn "
      + "vị cần xem xét, quyết định, có đánh dấu riêng.",
    eligibilityCount: { eligible, review in
      "\(eligible) đủ điều kiện, \(review) cần xem xét"
    },
    noneEligible: "Không có đơn vị nào đủ điều kiện hoặc cần xem xét.",
    codeColumn: "Mã",
    nameColumn: "Tên đơn vị",
    criterionColumn: "Tiêu chí",
    awardColumn: "Khen thưởng",
    toReview: "cần xem xét, quyết định",
    noAward: "kế hoạch không nêu hình thức khen thưởng cho tiêu chí này",
    unitsIntro:
      "Tất cả đơn vị, theo mã. Biểu đồ thể hiện tỷ lệ hộ nghèo của đơn vị qua các năm, theo "
      + "thang riêng của từng đơn vị; bảng bên cạnh ghi số liệu.",
    legendMet: "năm đạt mức giảm",
    legendNotMet: "năm không đạt",
    legendReview: "cần xem xét, quyết định",
    legendOther: "năm ngoài các năm xét",
    legendTarget: "tỷ lệ cao nhất vẫn đạt mức giảm",
    legendBound: "ngưỡng tỷ lệ năm gốc của tiêu chí",
    chartLabel: "Tỷ lệ hộ nghèo qua các năm",
    levelLabel: "Cấp",
    parentLabel: "Cấp trên",
    criterionLabel: "Tiêu chí",
    boundLabel: "Áp dụng khi",
    awardsLabel: "Khen thưởng",
    warningsLabel: "Cảnh báo",
    level: { EvaluationRenderer.levelName($0, in: .vietnamese) },
    bound: { year, limits in
      "tỷ lệ hộ nghèo " + (year.map { "cuối năm \($0)" } ?? "năm gốc") + " " + limits
    },
    noFigures: "Không có số liệu theo năm.",
    yearRow: "Năm",
    householdsRow: "Tổng số hộ",
    poorRow: "Số hộ nghèo",
    rateRow: "Tỷ lệ hộ nghèo",
    reductionRow: { measure, threshold in
      switch measure {
      case .poorHouseholdsReductionPercent:
        return "Mức giảm số hộ nghèo, % (từ \(threshold) trở lên)"
      case .povertyRateReductionPoints:
        return "Mức giảm tỷ lệ, điểm phần trăm (từ \(threshold) trở lên)"
      }
    },
    resultRow: "Kết quả",
    missing: "—",
    outcome: { outcome in
      switch outcome {
      case .met: return "đạt"
      case .notMet: return "không đạt"
      case .review: return "cần xem xét"
      }
    },
    decimal: { Language.vietnamese.decimal($0) },
    rate: { Language.vietnamese.decimal($0) + "%" })
}
