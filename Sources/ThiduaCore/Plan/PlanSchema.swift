/// The JSON Schema (draft 2020-12) of the plan format, for editors: they check and complete a
/// plan that names the schema in its `"$schema"` key.
///
/// The plan reader (`PlanDecoder`) is the authority; the schema describes what it accepts as far
/// as a schema can: every key of every object (and no other: `additionalProperties` is false,
/// as the reader refuses unknown keys), the required ones, types, the values of enumerations
/// (taken from the model's own enumerations), date patterns, and the two shapes of a deadline.
/// What needs the whole plan (an award naming a criterion of the plan, ids unique, a date that
/// exists) is the reader's alone. A test keeps the keys here and the reader's equal, and checks
/// the shipped plans against this schema.
public enum PlanSchema {
  /// Where the schema ships beside the plans, and how they name it in `"$schema"`.
  public static let fileName = "plan.schema.json"

  /// The schema as a JSON value.
  public static var document: JSONValue {
    .object(
      [
        ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
        ("title", .string("thidua plan (\(Plan.schema))")),
        (
          "description",
          .string(
            "A campaign plan (kế hoạch phong trào thi đua) as thidua reads it: the criteria "
              + "units are judged by, the awards, the deadlines. Written by `thidua schema`; "
              + "`thidua check` has the last word.")
        ),
      ]
        + object(
          required: PlanDecoder.planRequiredKeys,
          properties: [
            (
              "$schema",
              described(
                "The JSON Schema of this file, for editors (e.g. \"\(fileName)\"); thidua "
                  + "ignores it.", string)
            ),
            (
              "schema",
              .object([
                ("description", .string("The version of the plan format.")),
                ("const", .string(Plan.schema)),
              ])
            ),
            (
              "id",
              described(
                "The plan's identifier; the plan's file is named after it "
                  + "(ben-tre-2021-2025.json).", ref("text"))
            ),
            ("title", described("The campaign's title, as its decision words it.", ref("text"))),
            ("decision", described("The decision that issues the plan.", ref("document"))),
            (
              "implements",
              described(
                "The documents the plan implements, such as 666/QĐ-TTg.",
                array(of: ref("document")))
            ),
            ("period", described("The campaign's years, first and last.", ref("period"))),
            (
              "timeZone",
              withDefault(
                "Asia/Ho_Chi_Minh",
                described(
                  "The IANA time zone in which deadlines fall due and \"today\" is taken.",
                  string))
            ),
            (
              "baselineYear",
              described(
                "The year of rates such as \"at the end of 2021\" (cuối năm 2021), which "
                  + "`applies.baselineRate` refers to.", ref("year"))
            ),
            (
              "whenNoPoorHouseholds",
              withDefault(
                NoPoorHouseholdsRule.review.rawValue,
                described(
                  "A year that ends with no poor households without meeting its measure: "
                    + "`review` (a person decides), `met` or `not-met`.",
                  choices(NoPoorHouseholdsRule.allCases.map(\.rawValue))))
            ),
            (
              "acrossStandards",
              withDefault(
                AcrossStandardsRule.review.rawValue,
                described(
                  "A year compared with the year before when the data says they were reviewed "
                    + "under different poverty standards (chuẩn nghèo): `review` sends the unit "
                    + "to a person, `compare` compares the figures as they are.",
                  choices(AcrossStandardsRule.allCases.map(\.rawValue))))
            ),
            (
              "criteria",
              described(
                "The criteria, tried in this order: a unit is judged by the first whose "
                  + "`applies` matches it.", array(of: ref("criterion")))
            ),
            (
              "awards",
              described(
                "The awards (hình thức khen thưởng) and the criteria that qualify for each.",
                array(of: ref("award")))
            ),
            (
              "deadlines",
              described(
                "Reviews and reports (sơ kết, tổng kết, báo cáo) that fall due.",
                array(of: ref("deadline")))
            ),
            (
              "shiftToWorkingDay",
              withDefault(
                false,
                described(
                  "Move a deadline that falls on a Saturday, a Sunday or a public holiday to "
                    + "the next working day.", .object([("type", .string("boolean"))])))
            ),
          ])
        + [("$defs", .object(definitions))])
  }

  /// The schema as text: `document`, pretty-printed, with a final newline. What
  /// `thidua schema` prints, and what ships as `campaigns/plan.schema.json`.
  public static var text: String {
    JSONWriter(style: .pretty).string(document) + "\n"
  }

  // MARK: Definitions

