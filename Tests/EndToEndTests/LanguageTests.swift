import Foundation
import Testing

/// `--lang vi|en` and the locale environment, through the binary: what an officer reads is in
/// Vietnamese, what a script reads stays as it was.
@Suite struct LanguageTests {
  static let sample = [
    "evaluate", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", sampleMergers,
  ]

  @Test func theSampleInVietnamese() throws {
    let result = try Thidua.run(Self.sample + ["--lang", "vi"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try Golden.check(result.stdout, against: "evaluate-sample-vi.table")
  }

  @Test func theLocaleChoosesTheLanguageAndLangOverridesIt() throws {
    let vietnamese = try Thidua.run(Self.sample + ["--lang", "vi"]).stdout
    let english = try Thidua.run(Self.sample).stdout
    #expect(vietnamese != english)
    #expect(vietnamese.hasPrefix("Kết quả đánh giá năm 2025: "))
    #expect(english.hasPrefix("Evaluation of 2025: "))
    let cases: [([String: String], [String], String)] = [
      (["LANG": "vi_VN.UTF-8"], [], vietnamese),
      (["LANG": "vi_VN.UTF-8"], ["--lang", "en"], english),
      (["LANG": "en_US.UTF-8"], ["--lang=vi"], vietnamese),
      (["LC_MESSAGES": "vi_VN.UTF-8"], [], vietnamese),
      (["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"], [], english),
      (["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], [], vietnamese),
    ]
    for (environment, arguments, expected) in cases {
      let result = try Thidua.run(Self.sample + arguments, environment: environment)
      #expect(result.status == 0)
      #expect(result.stdout == expected, "\(environment) \(arguments)")
    }
    // Before the command's name too.
    let first = try Thidua.run(["--lang", "vi"] + Self.sample)
    #expect(first.stdout == vietnamese)
  }

  @Test func errorsAreWrittenInVietnamese() throws {
    let vietnamese = ["LANG": "vi_VN.UTF-8"]
    let missing = try Thidua.run(
      ["evaluate", benTre, "--data", "no-such.csv"], environment: vietnamese)
    #expect(missing.status == 66)
    #expect(missing.stdout == "")
    #expect(missing.stderr == "no-such.csv: lỗi: không đọc được: không có tệp hoặc thư mục này\n")

    let option = try Thidua.run(["evaluate", benTre, "--formt", "csv"], environment: vietnamese)
    #expect(option.status == 64)
    #expect(
      option.stderr
        == "lỗi: không có tùy chọn '--formt'; có phải ý bạn là '--format'?\n"
        + "xem 'thidua evaluate --help'\n")

    let english = try Thidua.run(
      ["evaluate", benTre, "--formt", "csv", "--lang", "en"], environment: vietnamese)
    #expect(
      english.stderr == "error: unknown option '--formt'; did you mean '--format'?\n"
        + "see 'thidua evaluate --help'\n")

    let language = try Thidua.run(["show", benTre, "--lang", "fr"], environment: vietnamese)
    #expect(language.status == 64)
    #expect(language.stderr.hasPrefix("lỗi: --lang không nhận giá trị 'fr'; cần một trong"))
  }

  @Test func badRowsAndPlansAreReportedInVietnamese() throws {
    try withTemporaryDirectory { directory in
      let data = try write(
        "unit_code,year,total_households,poor_households\n90101,2024,1.000,5\n90101,2025,100,200\n",
        "bad.csv", in: directory)
      let rows = try Thidua.run(["evaluate", benTre, "--data", data, "--lang", "vi"])
      #expect(rows.status == 65)
      #expect(
        rows.stderr == """
          \(data):2:12: lỗi: cột `total_households`: `1.000` có dấu phân cách hàng nghìn; cần viết \
          1000, không có dấu phân cách
          \(data):3:16: lỗi: cột `poor_households`: 200 lớn hơn `total_households` 100; cần nhiều \
          nhất 100

          """)
      let plan = try write(
        "{\"schema\": \"thidua.plan/1\", \"id\": \"x\", \"titel\": \"T\",\n"
          + " \"period\": {\"from\": 2025, \"to\": 2021}}\n", "plan.json", in: directory)
      let check = try Thidua.run(["check", plan, "--lang", "vi"])
      #expect(check.status == 65)
      #expect(
        check.stderr == """
          \(plan):1:40: lỗi: titel: không có khóa `titel`; có phải là `title`?
          \(plan):2:12: lỗi: period: `from` (2025) sau `to` (2021)

          """)
      let ok = try Thidua.run(["check", benTre], environment: ["LANG": "vi_VN.UTF-8"])
      #expect(ok.stdout == "\(benTre): hợp lệ\n")
    }
  }

  @Test func quotingUnitsAndPlanStringsAreReportedInVietnamese() throws {
    try withTemporaryDirectory { directory in
      let vietnamese = ["LANG": "vi_VN.UTF-8"]
      let quoted = try write(
        "unit_code,year,total_households,poor_households\n90101,2024,\"100,5\n", "quote.csv",
        in: directory)
      let quote = try Thidua.run(["evaluate", benTre, "--data", quoted], environment: vietnamese)
      #expect(quote.status == 65)
      #expect(quote.stdout == "")
      #expect(
        quote.stderr
          == "\(quoted):2:12: lỗi: dấu ngoặc kép mở ở đây không được đóng; cần một dấu ngoặc kép "
          + "đóng `\"` trước cuối tệp\n")
      let english = try Thidua.run(
        ["evaluate", benTre, "--data", quoted, "--lang", "en"], environment: vietnamese)
      #expect(
        english.stderr
          == "\(quoted):2:12: error: the quote opened here is never closed; expected a closing "
          + "`\"` before the end of the file\n")

