import Foundation
import Testing

/// `thidua deadlines` through the binary, as cron and an officer use it: exit statuses 0/10/11,
/// the window, `--quiet`, every format, yearly and done deadlines, moves to working days, and
/// "today" taken in the plan's time zone. Every case but the last gives `--today`, so it does not
/// depend on the clock.
@Suite struct DeadlinesTests {
  // MARK: Plans and runs

  /// A plan with `deadlines` (each one JSON object on its own line, from line 7 on when no
  /// optional key is given).
  static func plan(
    _ id: String, timeZone: String? = nil, shiftToWorkingDay: Bool = false,
    decision: String? = nil, deadlines: [String]
  ) -> String {
    var members = [
      "\"schema\": \"thidua.plan/1\"", "\"id\": \"\(id)\"", "\"title\": \"Plan \(id)\"",
      "\"period\": { \"from\": 2021, \"to\": 2026 }",
    ]
    if let timeZone { members.append("\"timeZone\": \"\(timeZone)\"") }
    if shiftToWorkingDay { members.append("\"shiftToWorkingDay\": true") }
    if let decision {
      members.append("\"decision\": { \"number\": \"\(decision)\", \"date\": \"2022-03-01\" }")
    }
    members.append("\"deadlines\": [\n    " + deadlines.joined(separator: ",\n    ") + "\n  ]")
    return "{\n  " + members.joined(separator: ",\n  ") + "\n}\n"
  }

  /// A one-off deadline, titled "Deadline <id>" unless `title` is given.
  static func once(_ id: String, due: String, done: String? = nil, title: String? = nil) -> String {
    let title = title ?? "Deadline \(id)"
    var text = "{ \"id\": \"\(id)\", \"title\": \"\(title)\", \"due\": \"\(due)\""
    if let done { text += ", \"done\": \"\(done)\"" }
    return text + " }"
  }

  /// A yearly deadline on `day` (MM-DD) from `from` to `to`, `done` in the years given.
  static func yearly(_ id: String, on day: String, from: Int, to: Int, done: [Int] = []) -> String {
    var text =
      "{ \"id\": \"\(id)\", \"title\": \"Deadline \(id)\", \"every\": \"year\", "
      + "\"on\": \"\(day)\", \"from\": \(from), \"to\": \(to)"
    if !done.isEmpty { text += ", \"done\": [\(done.map(String.init).joined(separator: ", "))]" }
    return text + " }"
  }

  /// Runs `thidua deadlines arguments…` in a fresh directory holding `files` (name → text).
  static func deadlines(
    _ arguments: [String], files: [String: String], environment: [String: String] = [:]
  ) throws -> Thidua.Result {
    return try withTemporaryDirectory { directory in
      for (name, text) in files { _ = try write(text, name, in: directory) }
      return try Thidua.run(["deadlines"] + arguments, in: directory, environment: environment)
    }
  }

  /// Runs `thidua deadlines plan.json --today today --within within …` on one plan.
  static func deadlines(
    _ plan: String, today: String, within: Int? = 30, _ more: [String] = []
  ) throws -> Thidua.Result {
    var arguments = ["plan.json", "--today", today]
    if let within { arguments += ["--within", String(within)] }
    return try deadlines(arguments + more, files: ["plan.json": plan])
  }