  private static var definitions: [(key: String, value: JSONValue)] {
    [
      (
        "text",
        .object([
          ("description", .string("Text that is not empty or blank.")),
          ("type", .string("string")),
          ("minLength", .integer(1)),
          ("pattern", .string("\\S")),
        ])
      ),
      (
        "year",
        .object([
          ("type", .string("integer")),
          ("minimum", .integer(1)),
          ("maximum", .integer(9999)),
        ])
      ),
      (
        "date",
        .object([
          ("description", .string("A date written YYYY-MM-DD, e.g. \"2022-07-13\".")),
          ("type", .string("string")),
          ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
        ])
      ),
      (
        "threshold",
        .object([
          (
            "description",
            .string(
              "A number written in JSON and read exactly (2, 2.5 and 0.1 are exact); not "
                + "negative.")
          ),
          ("type", .string("number")),
          ("minimum", .integer(0)),
        ])
      ),
      (
        "flags",
        described(
          "Unit flags, as the units file's `flags` column names them.", array(of: ref("text")))
      ),
      (
        "document",
        .object(
          [
            (
              "description",
              .string("A document: its number, date and issuer, any of them, at least one.")
            )
          ]
            + object(
              required: [],
              properties: [
                ("number", described("The document's number, e.g. \"666/QĐ-TTg\".", ref("text"))),
                ("date", described("The date it was signed.", ref("date"))),
                ("issuer", described("Who issued it, e.g. \"Thủ tướng Chính phủ\".", ref("text"))),
              ])
            + [
              (
                "anyOf",
                .array(
                  PlanDecoder.documentKeys.map { .object([("required", .array([.string($0)]))]) })
              )
            ])
      ),
      (
        "period",
        .object(
          object(
            required: PlanDecoder.periodKeys,
            properties: [
              ("from", described("The first year of the campaign.", ref("year"))),
              ("to", described("The last year of the campaign, not before `from`.", ref("year"))),
            ]))
      ),
      (
        "criterion",
        .object(
          [("description", .string("A criterion (tiêu chí thi đua) units are judged by."))]
            + object(
              required: PlanDecoder.criterionRequiredKeys,
              properties: [
                ("id", described("The criterion's identifier, unique in the plan.", ref("text"))),
                ("title", described("The criterion as the plan words it.", ref("text"))),
                ("applies", described("Which units the criterion is for.", ref("selector"))),
                (
                  "measure",
                  described(
                    "What is compared year by year: `poor-households-reduction-percent`, the "
                      + "fall in the number of poor households as a percentage of the year "
                      + "before; `poverty-rate-reduction-points`, the fall in the poverty rate "
                      + "in percentage points.", choices(Measure.allCases.map(\.rawValue)))
                ),
                ("atLeast", described("The least the measure must reach.", ref("threshold"))),
                (
                  "consecutiveYears",
                  described(
                    "How many consecutive years, ending with the evaluation year, must each "
                      + "meet the measure against the year before.",
                    .object([("type", .string("integer")), ("minimum", .integer(1))]))
                ),
              ]))
      ),
      (
        "selector",
        .object(
          [("description", .string("Every key given must hold for a unit to match."))]
            + object(
              required: [],
              properties: [
                (
                  "level",
                  described("The unit's level.", choices(UnitLevel.allCases.map(\.rawValue)))
                ),
                ("allFlags", described("The unit has every one of these flags.", ref("flags"))),
                (
                  "anyFlag",
                  described(
                    "The unit has at least one of these flags.",
                    .object([("$ref", .string("#/$defs/flags")), ("minItems", .integer(1))]))
                ),
                ("noneFlag", described("The unit has none of these flags.", ref("flags"))),
                (
                  "baselineRate",
                  described(
                    "The unit's poverty rate in `baselineYear`, in percent.", ref("rateBound"))
                ),
              ]))
      ),
      (
        "rateBound",
        .object(
          [("description", .string("`below`, `atLeast` or both (then `below` > `atLeast`)."))]
            + object(
              required: [],
              properties: [
                ("below", described("The rate is below this.", ref("threshold"))),
                ("atLeast", described("The rate is at least this.", ref("threshold"))),
              ])
            + [
              (
                "anyOf",
                .array(
                  PlanDecoder.rateBoundKeys.map { .object([("required", .array([.string($0)]))]) })
              )
            ])
      ),
      (
        "award",
        .object(
          object(
            required: PlanDecoder.awardKeys,
            properties: [
              ("id", described("The award's identifier, unique in the plan.", ref("text"))),
              (
                "title",
                described("The award, e.g. \"Bằng khen của Chủ tịch UBND tỉnh\".", ref("text"))
              ),
              (
                "criteria",
                described(
                  "The ids of the plan's criteria whose units qualify for the award.",
                  array(of: ref("text")))
              ),
            ]))
      ),
      ("deadline", deadline),
    ]
  }

