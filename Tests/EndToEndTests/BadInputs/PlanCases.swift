import Testing

/// A small valid plan, one key a line, with the title (a JSON string as written, line 4) and the
/// criterion's threshold (a JSON number as written, line 8, after `"atLeast": ` at column 5)
/// replaceable.
func planText(title: String = "\"T\"", atLeast: String = "2") -> String {
  """
  {
    "schema": "thidua.plan/1",
    "id": "t",
    "title": \(title),
    "period": { "from": 2021, "to": 2025 },
    "criteria": [ {
    "id": "a", "applies": { "level": "commune" }, "measure": "poverty-rate-reduction-points",
    "atLeast": \(atLeast), "consecutiveYears": 2
    } ]
  }

  """
}

/// The keys a plan accepts at its top level, as the message for an unknown key lists them.
let knownPlanKeys =
  "`$schema`, `schema`, `id`, `title`, `decision`, `implements`, `period`, `timeZone`, "
  + "`baselineYear`, `whenNoPoorHouseholds`, `criteria`, `awards`, `deadlines`, "
  + "`shiftToWorkingDay`, `acrossStandards`"

/// A plan with 150 unknown keys, one a line from line 6: more errors than are listed.
let planWithManyUnknownKeys =
  "{\n  \"schema\": \"thidua.plan/1\",\n  \"id\": \"t\",\n  \"title\": \"T\",\n"
  + "  \"period\": { \"from\": 2021, \"to\": 2025 },\n"
  + (0..<150).map { "  \"x\($0)\": 0" }.joined(separator: ",\n") + "\n}\n"

extension BadInput {
  /// `bytes` as `plan.json`, checked with `thidua check`.
  static func plan(_ name: String, bytes: [UInt8], status: Int32 = 65, stderr: String) -> BadInput {
    BadInput(
      name, files: ["plan.json": bytes], ["check", "plan.json"], status: status, stderr: stderr)
  }

  /// `text` as `plan.json`, checked with `thidua check`.
  static func plan(_ name: String, _ text: String, status: Int32 = 65, stderr: String) -> BadInput {
    plan(name, bytes: utf8(text), status: status, stderr: stderr)
  }

  /// `text` as `plan.json`, evaluated with the sample panel into `out.csv`.
  static func planForEvaluate(_ name: String, _ text: String, stderr: String) -> BadInput {
    BadInput(
      name, files: ["plan.json": utf8(text)],
      ["evaluate", "plan.json", "--data", "panel.csv", "--output", "out.csv"], stderr: stderr)
  }
}

/// The message for a lone surrogate `\uXXXX` (lowercase hexadecimal).
func loneSurrogate(_ hex: String) -> String {
  "lone surrogate \\u\(hex) in string; a \\u escape of U+D800…U+DFFF must be a high and low pair"
}

