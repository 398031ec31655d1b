import Testing

@testable import ThiduaCore

/// One rule of the plan format, broken: the body added to a valid plan (its first line is line 6)
/// and the exact findings expected.
struct BadPlan: Sendable, CustomTestStringConvertible {
  var name: String
  var body: String
  var expected: [String]

  init(_ name: String, _ body: String, _ expected: [String]) {
    self.name = name
    self.body = body
    self.expected = expected
  }

  var testDescription: String { name }
}

@Suite struct PlanValidationTests {
  static let errors: [BadPlan] = [
    BadPlan(
      "unknown key at the top, with a suggestion", #"  "critera": []"#,
      ["6:3: critera: unknown key `critera`; did you mean `criteria`?"]),
    BadPlan(
      "unknown key with nothing near", #"  "colour": "red""#,
      [
        "6:3: colour: unknown key `colour`; known keys here: `$schema`, `schema`, `id`, `title`, "
          + "`decision`, `implements`, `period`, `timeZone`, `baselineYear`, "
          + "`whenNoPoorHouseholds`, `criteria`, `awards`, `deadlines`, `shiftToWorkingDay`, "
          + "`acrossStandards`"
      ]),
    BadPlan(
      "wrong type", #"  "shiftToWorkingDay": "yes""#,
      ["6:24: shiftToWorkingDay: expected true or false, found a string"]),
    BadPlan(
      "a note that is not text", #"  "note": ["a"]"#,
      ["6:11: note: expected a string, found an array"]),
    BadPlan(
      "unknown key in the decision",
      #"  "decision": { "numbr": "182/QĐ-TANDTC", "date": "2022-07-13" }"#,
      ["6:17: decision.numbr: unknown key `numbr`; did you mean `number`?"]),
    BadPlan(
      "an empty decision", #"  "decision": {}"#,
      ["6:15: decision: give at least one of `number`, `date` and `issuer`"]),
    BadPlan(
      "an impossible date", #"  "decision": { "date": "2023-02-30" }"#,
      ["6:25: decision.date: 2023-02-30 is not a date: February 2023 has 28 days"]),
    BadPlan(
      "a month that does not exist", #"  "implements": [ { "date": "2022-13-01" } ]"#,
      ["6:29: implements[0].date: 2022-13-01 is not a date: there is no month 13"]),
    BadPlan(
      "a date written the Vietnamese way", #"  "decision": { "date": "13/7/2022" }"#,
      [#"6:25: decision.date: write dates as YYYY-MM-DD, e.g. "2022-07-13" (found "13/7/2022")"#]),
    BadPlan(
      "a date written day first with dashes", #"  "decision": { "date": "13-07-2022" }"#,
      [#"6:25: decision.date: write dates as YYYY-MM-DD, e.g. "2022-07-13" (found "13-07-2022")"#]),
    BadPlan(
      "a date that is no date at all", #"  "decision": { "date": "soon" }"#,
      [#"6:25: decision.date: write dates as YYYY-MM-DD, e.g. "2022-07-13" (found "soon")"#]),
    BadPlan(
      "a time zone that is almost right", #"  "timeZone": "Asia/Ho_Chi_Min""#,
      [#"6:15: timeZone: unknown time zone "Asia/Ho_Chi_Min"; did you mean "Asia/Ho_Chi_Minh"?"#]),
    BadPlan(
      "an unknown rule for comparisons across poverty standards", #"  "acrossStandards": "ignore""#,
      ["6:22: acrossStandards: unknown value `ignore`; known values: `review`, `compare`"]),
    BadPlan(
      "an unknown rule for years without poor households", #"  "whenNoPoorHouseholds": "skip""#,
      [
        "6:27: whenNoPoorHouseholds: unknown value `skip`; known values: `review`, `met`, `not-met`"
      ]),
    BadPlan(
      "a baseline year that is not an integer", #"  "baselineYear": 2021.5"#,
      ["6:19: baselineYear: expected a year, found 2021.5"]),
    BadPlan(
      "criteria that are not a list", #"  "criteria": { "id": "c" }"#,
      ["6:15: criteria: expected an array, found an object"]),
    BadPlan(
      "a criterion missing its keys", "  \"criteria\": [\n    { \"title\": \"T\" }\n  ]",
      [
        "7:5: criteria[0].applies: missing required key",
        "7:5: criteria[0].atLeast: missing required key",
        "7:5: criteria[0].consecutiveYears: missing required key",
        "7:5: criteria[0].id: missing required key",
        "7:5: criteria[0].measure: missing required key",
      ]),
    BadPlan(
      "a misspelt key is not also reported missing",
      """
        "criteria": [
          { "id": "c", "applies": {}, "mesure": "poverty-rate-reduction-points", "atLeast": 2,
            "consecutiveYears": 2 }
        ]
      """,
      ["7:33: criteria[0].mesure: unknown key `mesure`; did you mean `measure`?"]),
    BadPlan(
      "an unknown measure",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate", "atLeast": 2,
            "consecutiveYears": 2 }
        ]
      """,
      [
        "7:44: criteria[0].measure: unknown measure `poverty-rate`; known measures: "
          + "`poor-households-reduction-percent`, `poverty-rate-reduction-points`"
      ]),
    BadPlan(
      "a measure with a typo",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-point", "atLeast": 2,
            "consecutiveYears": 2 }
        ]
      """,
      [
        "7:44: criteria[0].measure: unknown measure `poverty-rate-reduction-point` (did you mean "
          + "`poverty-rate-reduction-points`?); known measures: "
          + "`poor-households-reduction-percent`, `poverty-rate-reduction-points`"
      ]),
    BadPlan(
      "an unknown level and selector key",
      """
        "criteria": [
          { "id": "c", "applies": { "level": "comune", "anyFlags": ["island"] },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      [
        "7:40: criteria[0].applies.level: unknown level `comune` (did you mean `commune`?); "
          + "known levels: `province`, `district`, `commune`",
        "7:50: criteria[0].applies.anyFlags: unknown key `anyFlags`; did you mean `anyFlag`?",
      ]),
    BadPlan(
      "flags that are not text",
      """
        "criteria": [
          { "id": "c", "applies": { "noneFlag": ["ward", 3, ""], "anyFlag": [] },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      [
        "7:52: criteria[0].applies.noneFlag[1]: expected a string, found a number",
        "7:55: criteria[0].applies.noneFlag[2]: must not be empty",
        "7:71: criteria[0].applies.anyFlag: an empty list matches no unit",
      ]),
    BadPlan(
      "a threshold written as a string",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points",
            "atLeast": "2", "consecutiveYears": 2 }
        ]
      """,
      [
        #"8:18: criteria[0].atLeast: expected a number, found the string "2"; write it as a "#
          + "number, without quotes: 2"
      ]),
    BadPlan(
      "a threshold too precise to read exactly",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points",
            "atLeast": 1e99, "consecutiveYears": 2 }
        ]
      """,
      [
        "8:18: criteria[0].atLeast: 1e99 cannot be read exactly (at most 30 significant digits "
          + "and an exponent within ±30)"
      ]),
    BadPlan(
      "consecutive years that are not whole",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points",
            "atLeast": 2, "consecutiveYears": 1.5 }
        ]
      """,
      ["8:41: criteria[0].consecutiveYears: expected a whole number of years, found 1.5"]),
    BadPlan(
      "consecutive years below one",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points",
            "atLeast": 2, "consecutiveYears": -1 }
        ]
      """,
      ["8:41: criteria[0].consecutiveYears: must be at least 1, found -1"]),
    BadPlan(
      "a baseline rate with no bound",
      """
        "baselineYear": 2021,
        "criteria": [
          { "id": "c", "applies": { "baselineRate": {} },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      ["8:47: criteria[0].applies.baselineRate: give `below`, `atLeast` or both"]),
    BadPlan(
      "a baseline rate with an empty range",
      """
        "baselineYear": 2021,
        "criteria": [
          { "id": "c", "applies": { "baselineRate": { "atLeast": 5, "below": 5 } },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      [
        "8:47: criteria[0].applies.baselineRate: no rate is at least 5 and below 5: `below` must "
          + "be greater than `atLeast`"
      ]),
    BadPlan(
      "a negative baseline rate",
      """
        "baselineYear": 2021,
        "criteria": [
          { "id": "c", "applies": { "baselineRate": { "below": -1 } },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      ["8:58: criteria[0].applies.baselineRate.below: must not be negative, found -1"]),
    BadPlan(
      "a baseline rate with no baseline year",
      """
        "criteria": [
          { "id": "c", "applies": { "baselineRate": { "below": 5 } },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ]
      """,
      [
        "7:47: criteria[0].applies.baselineRate: the plan has no `baselineYear` for this rate to "
          + "refer to"
      ]),
    BadPlan(
      "duplicate criterion ids",
      """
        "criteria": [
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points", "atLeast": 2,
            "consecutiveYears": 2 },
          { "id": "c", "applies": {}, "measure": "poverty-rate-reduction-points", "atLeast": 3,
            "consecutiveYears": 2 }
        ]
      """,
      ["9:13: criteria[1].id: duplicate criterion id `c` (first at 7:13)"]),
    BadPlan(
      "an award missing its keys", #"  "awards": [ { "id": "a" } ]"#,
      [
        "6:15: awards[0].criteria: missing required key",
        "6:15: awards[0].title: missing required key",
      ]),
    BadPlan(
      "awards naming unknown criteria",
      """
        "criteria": [
          { "id": "xa-duoi-5", "applies": {}, "measure": "poverty-rate-reduction-points",
            "atLeast": 2, "consecutiveYears": 2 }
        ],
        "awards": [
          { "id": "a", "title": "Giấy khen", "criteria": ["xa-duoi5", "huyen"] },
          { "id": "a", "title": "Bằng khen", "criteria": [] }
        ]
      """,
      [
        "11:53: awards[0].criteria[0]: unknown criterion `xa-duoi5`; did you mean `xa-duoi-5`?",
        "11:65: awards[0].criteria[1]: unknown criterion `huyen`; the plan's criteria are "
          + "`xa-duoi-5`",
        "12:13: awards[1].id: duplicate award id `a` (first at 11:13)",
      ]),
    BadPlan(
      "an award naming a criterion when there are none",
      #"  "awards": [ { "id": "a", "title": "Giấy khen", "criteria": ["c"] } ]"#,
      ["6:63: awards[0].criteria[0]: unknown criterion `c`; the plan has no criteria"]),
    BadPlan(
      "a deadline with both due and every",
      #"  "deadlines": [ { "id": "d", "title": "T", "due": "2023", "every": "year" } ]"#,
      [
        "6:18: deadlines[0]: give either `due` (a one-off deadline) or `every` (a yearly one), not both"
      ]),
    BadPlan(
      "a deadline with neither due nor every",
      #"  "deadlines": [ { "id": "d", "title": "T" } ]"#,
      [
        "6:18: deadlines[0]: missing `due` (a one-off deadline) or `every`, `on`, `from` and `to` "
          + "(a yearly one)"
      ]),
    BadPlan(
      "a deadline missing its id and title", #"  "deadlines": [ { "due": "2023-01-01" } ]"#,
      [
        "6:18: deadlines[0].id: missing required key",
        "6:18: deadlines[0].title: missing required key",
      ]),
    BadPlan(
      "a year written as a number",
      #"  "deadlines": [ { "id": "d", "title": "T", "due": 2023 } ]"#,
      [
        #"6:52: deadlines[0].due: expected a string, found a number; write the year in quotes: "2023""#
      ]),
    BadPlan(
      "an impossible due date",
      #"  "deadlines": [ { "id": "d", "title": "T", "due": "2024-02-30", "done": "1/2/2024" } ]"#,
      [
        "6:52: deadlines[0].due: 2024-02-30 is not a date: February 2024 has 29 days",
        #"6:74: deadlines[0].done: write dates as YYYY-MM-DD, e.g. "2024-02-01" (found "1/2/2024")"#,
      ]),
    BadPlan(
      "yearly keys on a one-off deadline",
      #"  "deadlines": [ { "id": "d", "title": "T", "due": "2023-05-01", "on": "05-01" } ]"#,
      [
        "6:72: deadlines[0].on: only a yearly deadline (with `every`) has `on`; this one has `due`"
      ]),
    BadPlan(
      "a yearly deadline missing its days",
      #"  "deadlines": [ { "id": "d", "title": "T", "every": "month" } ]"#,
      [
        "6:18: deadlines[0].from: missing required key for a yearly deadline",
        "6:18: deadlines[0].on: missing required key for a yearly deadline",
        "6:18: deadlines[0].to: missing required key for a yearly deadline",
        #"6:54: deadlines[0].every: only "year" is supported, found "month""#,
      ]),
    BadPlan(
      "a day of the year that does not exist",
      """
        "deadlines": [
          { "id": "d", "title": "T", "every": "year", "on": "02-30", "from": 2022, "to": 2025 },
          { "id": "e", "title": "T", "every": "year", "on": "15/11", "from": 2022, "to": 2025 },
          { "id": "f", "title": "T", "every": "year", "on": "13-01", "from": 2022, "to": 2025 }
        ]
      """,
      [
        "7:55: deadlines[0].on: 02-30 is not a day of the year: February has at most 29 days",
        #"8:55: deadlines[1].on: write the day of the year as MM-DD, e.g. "11-15" (found "15/11")"#,
        "9:55: deadlines[2].on: 13-01 is not a day of the year: there is no month 13",
      ]),
    BadPlan(
      "a yearly deadline that runs backwards",
      """
        "deadlines": [
          { "id": "d", "title": "T", "every": "year", "on": "11-15", "from": 2025, "to": 2022 }
        ]
      """,
      ["7:5: deadlines[0]: `from` (2025) is after `to` (2022)"]),
    BadPlan(
      "done years that are not occurrences",
      """
        "deadlines": [
          { "id": "d", "title": "T", "every": "year", "on": "11-15", "from": 2022, "to": 2025,
            "done": [2021, 2022, 2022, "2023"] }
        ]
      """,
      [
        "8:16: deadlines[0].done[0]: 2021 is not a year of this deadline, which falls every year "
          + "from 2022 to 2025",
        "8:28: deadlines[0].done[2]: 2022 is listed twice",
        "8:34: deadlines[0].done[3]: expected a year, found a string",
      ]),
    BadPlan(
      "duplicate deadline ids",
      """
        "deadlines": [
          { "id": "d", "title": "T", "due": "2023" },
          { "id": "d", "title": "T", "due": "2024" }
        ]
      """,
      ["8:13: deadlines[1].id: duplicate deadline id `d` (first at 7:13)"]),
  ]

  @Test(arguments: errors)
  func refuses(_ plan: BadPlan) {
    #expect(planFindings(planText(plan.body)) == plan.expected)
  }

  @Test func unknownKeysAreReportedAtEveryLevel() {
    let text = planText(
      """
        "baselineYear": 2021,
        "implements": [ { "numero": "666/QĐ-TTg" } ],
        "criteria": [
          { "id": "c", "titel": "T", "applies": { "baselineRate": { "bellow": 5 } },
            "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2 }
        ],
        "awards": [ { "id": "a", "title": "T", "criteria": ["c"], "criterion": "c" } ],
        "deadlines": [ { "id": "d", "title": "T", "due": "2023", "dne": "2023-05-01" } ]
      """)
    #expect(
      planFindings(text) == [
        "7:21: implements[0].numero: unknown key `numero`; did you mean `number`?",
        "9:18: criteria[0].titel: unknown key `titel`; did you mean `title`?",
        "9:63: criteria[0].applies.baselineRate.bellow: unknown key `bellow`; did you mean "
          + "`below`?",
        "12:61: awards[0].criterion: unknown key `criterion`; did you mean `criteria`?",
        "13:60: deadlines[0].dne: unknown key `dne`; did you mean `due`?",
      ])
  }

  @Test func refusesAnotherSchema() {
    let text =
      "{\n  \"schema\": \"thidua.plan/2\", \"id\": \"p\", \"title\": \"T\",\n"
      + "  \"period\": { \"from\": 2021, \"to\": 2025 }\n}"
    #expect(
      planFindings(text) == [
        #"2:13: schema: unsupported schema "thidua.plan/2"; this version of thidua reads "thidua.plan/1""#
      ])
  }

  @Test(arguments: [
    (#"{ "from": 2025, "to": 2021 }"#, "3:13: period: `from` (2025) is after `to` (2021)"),
    (#"{ "from": "2021", "to": 2025 }"#, "3:23: period.from: expected a year, found a string"),
    (#"{ "from": 0, "to": 2025 }"#, "3:23: period.from: 0 is not a year (1–9999)"),
    (#"{ "from": 2021 }"#, "3:13: period.to: missing required key"),
    (#"{ "frm": 2021, "to": 2025 }"#, "3:15: period.frm: unknown key `frm`; did you mean `from`?"),
    (
      #"{ "form": 2021, "to": 2025 }"#,
      "3:15: period.form: unknown key `form`; did you mean `from`?"
    ),
  ])
  func refusesABadPeriod(period: String, expected: String) {
    let text =
      "{\n  \"schema\": \"thidua.plan/1\", \"id\": \"p\", \"title\": \"T\",\n"
      + "  \"period\": \(period)\n}"
    #expect(planFindings(text) == [expected])
  }

  @Test(arguments: [
    (#""id": """#, "2:50: id: must not be empty"),
    (#""id": "  ""#, "2:50: id: must not be empty"),
    (#""id": 7"#, "2:50: id: expected a string, found a number"),
  ])
  func refusesABadPlanID(id: String, expected: String) {
    let text =
      "{\n  \"schema\": \"thidua.plan/1\", \"title\": \"T\", \(id),\n"
      + "  \"period\": { \"from\": 2021, \"to\": 2025 }\n}"
    #expect(planFindings(text) == [expected])
  }

  @Test(arguments: [
    BadPlan(
      "a baseline year far outside the period", #"  "baselineYear": 2015"#,
      ["6:19: warning: baselineYear: 2015 is far outside the plan period 2021–2025"]),
    BadPlan("the year before the period is a fine baseline", #"  "baselineYear": 2020"#, []),
    BadPlan(
      "one-off deadlines outside the period",
      """
        "deadlines": [
          { "id": "d", "title": "T", "due": "2026-01-15" },
          { "id": "e", "title": "T", "due": "2020" }
        ]
      """,
      [
        "7:39: warning: deadlines[0].due: 2026-01-15 is outside the plan period 2021–2025",
        "8:39: warning: deadlines[1].due: 2020 is outside the plan period 2021–2025",
      ]),
    BadPlan(
      "yearly occurrences outside the period",
      """
        "deadlines": [
          { "id": "d", "title": "T", "every": "year", "on": "11-15", "from": 2019, "to": 2027 },
          { "id": "e", "title": "T", "every": "year", "on": "11-15", "from": 2020, "to": 2022 }
        ]
      """,
      [
        "7:72: warning: deadlines[0].from: the occurrences in 2019–2020 are outside the plan "
          + "period 2021–2025",
        "7:84: warning: deadlines[0].to: the occurrences in 2026–2027 are outside the plan period "
          + "2021–2025",
        "8:72: warning: deadlines[1].from: the occurrence in 2020 is outside the plan period "
          + "2021–2025",
      ]),
  ])
  func warns(_ plan: BadPlan) {
    #expect(planFindings(planText(plan.body)) == plan.expected)
  }
}
