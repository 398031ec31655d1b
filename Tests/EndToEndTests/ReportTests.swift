import Foundation
import Testing

@Suite struct ReportTests {
  static let sample = [
    "report", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", sampleMergers,
  ]

  @Test func theSampleIsAWellFormedPageWithEveryUnitOfTheEvaluation() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html").path
      let result = try Thidua.run(Self.sample + ["--output", output])
      #expect(result.status == 0)
      #expect(result.stdout == "")
      #expect(result.stderr == "")
      let html = try String(contentsOfFile: output, encoding: .utf8)
      #expect(WellFormedness.problems(in: html) == [])

      // Every unit the evaluation lists has its block, and no other unit does.
      let evaluation = try Thidua.run(
        ["evaluate"] + Self.sample.dropFirst() + ["--format", "csv"])
      let codes = evaluation.stdout.split(separator: "\n").dropFirst().map {
        String($0.prefix { $0 != "," })
      }
      #expect(codes.count == 21)
      for code in codes {
        #expect(html.contains("<div class=\"unit\" id=\"u-\(code)\">"), "unit \(code)")
      }
      #expect(html.components(separatedBy: "<div class=\"unit\"").count == codes.count + 1)
    }
  }

  @Test func theSummaryHasTheCountsOfTheEvaluation() throws {
    let result = try Thidua.run(Self.sample)
    let table = try Thidua.run(["evaluate"] + Self.sample.dropFirst())
    // "21 units: 8 eligible, 4 not-eligible, 1 review, 3 insufficient-data, 2 no-criterion, …"
    let summary = try #require(table.stdout.split(separator: "\n").last)
    let counts = summary.split(separator: ": ")[1].split(separator: ", ").map {
      $0.split(separator: " ").map(String.init)
    }
    #expect(counts.count == 6)
    for count in counts {
      #expect(
        result.stdout.contains(
          "<span class=\"badge s-\(count[1])\">\(count[1].replacingOccurrences(of: "-", with: " "))"
            + "</span></td><td class=\"n\">\(count[0])</td>"), "\(count)")
    }
    #expect(result.stdout.contains("<td class=\"n z\">0</td><td>Rows of the unit were rejected."))
    #expect(result.stdout.contains("<th>Total</th><td class=\"n\">21</td><td></td>"))
    // The merged commune hangs directly under the province; the province has no parent.
    #expect(
      result.stdout.contains(
        "<td><a href=\"#u-90410\">90410</a></td><td>Xã Mẫu Hợp Nhất</td>"
          + "<td><a href=\"#u-90000\">90000 Tỉnh Mẫu</a></td>"))
    #expect(result.stdout.contains("<tr><td><i>no parent</i></td>"))
  }

  @Test func standardOutputFileAndRepeatedRunsGiveTheSameBytes() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html").path
      let toFile = try Thidua.run(Self.sample + ["--output", output])
      let toStdout = try Thidua.run(Self.sample)
      let toDash = try Thidua.run(Self.sample + ["--output", "-"])
      #expect(toFile.status == 0 && toStdout.status == 0 && toDash.status == 0)
      let file = try String(contentsOfFile: output, encoding: .utf8)
      #expect(toStdout.stdout == file)
      #expect(toDash.stdout == file)
      #expect(file.hasPrefix("<!DOCTYPE html>\n"))
      #expect(file.hasSuffix("</html>\n"))
    }
  }

  @Test func namesWithMarkupCharactersAreEscaped() throws {
    try withTemporaryDirectory { directory in
      let units = try write(
        #"""
        unit_code,unit_name,level,parent_code,flags
        70000,"Tỉnh <Thử> & ""Nghiệm""",province,,
        70001,"Xã <script>alert('x')</script>",commune,70000,
        70002,"Xã A&B ""C"" 'D' </div>",commune,70000,

        """#, "units.csv", in: directory)
      let panel = try write(
        """
        unit_code,year,total_households,poor_households
        70001,2021,1000,40
        70001,2022,1000,30
        70001,2023,1000,20
        70002,2021,500,50
        70002,2022,500,40
        70002,2023,500,20

        """, "panel.csv", in: directory)
      let result = try Thidua.run(["report", benTre, "--data", panel, "--units", units])
      #expect(result.status == 0)
      #expect(result.stderr == "")
      let html = result.stdout
      #expect(WellFormedness.problems(in: html) == [])
      #expect(!html.contains("<script"))
      #expect(!html.contains("<Thử>"))
      #expect(html.contains("Xã &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
      #expect(html.contains("Xã A&amp;B &quot;C&quot; &#39;D&#39; &lt;/div&gt;"))
      #expect(
        html.contains("<a href=\"#u-70000\">70000 Tỉnh &lt;Thử&gt; &amp; &quot;Nghiệm&quot;</a>"))
    }
  }

  @Test func skipInvalidReportsTheRejectedUnitInThePage() throws {
    try withTemporaryDirectory { directory in
      let panel = try write(
        """
        unit_code,year,total_households,poor_households
        90101,2023,2150,229
        90101,2024,2150,x
        90101,2025,2150,143

        """, "panel.csv", in: directory)
      let bad = try Thidua.run(["report", benTre, "--data", panel, "--units", sampleUnits])
      #expect(bad.status == 65)
      #expect(bad.stdout == "")
      let skipped = try Thidua.run(
        ["report", benTre, "--data", panel, "--units", sampleUnits, "--skip-invalid"])
      #expect(skipped.status == 0)
      #expect(skipped.stderr.contains("rows: 3 read, 2 used, 1 rejected"))
      #expect(WellFormedness.problems(in: skipped.stdout) == [])
      #expect(
        skipped.stdout.contains(
          "<div class=\"unit\" id=\"u-90101\"><h3>90101 Xã Mẫu A1 "
            + "<span class=\"badge s-invalid-data\">invalid data</span></h3>"))
      #expect(skipped.stdout.contains("<dt>Data rows</dt><dd>3 read, 2 used, 1 rejected</dd>"))
    }
  }

  @Test(arguments: [
    (["report", benTre, "--units", sampleUnits], 64, "error: missing required option '--data"),
    (
      ["report", benTre, "--data", samplePanel, "--format", "csv"], 64, "unknown option '--format'"
    ),
    (["report", benTre, "--data", samplePanel, "--year", "2031"], 64, "outside the plan's period"),
    (
      ["report", benTre, "--data", "no-such-panel.csv"], 66, "no-such-panel.csv: error: cannot read"
    ),
    (["report", "no-such-plan.json", "--data", samplePanel], 66, "no-such-plan.json"),
    (
      ["report", benTre, "--data", samplePanel, "--output", "/nonexistent-folder/report.html"], 73,
      "/nonexistent-folder/report.html: error: cannot write"
    ),
  ])
  func userErrorsHaveTheirExitStatus(arguments: [String], status: Int32, message: String) throws {
    let result = try Thidua.run(arguments)
    #expect(result.status == status)
    #expect(result.stdout == "")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func nothingIsWrittenWhenTheDataHasErrors() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html").path
      try Data("old report\n".utf8).write(to: URL(fileURLWithPath: output))
      let panel = try write(
        "unit_code,year,total_households,poor_households\n90101,2024,2150,-1\n", "panel.csv",
        in: directory)
      let result = try Thidua.run(
        ["report", benTre, "--data", panel, "--units", sampleUnits, "--output", output])
      #expect(result.status == 65)
      #expect(try String(contentsOfFile: output, encoding: .utf8) == "old report\n")
    }
  }

  // MARK: Vietnamese

  /// What a person reads of `html`: the text between tags and the labels of charts for screen
  /// readers, without the style sheet, class names, ids or links.
  static func visibleText(_ html: String) -> String {
    var text = html.replacingOccurrences(
      of: "(?s)<style>.*</style>", with: " ", options: .regularExpression)
    var labels: [String] = []
    var rest = text[...]
    while let start = rest.range(of: "aria-label=\""),
      let end = rest[start.upperBound...].firstIndex(of: "\"")
    {
      labels.append(String(rest[start.upperBound..<end]))
      rest = rest[end...]
    }
    text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    return text + " " + labels.joined(separator: " ")
  }

  @Test func theSampleInVietnameseIsAWellFormedPageInVietnamese() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html").path
      let result = try Thidua.run(Self.sample + ["--lang", "vi", "--output", output])
      #expect(result.status == 0)
      #expect(result.stdout == "")
      #expect(result.stderr == "")
      let html = try String(contentsOfFile: output, encoding: .utf8)
      #expect(WellFormedness.problems(in: html) == [])
      #expect(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"))
      #expect(html.contains("<h1>Kết quả đánh giá năm 2025: Phong trào thi đua"))

      // Every unit, with its status in Vietnamese and its reason as `evaluate --lang vi` gives it.
      let evaluation = try Thidua.run(
        ["evaluate"] + Self.sample.dropFirst() + ["--format", "csv", "--lang", "vi"])
      let rows = evaluation.stdout.split(separator: "\n").dropFirst()
      #expect(rows.count == 21)
      for row in rows {
        let code = String(row.prefix { $0 != "," })
        #expect(html.contains("<div class=\"unit\" id=\"u-\(code)\">"), "unit \(code)")
      }
      #expect(html.components(separatedBy: "<div class=\"unit\"").count == rows.count + 1)
      for (status, name) in [
        ("eligible", "đủ điều kiện"), ("not-eligible", "không đủ điều kiện"),
        ("review", "cần xem xét"), ("insufficient-data", "thiếu số liệu"),
        ("no-criterion", "không có tiêu chí áp dụng"), ("merged", "đã sáp nhập"),
      ] {
        #expect(html.contains("<span class=\"badge s-\(status)\">\(name)</span>"), "\(status)")
      }
      #expect(
        html.contains(
          "<div class=\"unit\" id=\"u-90401\"><h3>90401 Xã Mẫu D1 "
            + "<span class=\"badge s-merged\">đã sáp nhập</span></h3>"))
      #expect(
        html.contains(
          "<p class=\"reason\">đã sáp nhập vào 90410 từ ngày 01/07/2025; không còn được đánh giá "
            + "riêng</p>"))
      #expect(
        html.contains(
          "2023→2024: 40→32 hộ nghèo, −20,0% ≥ 20%; 2024→2025: 32→25 hộ nghèo, −21,9% ≥ 20%"))
      #expect(html.contains("<b>8 đủ điều kiện, 1 cần xem xét</b>"))
      #expect(html.contains("<td>14,65%</td><td>12,65%</td><td>10,65%</td><td>8,65%</td>"))
      #expect(html.contains("<td>23,78</td><td>25,20</td>"))

      // The plan in the words of `show --lang vi`, its dates day first.
      let show = try Thidua.run(["show", benTre, "--lang", "vi"])
      #expect(
        html.contains(
          "<dt>Thực hiện văn bản</dt><dd>666/QĐ-TTg, ngày 02/06/2022, do Thủ tướng Chính phủ "
            + "ban hành</dd>"))
      #expect(show.stdout.contains("666/QĐ-TTg, ngày 02/06/2022, do Thủ tướng Chính phủ ban hành"))
      #expect(
        html.contains(
          "<b>xa-tu-5</b> — “Các xã, thị trấn có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên"))
      #expect(
        show.stdout.contains(
          "áp dụng cho các xã không có nhãn ward, có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên; "
            + "đạt khi tỷ lệ hộ nghèo giảm từ 2 điểm phần trăm/năm trở lên, trong 2 năm liên tục"))
      #expect(
        html.contains(
          ": áp dụng cho các xã không có nhãn ward, có tỷ lệ hộ nghèo cuối năm 2021 từ 5% trở lên; "
            + "đạt khi tỷ lệ hộ nghèo giảm từ 2 điểm phần trăm/năm trở lên, trong 2 năm liên tục."))
      #expect(
        html.contains(
          "<p>Năm kết thúc không còn hộ nghèo mà không đạt mức giảm (0 → 0 hộ, hoặc 1,5% → 0%) thì "
            + "được đánh dấu để xem xét, quyết định.</p>"))
      #expect(html.contains("(bang-khen-tinh): các tiêu chí được xét: xa-bai-ngang-ven-bien-dao"))

      // No English word reaches what an officer reads. Plan keys keep their name, as they are
      // typed in a plan; flags, ids and file names are the plan's and the data's own.
      let text = Self.visibleText(html).replacingOccurrences(
        of: "(whenNoPoorHouseholds: review)", with: "")
      let words = Set(text.split { !$0.isLetter }.map(String.init))
      let english = [
        "households", "Households", "poor", "eligible", "Eligible", "Summary", "reason", "Reason",
        "review", "Review", "Total", "Year", "Level", "Parent", "parent", "Criterion", "Criteria",
        "Awards", "Award", "Plan", "Decision", "Implements", "Period", "dated", "issued", "applies",
        "met", "rate", "Rate", "units", "Units", "merged", "data", "insufficient", "criterion",
        "the", "and", "of", "by", "to", "or", "no", "not", "none", "read", "used", "rejected",
      ]
      #expect(english.filter(words.contains) == [])
      // Dates are written day first: no ISO date is left in the text.
      #expect(text.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil)
      #expect(text.contains("01/07/2025"))
    }
  }

  @Test func theLocaleChoosesTheLanguageOfThePage() throws {
    let vietnamese = try Thidua.run(Self.sample + ["--lang", "vi"])
    let english = try Thidua.run(Self.sample)
    #expect(vietnamese.status == 0 && english.status == 0)
    #expect(vietnamese.stdout.contains("lang=\"vi\""))
    #expect(english.stdout.contains("lang=\"en\""))
    let locale = try Thidua.run(Self.sample, environment: ["LANG": "vi_VN.UTF-8"])
    #expect(locale.stdout == vietnamese.stdout)
    let overridden = try Thidua.run(
      Self.sample + ["--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(overridden.stdout == english.stdout)
  }

  @Test func aWarningIsWrittenInTheLanguageOfThePage() throws {
    try withTemporaryDirectory { directory in
      let units = try write(
        "unit_code,unit_name,level,parent_code,flags\n90100,Huyện A,district,,\n"
          + "90101,Xã A1,commune,90100,\n", "units.csv", in: directory)
      let panel = try write(
        "unit_code,year,total_households,poor_households\n90100,2023,1000,50\n90100,2024,1000,40\n"
          + "90100,2025,1000,30\n90101,2023,1000,50\n90101,2024,1000,41\n90101,2025,1000,30\n",
        "panel.csv", in: directory)
      let arguments = ["report", benTre, "--data", panel, "--units", units]
      let vietnamese = try Thidua.run(arguments + ["--lang", "vi"])
      #expect(vietnamese.status == 0)
      let warning =
        "năm 2024: dòng số liệu riêng ghi 40 hộ nghèo trên 1000 hộ, tổng của 1 đơn vị trực thuộc "
        + "là 41 trên 1000 hộ; dùng dòng số liệu riêng"
      #expect(vietnamese.stdout.contains("<p class=\"warn\"><b>Cảnh báo</b>: \(warning)</p>"))
      #expect(vietnamese.stderr == "cảnh báo: đơn vị 90100: \(warning)\n")
      let english = try Thidua.run(arguments)
      let englishWarning =
        "2024: own row says 40 poor of 1000 households, its 1 children sum to 41 of 1000; the own "
        + "row is used"
      #expect(english.stdout.contains("<p class=\"warn\"><b>Warnings</b>: \(englishWarning)</p>"))
      #expect(english.stderr == "warning: unit 90100: \(englishWarning)\n")
    }
  }

  @Test func helpNamesTheCommand() throws {
    let result = try Thidua.run(["report", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("self-contained HTML page"))
    let tool = try Thidua.run(["--help"])
    #expect(tool.stdout.contains("report"))
  }
}