  /// A deadline: one-off (`due`) or yearly (`every`, `on`, `from`, `to`), never both.
  private static var deadline: JSONValue {
    let yearlyOnly = PlanDecoder.yearlyDeadlineKeys.map {
      JSONValue.object([("required", .array([.string($0)]))])
    }
    return .object(
      [
        (
          "description",
          .string(
            "A deadline: one-off, with `due`, or yearly, with `every`, `on`, `from` and `to`.")
        )
      ]
        + object(
          required: PlanDecoder.deadlineRequiredKeys,
          properties: [
            ("id", described("The deadline's identifier, unique in the plan.", ref("text"))),
            ("title", described("What is due, e.g. \"Sơ kết phong trào\".", ref("text"))),
            (
              "due",
              described(
                "A one-off deadline's date, YYYY-MM-DD; or a year alone (\"2023\") when the text "
                  + "names no day: it is then due by the end of that year.",
                .object([
                  ("type", .string("string")),
                  ("pattern", .string("^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$")),
                ]))
            ),
            (
              "done",
              described(
                "What is already done: for a one-off deadline, the date it was done; for a "
                  + "yearly one, the years done.",
                .object([("anyOf", .array([ref("date"), doneYears]))]))
            ),
            (
              "every",
              described("A yearly deadline: only \"year\".", .object([("const", .string("year"))]))
            ),
            (
              "on",
              described(
                "A yearly deadline's day, MM-DD (02-29 falls on 02-28 in other years).",
                .object([
                  ("type", .string("string")),
                  ("pattern", .string("^[0-9]{2}-[0-9]{2}$")),
                ]))
            ),
            ("from", described("A yearly deadline's first year.", ref("year"))),
            ("to", described("A yearly deadline's last year, not before `from`.", ref("year"))),
          ])
        + [
          (
            "oneOf",
            .array([
              .object([
                ("title", .string("one-off")),
                ("required", .array([.string("due")])),
                ("properties", .object([("done", ref("date"))])),
                (
                  "not",
                  .object([
                    (
                      "anyOf",
                      .array([.object([("required", .array([.string("every")]))])] + yearlyOnly)
                    )
                  ])
                ),
              ]),
              .object([
                ("title", .string("yearly")),
                (
                  "required",
                  .array((["every"] + PlanDecoder.yearlyDeadlineKeys).map(JSONValue.string))
                ),
                ("properties", .object([("done", doneYears)])),
                ("not", .object([("required", .array([.string("due")]))])),
              ]),
            ])
          )
        ])
  }

  private static var doneYears: JSONValue {
    .object([
      ("type", .string("array")),
      ("items", ref("year")),
      ("uniqueItems", .bool(true)),
    ])
  }

  // MARK: Building blocks

  /// Computed, not stored: a constant holding an enum with payloads hides its pointers from
  /// LeakSanitizer, which then reports the constant as a leak.
  private static var string: JSONValue { .object([("type", .string("string"))]) }

  /// The members of an object schema: its properties (the free-text keys every object of a plan
  /// takes added), the required ones, and no other key.
  private static func object(
    required: [String], properties: [(key: String, value: JSONValue)]
  ) -> [(key: String, value: JSONValue)] {
    let freeText = PlanDecoder.freeTextKeys.map { key in
      (
        key: key,
        value: described(
          "Free text thidua ignores: where the contents come from, what the source leaves out.",
          string)
      )
    }
    var members: [(key: String, value: JSONValue)] = [("type", .string("object"))]
    if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
    members.append(("properties", .object(properties + freeText)))
    members.append(("additionalProperties", .bool(false)))
    return members
  }

  /// `{"$ref": "#/$defs/name"}`.
  private static func ref(_ name: String) -> JSONValue {
    .object([("$ref", .string("#/$defs/\(name)"))])
  }

  private static func array(of items: JSONValue) -> JSONValue {
    .object([("type", .string("array")), ("items", items)])
  }

  private static func choices(_ values: [String]) -> JSONValue {
    .object([("enum", .array(values.map(JSONValue.string)))])
  }

  /// `schema` with a `description` first.
  private static func described(_ description: String, _ schema: JSONValue) -> JSONValue {
    guard case .object(let members) = schema else { return schema }
    return .object([("description", .string(description))] + members)
  }

  /// `schema` with a `default`.
  private static func withDefault(_ value: String, _ schema: JSONValue) -> JSONValue {
    guard case .object(let members) = schema else { return schema }
    return .object(members + [("default", .string(value))])
  }

  private static func withDefault(_ value: Bool, _ schema: JSONValue) -> JSONValue {
    guard case .object(let members) = schema else { return schema }
    return .object(members + [("default", .bool(value))])
  }
}
