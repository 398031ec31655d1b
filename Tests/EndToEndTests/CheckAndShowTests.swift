import Foundation
import Testing

/// `thidua check` and `thidua show` through the binary: what an officer sees for good plans, and
/// the exact `file:line:column: error: <json path>: message` for each kind of mistake.
@Suite struct CheckAndShowTests {
  /// The plans shipped in `campaigns/`, in the order `check campaigns/` lists them.
  static let shippedPlans = [
    "ben-tre-2021-2025.json",
    "bo-tu-phap-2023-2025.json",
    "tandtc-2021-2025.json",
    "tandtc-vi-cong-ly-2024.json",
    "thai-binh-svhttdl-2021-2025.json",
    "toan-quoc-2021-2025.json",
  ]

  /// A plan with one mistake, and the one line `thidua check plan.json` must print for it.
  struct BrokenPlan: Sendable, CustomTestStringConvertible {
    var name: String
    var plan: String
    var stderr: String

    var testDescription: String { name }
  }

  /// The opening every broken plan below shares; line numbers in the expectations count from it.
  static let head = """
    {
      "schema": "thidua.plan/1",
      "id": "t",
      "title": "T",
    """

  /// A criterion line with `measure` and `atLeast` as given (on line 7 of the plans below).
  static func criterion(
    id: String = "a", level: String = "commune",
    measure: String = "poverty-rate-reduction-points", atLeast: String = "2"
  ) -> String {
    "    { \"id\": \"\(id)\", \"applies\": { \"level\": \"\(level)\" }, "
      + "\"measure\": \"\(measure)\", \"atLeast\": \(atLeast), \"consecutiveYears\": 2 }"
  }

