import Foundation
import Testing

@Suite struct ReportTests {
  static let sample = [
    "report", benTre, "--data", samplePanel, "--units", sampleUnits, "--mergers", sampleMergers,
  ]

  @Test func theSampleIsAWellFormedPageWithEveryUnitOfTheEvaluation() throws {
    let directory = try temporaryDirectory()
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
    let directory = try temporaryDirectory()
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

  @Test func namesWithMarkupCharactersAreEscaped() throws {
    let directory = try temporaryDirectory()
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

  @Test func skipInvalidReportsTheRejectedUnitInThePage() throws {
    let directory = try temporaryDirectory()
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
    let directory = try temporaryDirectory()
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

  @Test func helpNamesTheCommand() throws {
    let result = try Thidua.run(["report", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("self-contained HTML page"))
    let tool = try Thidua.run(["--help"])
    #expect(tool.stdout.contains("report"))
  }
}