/// Plans that must be refused, each with its JSON path, line and column.
let planCases: [BadInput] = [
  // Size and shape.
  .plan(
    "empty file", "",
    stderr: "plan.json:1:1: error: $: expected a JSON value, found the end of the input\n"),
  .plan(
    "only blank lines", "\n\n  ",
    stderr: "plan.json:3:3: error: $: expected a JSON value, found the end of the input\n"),
  .plan(
    "10,000 nested arrays", String(repeating: "[", count: 10_000),
    stderr:
      "plan.json:1:65: error: [0][0][0][0][0][0]…[0][0][0][0][0][0]: arrays and objects nest more than 64 levels deep\n"
  ),
  .plan(
    "10,000 nested objects", String(repeating: "{\"a\": ", count: 10_000),
    stderr:
      "plan.json:1:385: error: a.a.a.a.a.a…a.a.a.a.a.a: arrays and objects nest more than 64 levels deep\n"
  ),
  .plan(
    "a file over 8 MiB",
    "{\"note\": \"" + String(repeating: "x", count: 9 * 1024 * 1024) + "\"}",
    stderr: "plan.json:1:1: error: $: the file is larger than the 8 MiB a plan may have\n"),
  .plan(
    "more than 10,000 values",
    "{\"criteria\": [" + Array(repeating: "0", count: 10_001).joined(separator: ",") + "]}",
    stderr:
      "plan.json:1:20011: error: criteria[9998]: more than 10000 values (objects, arrays, strings, numbers, booleans and nulls counted together); a plan may have at most 10000\n"
  ),
  .plan(
    "the whole document an array", "[1, 2]",
    stderr: "plan.json:1:1: error: $: expected an object, found an array\n"),

  // Numbers.
  .plan(
    "a number of 400 digits", planText(atLeast: "1" + String(repeating: "0", count: 399)),
    stderr:
      "plan.json:8:14: error: criteria[0].atLeast: number literal longer than 100 characters\n"),
  .plan(
    "an exponent too large to read exactly", planText(atLeast: "1e400"),
    stderr:
      "plan.json:8:14: error: criteria[0].atLeast: 1e400 cannot be read exactly (at most 30 significant digits and an exponent within ±30)\n"
  ),
  .plan(
    "a number with leading zeros", planText(atLeast: "02"),
    stderr: "plan.json:8:14: error: criteria[0].atLeast: numbers must not have leading zeros\n"),
  .plan(
    "NaN", planText(atLeast: "NaN"),
    stderr:
      "plan.json:8:14: error: criteria[0].atLeast: unexpected word `NaN`; JSON has only the literals true, false and null, and strings need double quotes\n"
  ),

  // Strings.
  .plan(
    "\\u0000 in a string", planText(title: #""Bến\u0000Tre""#),
    stderr:
      "plan.json:4:16: error: title: strings must not contain NUL characters (\\u0000)\n"),
  .plan(
    "a raw NUL byte in a string", planText(title: "\"Bến\u{0}Tre\""),
    stderr: "plan.json:4:16: error: title: strings must not contain NUL characters\n"),
  .plan(
    "a lone high surrogate", planText(title: #""Bến\ud800Tre""#),
    stderr: "plan.json:4:16: error: title: \(loneSurrogate("d800"))\n"),
  .plan(
    "a lone low surrogate", planText(title: #""\udc00""#),
    stderr: "plan.json:4:13: error: title: \(loneSurrogate("dc00"))\n"),
  .plan(
    "a high surrogate followed by a letter", planText(title: #""\ud800\u0041""#),
    stderr: "plan.json:4:13: error: title: \(loneSurrogate("d800"))\n"),
  .plan(
    "a string over 64 KiB", planText(title: "\"" + String(repeating: "ế", count: 22_000) + "\""),
    stderr: "plan.json:4:12: error: title: string longer than 64 KiB\n"),
  .plan(
    "a raw tab in a string", planText(title: "\"Bến\tTre\""),
    stderr: "plan.json:4:16: error: title: control character U+0009 must be escaped in a string\n"
  ),
  .plan(
    "a raw line break in a string", planText(title: "\"Bến\nTre\""),
    stderr:
      "plan.json:4:12: error: title: unterminated string (the line ends before the closing quote; write a line break as \\n)\n"
  ),
  .plan(
    "Windows-1258 bytes in a string",
    // "Bến Tre" in Windows-1258: ê is 0xEA, the acute accent 0xEC.
    bytes: legacyBytes(planText(title: "\"B\u{EA}\u{EC}n Tre\"")),
    stderr:
      "plan.json:4:14: error: title: invalid UTF-8 byte 0xEA in string; expected a plan saved as UTF-8\n"
  ),
  .plan(
    "a duplicate key",
    planText().replacingOccurrences(of: "\"id\": \"t\",", with: "\"id\": \"t\", \"id\": \"u\","),
    stderr: "plan.json:3:14: error: id: duplicate key `id` in this object (first at 3:3)\n"),

  // What is not JSON.
  .plan(
    "text after the plan", planText() + "x\n",
    stderr: "plan.json:11:1: error: $: unexpected character 'x' after the JSON value\n"),
  .plan(
    "two plans in one file", planText() + planText(),
    stderr: "plan.json:11:1: error: $: unexpected character '{' after the JSON value\n"),
  .plan(
    "single quotes", "{'schema': 'thidua.plan/1'}",
    stderr:
      "plan.json:1:2: error: $: keys must be in double quotes (\"), not single quotes\n"),
  .plan(
    "a comment", "// Bến Tre\n" + planText(),
    stderr: "plan.json:1:1: error: $: comments are not allowed in JSON\n"),
  .plan(
    "a trailing comma", planText().replacingOccurrences(of: "2025 }", with: "2025, }"),
    stderr: "plan.json:5:41: error: period: trailing comma before '}'\n"),
  .plan(
    "UTF-16 with a byte order mark (Notepad's \"Unicode\")",
    bytes: [0xFF, 0xFE] + Array(planText().utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
    stderr:
      "plan.json:1:1: error: $: the file is UTF-16, not UTF-8; expected a plan saved as UTF-8\n"
  ),
  .plan(
    "UTF-16 without a byte order mark",
    bytes: Array(planText().utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
    stderr:
      "plan.json:1:1: error: $: the file is UTF-16, not UTF-8; expected a plan saved as UTF-8\n"
  ),

  // Many errors.
  .plan(
    "150 unknown keys: the first 100 are listed, the rest counted", planWithManyUnknownKeys,
    stderr: (0..<100).map {
      "plan.json:\($0 + 6):3: error: x\($0): unknown key `x\($0)`; known keys here: \(knownPlanKeys)\n"
    }.joined()
      + "plan.json: error: 50 more errors not listed (at most 100 are); fix the ones above first\n"),

  // Through `evaluate`, which must not write its output.
  .planForEvaluate(
    "a deeply nested plan stops an evaluation", String(repeating: "[", count: 10_000),
    stderr:
      "plan.json:1:65: error: [0][0][0][0][0][0]…[0][0][0][0][0][0]: arrays and objects nest more than 64 levels deep\n"
  ),
  .planForEvaluate(
    "a lone surrogate stops an evaluation", planText(title: #""\ud800""#),
    stderr: "plan.json:4:13: error: title: \(loneSurrogate("d800"))\n"),
  BadInput(
    "the plan path is a directory",
    ["evaluate", ".", "--data", "panel.csv", "--output", "out.csv"], status: 66,
    stderr: ".: error: cannot read: is a directory, not a plan file\n"),
]

@Suite struct PlanBadInputTests {
  @Test(arguments: planCases)
  func isRefusedWithItsMessage(_ bad: BadInput) throws {
    try bad.check()
  }
}