  static let brokenPlans: [BrokenPlan] = [
    BrokenPlan(
      name: "JSON syntax error (missing comma)",
      plan: """
        {
          "schema": "thidua.plan/1",
          "id": "t",
          "title": "T"
          "period": { "from": 2021, "to": 2025 }
        }
        """,
      stderr: "plan.json:5:3: error: $: expected ',' or '}' after object member, "
        + "found character '\"'\n"
    ),
    BrokenPlan(
      name: "wrong type (year as a string)",
      plan: head + """

          "period": { "from": "2021", "to": 2025 }
        }
        """,
      stderr: "plan.json:5:23: error: period.from: expected a year, found a string\n"),
    BrokenPlan(
      name: "unknown key with a suggestion",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "critera": []
        }
        """,
      stderr: "plan.json:6:3: error: critera: unknown key `critera`; did you mean `criteria`?\n"),
    BrokenPlan(
      name: "unknown measure",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "criteria": [
        \(criterion(measure: "poverty-rate"))
          ]
        }
        """,
      stderr: "plan.json:7:64: error: criteria[0].measure: unknown measure `poverty-rate`; "
        + "known measures: `poor-households-reduction-percent`, `poverty-rate-reduction-points`\n"
    ),
    BrokenPlan(
      name: "misspelt measure with a suggestion",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "criteria": [
        \(criterion(measure: "poverty-rate-reduction-point"))
          ]
        }
        """,
      stderr: "plan.json:7:64: error: criteria[0].measure: unknown measure "
        + "`poverty-rate-reduction-point` (did you mean `poverty-rate-reduction-points`?); "
        + "known measures: `poor-households-reduction-percent`, `poverty-rate-reduction-points`\n"
    ),
    BrokenPlan(
      name: "duplicate criterion ids",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "criteria": [
        \(criterion()),
        \(criterion(level: "district"))
          ]
        }
        """,
      stderr: "plan.json:8:13: error: criteria[1].id: duplicate criterion id `a` "
        + "(first at 7:13)\n"),
    BrokenPlan(
      name: "award naming an unknown criterion",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "criteria": [
        \(criterion(id: "xa-duoi-5"))
          ],
          "awards": [ { "id": "bk", "title": "Bằng khen", "criteria": ["xa-duoi-6"] } ]
        }
        """,
      stderr: "plan.json:9:64: error: awards[0].criteria[0]: unknown criterion `xa-duoi-6`; "
        + "did you mean `xa-duoi-5`?\n"),
    BrokenPlan(
      name: "impossible date 2023-02-30",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "deadlines": [ { "id": "d", "title": "D", "due": "2023-02-30" } ]
        }
        """,
      stderr: "plan.json:6:52: error: deadlines[0].due: 2023-02-30 is not a date: "
        + "February 2023 has 28 days\n"),
    BrokenPlan(
      name: "date written day first, 13/7/2022",
      plan: head + """

          "decision": { "number": "1/KH", "date": "13/7/2022" },
          "period": { "from": 2021, "to": 2025 }
        }
        """,
      stderr: "plan.json:5:43: error: decision.date: write dates as YYYY-MM-DD, "
        + "e.g. \"2022-07-13\" (found \"13/7/2022\")\n"),
    BrokenPlan(
      name: "period.from after period.to",
      plan: head + """

          "period": { "from": 2025, "to": 2021 }
        }
        """,
      stderr: "plan.json:5:13: error: period: `from` (2025) is after `to` (2021)\n"),
    BrokenPlan(
      name: "negative threshold",
      plan: head + """

          "period": { "from": 2021, "to": 2025 },
          "criteria": [
        \(criterion(atLeast: "-2"))
          ]
        }
        """,
      stderr: "plan.json:7:108: error: criteria[0].atLeast: must not be negative, found -2\n"),
  ]

  // MARK: check

  @Test func everyShippedPlanIsOK() throws {
    let result = try Thidua.run(["check", "campaigns/"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout == Self.shippedPlans.map { "campaigns/\($0): ok\n" }.joined())
  }

  @Test func aDirectoryWithoutTrailingSlashNamesItsFilesTheSameWay() throws {
    let result = try Thidua.run(["check", "campaigns"])
    #expect(result.status == 0)
    #expect(result.stdout == Self.shippedPlans.map { "campaigns/\($0): ok\n" }.joined())
  }

  @Test(arguments: brokenPlans)
  func aBrokenPlanIsReportedAtItsPosition(_ broken: BrokenPlan) throws {
    try withTemporaryDirectory { directory in
      _ = try write(broken.plan, "plan.json", in: directory)
      let result = try Thidua.run(["check", "plan.json"], in: directory)
      #expect(result.status == 65)
      #expect(result.stdout == "")
      #expect(result.stderr == broken.stderr)
    }
  }

  @Test func everyErrorOfAPlanIsReportedNotJustTheFirst() throws {
    try withTemporaryDirectory { directory in
      let plan =
        Self.head + """

            "period": { "from": 2021, "to": 2025 },
            "criteria": [
          \(Self.criterion(measure: "poverty-rate", atLeast: "-2"))
            ]
          }
          """
      _ = try write(plan, "plan.json", in: directory)
      let result = try Thidua.run(["check", "plan.json"], in: directory)
      #expect(result.status == 65)
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 2)
      #expect(lines.first?.hasPrefix("plan.json:7:64: error: criteria[0].measure: ") == true)
      #expect(lines.last?.hasPrefix("plan.json:7:91: error: criteria[0].atLeast: ") == true)
    }
  }

  @Test func aWarningIsPrintedButThePlanIsOK() throws {
    try withTemporaryDirectory { directory in
      let plan =
        Self.head + """

            "period": { "from": 2021, "to": 2025 },
            "deadlines": [ { "id": "d", "title": "D", "due": "2030-01-01" } ]
          }
          """
      _ = try write(plan, "plan.json", in: directory)
      let result = try Thidua.run(["check", "plan.json"], in: directory)
      #expect(result.status == 0)
      #expect(result.stdout == "plan.json: ok\n")
      #expect(
        result.stderr == "plan.json:6:52: warning: deadlines[0].due: 2030-01-01 is outside the "
          + "plan period 2021–2025\n")
    }
  }

  @Test func aMixOfGoodAndBadPlansReportsBothAndFails() throws {
    try withTemporaryDirectory { directory in
      let good = try String(
        contentsOf: Thidua.packageRoot.appendingPathComponent(benTre), encoding: .utf8)
      _ = try write(good, "a-good.json", in: directory)
      _ = try write(
        Self.head + "\n  \"period\": { \"from\": 2025, \"to\": 2021 }\n}\n", "b-bad.json",
        in: directory)
      _ = try write(good, "c-good.json", in: directory)
      _ = try write("not a plan", "notes.txt", in: directory)
      let result = try Thidua.run(["check", "."], in: directory)
      #expect(result.status == 65)
      #expect(result.stdout == "./a-good.json: ok\n./c-good.json: ok\n")
      #expect(
        result.stderr == "./b-bad.json:5:13: error: period: `from` (2025) is after `to` (2021)\n")
    }
  }

  @Test func aMissingPlanCannotBeRead() throws {
    let result = try Thidua.run(["check", "campaigns/no-such-plan.json"])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "campaigns/no-such-plan.json: error: cannot read: no such file or directory\n")
  }

  @Test func aMissingPlanAmongGoodOnesStillFails() throws {
    let result = try Thidua.run(["check", benTre, "campaigns/no-such-plan.json"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("campaigns/no-such-plan.json: error: cannot read"))
  }

  // MARK: show

  @Test func showDescribesTheBenTrePlan() throws {
    let result = try Thidua.run(["show", benTre])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try Golden.check(result.stdout, against: "show-ben-tre.txt")
  }

  @Test func showListsTheCriteriaInTheOrderTheyAreTried() throws {
    let result = try Thidua.run(["show", benTre])
    let criteria = result.stdout.split(separator: "\n").filter { line in
      line.first?.isNumber == true && line.contains(". ")
    }
    #expect(
      criteria.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        == ["1. xa-bai-ngang-ven-bien-dao", "2. cap-huyen", "3. xa-duoi-5", "4. xa-tu-5"])
    try #require(criteria.count == 4)
    #expect(criteria[0].contains("communes with any of the flags coastal-extremely-difficult"))
    #expect(criteria[1].contains("applies to districts"))
    #expect(criteria[2].contains("below 5%"))
    #expect(criteria[3].contains("at least 5%"))
  }

  @Test func showOfABrokenPlanPrintsTheErrorAndNothingElse() throws {
    try withTemporaryDirectory { directory in
      _ = try write(
        Self.head + "\n  \"period\": { \"from\": 2025, \"to\": 2021 }\n}\n", "plan.json",
        in: directory)
      let result = try Thidua.run(["show", "plan.json"], in: directory)
      #expect(result.status == 65)
      #expect(result.stdout == "")
      #expect(
        result.stderr == "plan.json:5:13: error: period: `from` (2025) is after `to` (2021)\n")
    }
  }
}