      let units = try write(
        "unit_code,unit_name,level\n90101,Xã A,commune\n90101,Xã B,commune\n", "units.csv",
        in: directory)
      let twice = try Thidua.run(["check-data", "--units", units], environment: vietnamese)
      #expect(twice.status == 65)
      #expect(
        twice.stderr
          == "\(units):3:1: lỗi: cột `unit_code`: `90101` xuất hiện hai lần (dòng 2 và dòng 3); "
          + "mỗi đơn vị chỉ được có một lần\n")

      let plan = try write(
        "{\"schema\": \"thidua.plan/1\", \"id\": \"x\\q\"}\n", "plan.json", in: directory)
      let escape = try Thidua.run(["check", plan], environment: vietnamese)
      #expect(escape.status == 65)
      #expect(
        escape.stderr
          == "\(plan):1:37: lỗi: id: chuỗi thoát (escape) không hợp lệ; các chuỗi thoát là "
          + "\\\" \\\\ \\/ \\b \\f \\n \\r \\t và \\uXXXX\n")

      let version = try Thidua.run(["--version", "extra"], environment: vietnamese)
      #expect(version.status == 64)
      #expect(version.stderr.hasPrefix("lỗi: thừa đối số 'extra' sau '--version'\n"))
    }
  }

  @Test func skippedRowsAreCountedInVietnamese() throws {
    try withTemporaryDirectory { directory in
      let data = try write(
        "unit_code,year,total_households,poor_households\n90101,2024,100,5\n90101,2025,abc,5\n",
        "bad.csv", in: directory)
      let result = try Thidua.run(
        ["evaluate", benTre, "--data", data, "--skip-invalid", "--format", "csv", "--lang", "vi"])
      #expect(result.status == 0)
      #expect(result.stderr.hasSuffix("số dòng: đọc 2, sử dụng 1, loại 1\n"))
      #expect(result.stdout.hasPrefix("unit_code,unit_name,level,criterion,status,reason\n"))
      #expect(
        result.stdout.contains(
          ",invalid-data,1 dòng của đơn vị này bị loại: \(data):3:12: cột `total_households`: "
            + "`abc` không phải là số; cần số hộ là một số nguyên\n"))
    }
  }

  @Test func excelHeadersAreVietnameseAndPlainCSVKeepsEnglishOnes() throws {
    let arguments = ["eligible", benTre, "--data", samplePanel, "--units", sampleUnits]
    let excel = try Thidua.run(arguments + ["--excel", "--lang", "vi"])
    #expect(excel.status == 0)
    #expect(
      excel.stdout.hasPrefix(
        "\u{FEFF}Mã đơn vị,Tên đơn vị,Cấp,Tiêu chí,Trạng thái,Lý do,Mã khen thưởng,Khen thưởng\r\n"
      ))
    #expect(excel.stdout.contains(",eligible,"))
    #expect(excel.stdout.contains("\"đạt “Cấp huyện"))
    let plain = try Thidua.run(
      arguments + ["--format", "csv"], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(
      plain.stdout.hasPrefix(
        "unit_code,unit_name,level,criterion,status,reason,award,award_title\n"))
    #expect(plain.stdout.contains(",commune,xa-tu-5,eligible,\"đạt “"))
    let english = try Thidua.run(arguments + ["--excel"])
    #expect(
      english.stdout.hasPrefix(
        "\u{FEFF}unit_code,unit_name,level,criterion,status,reason,award,award_title\r\n"))
    let help = try Thidua.run(["eligible", "--help"])
    #expect(help.stdout.contains("--lang LANG"))
    #expect(help.stdout.contains("Mã đơn vị"))
  }

  @Test func showAndDeadlinesWriteDatesDayFirst() throws {
    let show = try Thidua.run(["show", benTre, "--lang", "vi"])
    #expect(show.status == 0)
    try Golden.check(show.stdout, against: "show-ben-tre-vi.txt")

    try withTemporaryDirectory { directory in
      let plan = DeadlinesTests.plan(
        "p", shiftToWorkingDay: true, decision: "55/KH-SVHTTDL",
        deadlines: [DeadlinesTests.once("bao-cao", due: "2025-11-15", title: "Báo cáo năm")])
      _ = try write(plan, "p.json", in: directory)
      let deadlines = try Thidua.run(
        ["deadlines", "p.json", "--today", "2025-11-01", "--lang", "vi"], in: directory)
      #expect(deadlines.status == 10)
      #expect(
        deadlines.stdout == """
          Hạn         Thời gian    Kế hoạch  Mốc      Nội dung     Văn bản                        Ghi chú
          ----------  -----------  --------  -------  -----------  -----------------------------  -------
          17/11/2025  còn 16 ngày  p         bao-cao  Báo cáo năm  55/KH-SVHTTDL ngày 01/03/2022  dời từ ngày 15/11/2025: 15/11/2025 là thứ Bảy, 16/11/2025 là Chủ nhật

          0 quá hạn, 1 đến hạn trong khoảng thời gian xét

          """)
      let csv = try Thidua.run(
        ["deadlines", "p.json", "--today", "2025-11-01", "--format", "csv", "--lang", "vi"],
        in: directory)
      #expect(csv.stdout.hasPrefix("plan,deadline,title,due,days_left,state,decision,note\n"))
      #expect(csv.stdout.contains(",2025-11-17,16,due,"))
    }
  }
}