  /// The fields of one CSV line (RFC 4180 quoting; no line breaks inside fields here).
  static func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      switch (character, quoted) {
      case ("\"", true):
        // A doubled quote inside quotes is one quote; a single one closes the field.
        var lookahead = iterator
        if lookahead.next() == "\"" {
          field.append("\"")
          iterator = lookahead
        } else {
          quoted = false
        }
      case ("\"", false) where field.isEmpty: quoted = true
      case (",", false):
        fields.append(field)
        field = ""
      default: field.append(character)
      }
    }
    fields.append(field)
    return fields
  }

  /// The rows of CSV output, header left out, as `plan deadline due days_left state`.
  static func entries(_ csv: String) -> [String] {
    csv.split(separator: "\n").dropFirst().map { line in
      let fields = csvFields(line)
      return [fields[0], fields[1], fields[3], fields[4], fields[5]].joined(separator: " ")
    }
  }

  /// The `note` column of each CSV row.
  static func notes(_ csv: String) -> [String] {
    csv.split(separator: "\n").dropFirst().map { csvFields($0).last ?? "" }
  }

  /// The objects of `--format json` output.
  static func jsonEntries(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: Any]] {
    let document = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let object = try #require(document as? [String: Any], sourceLocation: sourceLocation)
    return try #require(object["deadlines"] as? [[String: Any]], sourceLocation: sourceLocation)
  }

  /// The date it is now in `zone`, as YYYY-MM-DD.
  static func today(in zone: String) throws -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: zone))
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    let year = try #require(parts.year)
    let month = try #require(parts.month)
    let day = try #require(parts.day)
    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  static let nothingDue = "nothing overdue or due within the window\n"

  // MARK: Exit statuses

  @Test func nothingDueOrOverdueExitsZero() throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("later", due: "2025-12-31")]), today: "2025-11-01")
    #expect(result.status == 0)
    #expect(result.stdout == Self.nothingDue)
    #expect(result.stderr == "")
  }

  @Test func somethingDueWithinTheWindowExitsTen() throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("soon", due: "2025-11-15")]), today: "2025-11-01",
      ["--format", "csv"])
    #expect(result.status == 10)
    #expect(Self.entries(result.stdout) == ["a soon 2025-11-15 14 due"])
    #expect(result.stderr == "")
  }

  @Test func somethingOverdueExitsEleven() throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("late", due: "2025-10-31")]), today: "2025-11-01",
      ["--format", "csv"])
    #expect(result.status == 11)
    #expect(Self.entries(result.stdout) == ["a late 2025-10-31 -1 overdue"])
  }

  @Test func overdueWinsOverDue() throws {
    let plan = Self.plan(
      "a",
      deadlines: [
        Self.once("soon", due: "2025-11-02"), Self.once("late", due: "2025-10-01"),
        Self.once("later", due: "2026-03-01"),
      ])
    let result = try Self.deadlines(plan, today: "2025-11-01", ["--format", "csv"])
    #expect(result.status == 11)
    #expect(
      Self.entries(result.stdout) == ["a late 2025-10-01 -31 overdue", "a soon 2025-11-02 1 due"])
  }

  @Test(arguments: [
    ("2025-10-31", Int32(11), "1 day overdue"),
    ("2025-11-01", Int32(10), "today"),
    ("2025-11-02", Int32(10), "tomorrow"),
    ("2025-12-01", Int32(10), "in 30 days"),
  ])
  func theTableSaysWhenInWords(due: String, status: Int32, when: String) throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: due)]), today: "2025-11-01")
    #expect(result.status == status)
    let row = result.stdout.split(separator: "\n").first { $0.hasPrefix(due) }
    #expect(row?.contains("  \(when)  ") == true, "\(result.stdout)")
  }

  // MARK: The window

  @Test(arguments: [
    ("2025-12-01", Int32(10)),  // today + 30: inside
    ("2025-12-02", Int32(0)),  // today + 31: outside
  ])
  func theWindowIncludesItsLastDay(due: String, status: Int32) throws {
    let plan = Self.plan("a", deadlines: [Self.once("d", due: due)])
    let given = try Self.deadlines(plan, today: "2025-11-01", within: 30)
    #expect(given.status == status)
    let byDefault = try Self.deadlines(plan, today: "2025-11-01", within: nil)
    #expect(byDefault.status == status, "the window is 30 days by default")
  }

  @Test(arguments: [
    (0, "2025-11-01", Int32(10)), (0, "2025-11-02", Int32(0)),
    (7, "2025-11-08", Int32(10)), (7, "2025-11-09", Int32(0)),
  ])
  func otherWindowsToo(within: Int, due: String, status: Int32) throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: due)]), today: "2025-11-01", within: within)
    #expect(result.status == status)
  }

  // MARK: --quiet

  @Test(arguments: [
    ("2025-12-31", Int32(0)), ("2025-11-15", Int32(10)), ("2025-10-15", Int32(11)),
  ])
  func quietPrintsNothingOnlyWhenNothingIsDue(due: String, status: Int32) throws {
    let plan = Self.plan("a", deadlines: [Self.once("d", due: due)])
    let loud = try Self.deadlines(plan, today: "2025-11-01")
    let quiet = try Self.deadlines(plan, today: "2025-11-01", ["--quiet"])
    #expect(loud.status == status)
    #expect(quiet.status == status)
    #expect(quiet.stderr == "")
    if status == 0 {
      #expect(quiet.stdout == "")
      #expect(loud.stdout == Self.nothingDue)
    } else {
      #expect(quiet.stdout == loud.stdout)
      #expect(quiet.stdout.contains("2025-"))
    }
  }

  /// A cron mail carries the plan's warnings along with what is due; a silent run hides them.
  @Test func quietShowsPlanWarningsOnlyWithSomethingToReport() throws {
    // 2027-03-01 lies outside the plan period 2021–2026: a warning, not an error.
    let outside = Self.once("later", due: "2027-03-01")
    let due = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15"), outside]),
      today: "2025-11-01", ["--quiet"])
    #expect(due.status == 10)
    #expect(due.stderr.contains("warning:"))
    let silent = try Self.deadlines(
      Self.plan("a", deadlines: [outside]), today: "2025-11-01", ["--quiet"])
    #expect(silent.status == 0)
    #expect(silent.stdout == "")
    #expect(silent.stderr == "")
  }

  @Test(arguments: ["csv", "tsv", "json", "ndjson"])
  func quietPrintsNotEvenAHeaderWhenNothingIsDue(format: String) throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-12-31")]), today: "2025-11-01",
      ["--quiet", "--format", format])
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "")
  }

  // MARK: Formats

  /// One overdue yearly occurrence, one due yearly occurrence and a one-off due on the window's
  /// last day; two years of the yearly deadline are done.
  static let formatsPlan = plan(
    "a", decision: "12/KH-UBND",
    deadlines: [
      once("so-ket", due: "2025-11-20", title: "Sơ kết, giữa kỳ"),
      yearly("nam", on: "11-15", from: 2022, to: 2025, done: [2022, 2023]),
    ])

  static func formats(_ format: String) throws -> Thidua.Result {
    try deadlines(formatsPlan, today: "2025-11-10", within: 10, ["--format", format])
  }

  @Test func csvHasTheDocumentedColumns() throws {
    let result = try Self.formats("csv")
    #expect(result.status == 11)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        plan,deadline,title,due,days_left,state,decision,note
        a,nam,Deadline nam,2024-11-15,-360,overdue,12/KH-UBND of 2022-03-01,
        a,nam,Deadline nam,2025-11-15,5,due,12/KH-UBND of 2022-03-01,
        a,so-ket,"Sơ kết, giữa kỳ",2025-11-20,10,due,12/KH-UBND of 2022-03-01,

        """)
  }

  @Test func tsvHasTheSameColumnsSeparatedByTabs() throws {
    let result = try Self.formats("tsv")
    #expect(result.status == 11)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "plan\tdeadline\ttitle\tdue\tdays_left\tstate\tdecision\tnote")
    #expect(
      lines.dropFirst().first
        == "a\tnam\tDeadline nam\t2024-11-15\t-360\toverdue\t12/KH-UBND of 2022-03-01\t")
    #expect(
      lines.contains(
        "a\tso-ket\tSơ kết, giữa kỳ\t2025-11-20\t10\tdue\t12/KH-UBND of 2022-03-01\t"))
    #expect(lines.count == 5)  // header, three rows, and the empty string after the last newline
  }

  @Test func jsonIsADocumentWithOneObjectPerOccurrence() throws {
    let result = try Self.formats("json")
    #expect(result.status == 11)
    let entries = try Self.jsonEntries(result.stdout)
    try #require(entries.count == 3)
    #expect(entries.map { $0["deadline"] as? String } == ["nam", "nam", "so-ket"])
    #expect(entries.map { $0["due"] as? String } == ["2024-11-15", "2025-11-15", "2025-11-20"])
    #expect(entries.map { $0["days_left"] as? Int } == [-360, 5, 10])
    #expect(entries.map { $0["state"] as? String } == ["overdue", "due", "due"])
    #expect(entries.allSatisfy { $0["plan"] as? String == "a" })
    #expect(entries.allSatisfy { $0["plan_file"] as? String == "plan.json" })
    #expect(entries.allSatisfy { $0["today"] as? String == "2025-11-10" })
    #expect(entries.allSatisfy { $0["decision"] as? String == "12/KH-UBND" })
    #expect(entries.allSatisfy { $0["year_only"] as? Bool == false })
    #expect(entries.allSatisfy { $0["shift_reason"] is NSNull })
    #expect(entries[2]["title"] as? String == "Sơ kết, giữa kỳ")
    #expect(entries[2]["nominal_due"] as? String == "2025-11-20")
  }

  @Test func ndjsonIsOneObjectALine() throws {
    let result = try Self.formats("ndjson")
    #expect(result.status == 11)
    #expect(result.stdout.hasSuffix("}\n"))
    let objects = try result.stdout.split(separator: "\n").map { line in
      try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["due"] as? String } == ["2024-11-15", "2025-11-15", "2025-11-20"])
    #expect(objects.map { $0["days_left"] as? Int } == [-360, 5, 10])
  }

  @Test func theTableIsForPeople() throws {
    let result = try Self.formats("table")
    #expect(result.status == 11)
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first?.split(separator: " ")
        == ["due", "when", "plan", "deadline", "title", "decision", "note"])
    #expect(
      lines.filter { $0.hasPrefix("20") }.map { String($0.prefix(10)) }
        == ["2024-11-15", "2025-11-15", "2025-11-20"])
    #expect(result.stdout.contains("360 days overdue"))
    #expect(result.stdout.contains("in 5 days"))
    #expect(result.stdout.hasSuffix("\n1 overdue, 2 due within the window\n"))
  }

  @Test(arguments: ["table", "csv", "tsv", "json", "ndjson"])
  func everyFormatGivesTheSameExitStatus(format: String) throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15")]), today: "2025-11-01",
      ["--format", format])
    #expect(result.status == 10)
    #expect(result.stderr == "")
  }

  @Test func emptyResultsInEachFormat() throws {
    let plan = Self.plan("a", deadlines: [Self.once("d", due: "2025-12-31")])
    let csv = try Self.deadlines(plan, today: "2025-11-01", ["--format", "csv"])
    #expect(csv.stdout == "plan,deadline,title,due,days_left,state,decision,note\n")
    let json = try Self.deadlines(plan, today: "2025-11-01", ["--format", "json"])
    #expect(try Self.jsonEntries(json.stdout).isEmpty)
    let ndjson = try Self.deadlines(plan, today: "2025-11-01", ["--format", "ndjson"])
    #expect(ndjson.stdout == "")
  }

  // MARK: Order

  @Test func soonestFirstAcrossPlans() throws {
    let result = try Self.deadlines(
      [".", "--today", "2025-11-10", "--format", "csv"],
      files: [
        "b.json": Self.plan(
          "b", deadlines: [Self.once("b1", due: "2025-11-20"), Self.once("b2", due: "2025-11-05")]),
        "a.json": Self.plan(
          "a",
          deadlines: [
            Self.once("a1", due: "2025-11-20"), Self.once("a2", due: "2025-11-12"),
            Self.once("a3", due: "2025-10-01"), Self.once("a4", due: "2026-01-01"),
          ]),
      ])
    #expect(result.status == 11)
    #expect(
      Self.entries(result.stdout) == [
        "a a3 2025-10-01 -40 overdue",
        "b b2 2025-11-05 -5 overdue",
        "a a2 2025-11-12 2 due",
        "a a1 2025-11-20 10 due",  // same day: by plan id
        "b b1 2025-11-20 10 due",
      ])
  }

  @Test func plansNamedSeparatelyAreMergedToo() throws {
    let result = try Self.deadlines(
      ["b.json", "a.json", "--today", "2025-11-10", "--format", "csv"],
      files: [
        "a.json": Self.plan("a", deadlines: [Self.once("a1", due: "2025-11-20")]),
        "b.json": Self.plan("b", deadlines: [Self.once("b1", due: "2025-11-11")]),
      ])
    #expect(result.status == 10)
    #expect(Self.entries(result.stdout) == ["b b1 2025-11-11 1 due", "a a1 2025-11-20 10 due"])
  }

  // MARK: Yearly, done, 29 February, year only

  @Test func aYearlyDeadlineFallsOncePerYearLessTheYearsDone() throws {
    let plan = Self.plan(
      "a", deadlines: [Self.yearly("nam", on: "11-15", from: 2022, to: 2025, done: [2022, 2024])])
    let result = try Self.deadlines(plan, today: "2025-11-01", ["--format", "csv"])
    #expect(result.status == 11)
    #expect(
      Self.entries(result.stdout) == [
        "a nam 2023-11-15 -717 overdue",
        "a nam 2025-11-15 14 due",
      ])
  }

  @Test func aYearlyDeadlineDoneEveryYearIsNotReported() throws {
    let plan = Self.plan(
      "a",
      deadlines: [
        Self.yearly("nam", on: "11-15", from: 2022, to: 2025, done: [2022, 2023, 2024, 2025])
      ])
    let result = try Self.deadlines(plan, today: "2025-11-01")
    #expect(result.status == 0)
    #expect(result.stdout == Self.nothingDue)
  }

  @Test func aOneOffDeadlineDoneIsNotReported() throws {
    let done = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-10-01", done: "2025-09-30")]),
      today: "2025-11-01")
    #expect(done.status == 0)
    #expect(done.stdout == Self.nothingDue)
    let notDone = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-10-01")]), today: "2025-11-01")
    #expect(notDone.status == 11)
  }

  @Test func aYearOnlyDeadlineDoneIsNotReported() throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("so-ket", due: "2023", done: "2023-12-20")]),
      today: "2024-06-01")
    #expect(result.status == 0)
  }

  @Test func aTwentyNinthOfFebruaryFallsOnTheTwentyEighthInOtherYears() throws {
    let plan = Self.plan("a", deadlines: [Self.yearly("f", on: "02-29", from: 2024, to: 2026)])
    let result = try Self.deadlines(plan, today: "2026-02-01", ["--format", "csv"])
    #expect(result.status == 11)
    #expect(
      Self.entries(result.stdout) == [
        "a f 2024-02-29 -703 overdue",
        "a f 2025-02-28 -338 overdue",
        "a f 2026-02-28 27 due",
      ])
  }

  @Test func aYearOnlyDeadlineIsDueByTheEndOfThatYear() throws {
    let plan = Self.plan("a", deadlines: [Self.once("so-ket", due: "2023")])
    let due = try Self.deadlines(plan, today: "2023-12-01", within: 30, ["--format", "csv"])
    #expect(due.status == 10)
    #expect(Self.entries(due.stdout) == ["a so-ket 2023-12-31 30 due"])
    #expect(Self.notes(due.stdout) == ["the plan names only the year 2023"])
    let json = try Self.deadlines(plan, today: "2023-12-01", within: 30, ["--format", "json"])
    let entry = try #require(try Self.jsonEntries(json.stdout).first)
    #expect(entry["year_only"] as? Bool == true)
    #expect(entry["due"] as? String == "2023-12-31")
    let notYet = try Self.deadlines(plan, today: "2023-12-01", within: 29)
    #expect(notYet.status == 0)
    let late = try Self.deadlines(plan, today: "2024-01-01", ["--format", "csv"])
    #expect(late.status == 11)
    #expect(Self.entries(late.stdout) == ["a so-ket 2023-12-31 -1 overdue"])
  }

  // MARK: Working days

  @Test func aDeadlineOnAWeekendMovesToMonday() throws {
    let plan = Self.plan(
      "a", shiftToWorkingDay: true, deadlines: [Self.once("bc", due: "2025-11-15")])  // Saturday
    let result = try Self.deadlines(plan, today: "2025-11-10", ["--format", "csv"])
    #expect(result.status == 10)
    #expect(Self.entries(result.stdout) == ["a bc 2025-11-17 7 due"])
    #expect(
      Self.notes(result.stdout) == [
        "moved from 2025-11-15: 2025-11-15 is a Saturday, 2025-11-16 is a Sunday"
      ])
  }

  @Test func aPlanThatDoesNotAskKeepsItsWeekendDate() throws {
    let plan = Self.plan("a", deadlines: [Self.once("bc", due: "2025-11-15")])
    let result = try Self.deadlines(plan, today: "2025-11-10", ["--format", "csv"])
    #expect(Self.entries(result.stdout) == ["a bc 2025-11-15 5 due"])
    #expect(Self.notes(result.stdout) == [""])
  }

  @Test func aDeadlineOnAHolidayFromTheFileMovesToTheNextWorkingDay() throws {
    let plan = Self.plan(
      "a", shiftToWorkingDay: true, deadlines: [Self.once("bc", due: "2025-11-14")])  // Friday
    let holidays = "# test holidays\n\n2025-11-14,Ngày thử\n2025-12-25\n"
    let files = ["plan.json": plan, "holidays.csv": holidays]
    let args = ["plan.json", "--today", "2025-11-10", "--holidays", "holidays.csv"]
    let csv = try Self.deadlines(args + ["--format", "csv"], files: files)
    #expect(csv.status == 10)
    #expect(csv.stderr == "")
    #expect(Self.entries(csv.stdout) == ["a bc 2025-11-17 7 due"])
    #expect(
      Self.notes(csv.stdout) == [
        "moved from 2025-11-14: 2025-11-14 is a holiday (Ngày thử), 2025-11-15 is a Saturday, "
          + "2025-11-16 is a Sunday"
      ])
    let json = try Self.deadlines(args + ["--format", "json"], files: files)
    let entry = try #require(try Self.jsonEntries(json.stdout).first)
    #expect(entry["nominal_due"] as? String == "2025-11-14")
    #expect(entry["due"] as? String == "2025-11-17")
    #expect((entry["shift_reason"] as? String)?.hasPrefix("2025-11-14 is a holiday") == true)
    let withoutFile = try Self.deadlines(
      ["plan.json", "--today", "2025-11-10", "--format", "csv"], files: files)
    #expect(Self.entries(withoutFile.stdout) == ["a bc 2025-11-14 4 due"])
  }

  @Test func quocKhanhFromTheShippedHolidaysMovesASaturdayToWednesday() throws {
    let holidays = Thidua.packageRoot.appendingPathComponent("campaigns/holidays-vn.csv").path
    let plan = Self.plan(
      "a", shiftToWorkingDay: true, deadlines: [Self.once("bc", due: "2025-08-30")])  // Saturday
    let result = try Self.deadlines(
      plan, today: "2025-08-25", within: 10, ["--holidays", holidays, "--format", "csv"])
    #expect(result.status == 10)
    #expect(result.stderr == "")
    #expect(Self.entries(result.stdout) == ["a bc 2025-09-03 9 due"])
    #expect(
      Self.notes(result.stdout) == [
        "moved from 2025-08-30: 2025-08-30 is a Saturday, 2025-08-31 is a Sunday, "
          + "2025-09-01 is a holiday (Quốc khánh), 2025-09-02 is a holiday (Quốc khánh)"
      ])
    let weekendsOnly = try Self.deadlines(
      plan, today: "2025-08-25", within: 10, ["--format", "csv"])
    #expect(Self.entries(weekendsOnly.stdout) == ["a bc 2025-09-01 7 due"])
  }

  @Test func aBadHolidaysFileIsInvalidData() throws {
    let plan = Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15")])
    let holidays = "2025-09-01,Quốc khánh\n2025-09-02,Quốc khánh\n2/9/2025,Quốc khánh\n"
    let result = try Self.deadlines(
      ["plan.json", "--today", "2025-11-01", "--holidays", "holidays.csv"],
      files: ["plan.json": plan, "holidays.csv": holidays])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "holidays.csv:3:1: error: '2/9/2025' is not a date; write one holiday a line as "
        + "YYYY-MM-DD[,name], e.g. 2025-09-02,Quốc khánh\n")
  }

  @Test(arguments: ["no-such-holidays.csv", "."])
  func anUnreadableHolidaysFileCannotBeRead(path: String) throws {
    let plan = Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15")])
    let result = try Self.deadlines(
      ["plan.json", "--today", "2025-11-01", "--holidays", path], files: ["plan.json": plan])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("\(path): error: cannot read: "))
  }

  // MARK: Bad input

  @Test(arguments: [
    ("15/11/2025", ""), ("2025-11-31", " (November 2025 has 30 days)"), ("2025-11", ""),
    ("today", ""),
  ])
  func aBadTodayIsAUsageError(today: String, why: String) throws {
    let result = try Self.deadlines(
      Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15")]), today: today)
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        "error: --today expects a date such as 2025-11-15, got '\(today)'\(why)\n"))
  }

  @Test(arguments: ["-1", "-30", "soon"])
  func aBadWindowIsAUsageError(within: String) throws {
    let result = try Self.deadlines(
      ["plan.json", "--today", "2025-11-01", "--within", within],
      files: ["plan.json": Self.plan("a", deadlines: [Self.once("d", due: "2025-11-15")])])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("--within"))
  }

  @Test func aMissingPlanCannotBeRead() throws {
    let result = try Self.deadlines(
      ["no-such-plan.json", "--today", "2025-11-01"], files: [:])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "no-such-plan.json: error: cannot read: no such file or directory\n")
  }

  @Test func anInvalidPlanIsReportedAndNothingIsListed() throws {
    let result = try Self.deadlines(
      ["plan.json", "good.json", "--today", "2025-11-01"],
      files: [
        "plan.json": Self.plan("a", deadlines: [Self.once("d", due: "2025-02-30")]),
        "good.json": Self.plan("b", deadlines: [Self.once("late", due: "2025-10-01")]),
      ])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "plan.json:7:48: error: deadlines[0].due: 2025-02-30 is not a date: "
        + "February 2025 has 28 days\n")
  }

  // MARK: Time zones

  @Test func givenTodayEveryPlanUsesThatDateWhateverItsZone() throws {
    let result = try Self.deadlines(
      [".", "--today", "2025-11-10", "--format", "json"],
      files: [
        "utc.json": Self.plan(
          "utc", timeZone: "UTC", deadlines: [Self.once("d", due: "2025-11-20")]),
        "vn.json": Self.plan("vn", deadlines: [Self.once("d", due: "2025-11-20")]),
      ])
    #expect(result.status == 10)
    let entries = try Self.jsonEntries(result.stdout)
    #expect(entries.map { $0["plan"] as? String } == ["utc", "vn"])
    #expect(entries.allSatisfy { $0["today"] as? String == "2025-11-10" })
    #expect(entries.allSatisfy { $0["days_left"] as? Int == 10 })
  }

  @Test func withoutTodayEachPlanTakesTheDateInItsZoneNotTheMachines() throws {
    // Deadlines long past, so both plans are listed whatever the date.
    let files = [
      "utc.json": Self.plan("utc", timeZone: "UTC", deadlines: [Self.once("d", due: "2021-06-01")]),
      "vn.json": Self.plan("vn", deadlines: [Self.once("d", due: "2021-06-01")]),
    ]
    let vnBefore = try Self.today(in: "Asia/Ho_Chi_Minh")
    let utcBefore = try Self.today(in: "UTC")
    let result = try Self.deadlines(
      [".", "--format", "json"], files: files, environment: ["TZ": "America/Los_Angeles"])
    let vnAfter = try Self.today(in: "Asia/Ho_Chi_Minh")
    let utcAfter = try Self.today(in: "UTC")
    #expect(result.status == 11)
    #expect(result.stderr == "")
    let entries = try Self.jsonEntries(result.stdout)
    let today = Dictionary(
      uniqueKeysWithValues: entries.compactMap { entry in
        (entry["plan"] as? String).map { ($0, entry["today"] as? String) }
      })
    let vnToday = try #require(today["vn"] ?? nil)
    let utcToday = try #require(today["utc"] ?? nil)
    // A run across midnight may see either day, but nothing else (in particular not Los Angeles').
    #expect([vnBefore, vnAfter].contains(vnToday), "Asia/Ho_Chi_Minh is \(vnBefore)")
    #expect([utcBefore, utcAfter].contains(utcToday), "UTC is \(utcBefore)")
  }
}
