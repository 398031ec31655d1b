import Testing

/// The header of a mergers file.
let mergersHeader = "old_code,new_code,effective\n"

extension BadInput {
  /// `text` as `mergers.csv`, checked against the sample units with `thidua check-data`.
  static func mergers(_ name: String, _ text: String, status: Int32 = 65, stderr: String)
    -> BadInput
  {
    BadInput(
      name, files: ["mergers.csv": utf8(text)],
      ["check-data", "--units", "units.csv", "--mergers", "mergers.csv"], status: status,
      stderr: stderr)
  }

  /// `text` as `mergers.csv`, given to `thidua evaluate` with the sample, into `out.csv`.
  static func mergersForEvaluate(_ name: String, _ text: String, stderr: String) -> BadInput {
    BadInput(
      name, files: ["mergers.csv": utf8(text)],
      [
        "evaluate", "plan.json", "--data", "panel.csv", "--units", "units.csv", "--mergers",
        "mergers.csv", "--output", "out.csv",
      ], stderr: stderr)
  }
}

/// The message for a date that is not `YYYY-MM-DD`.
func notADate(_ text: String) -> String {
  "column `effective`: `\(text)` is not a date; expected a date written YYYY-MM-DD, such as "
    + "2025-07-01"
}

/// Mergers files that must be refused, and what each says.
let mergersCases: [BadInput] = [
  .mergers(
    "empty file", "",
    stderr: "mergers.csv:1:1: error: the file is empty; expected a header row naming the columns\n"),
  .mergers(
    "header only", mergersHeader,
    stderr: "mergers.csv:1:1: error: no data rows; expected at least one row under the header\n"),
  .mergers(
    "missing column with a near name", "old_code,new_code,effective_date\n90401,90410,2025-07-01\n",
    stderr:
      "mergers.csv:1:19: error: missing column `effective`; the header has `old_code`, `new_code`, `effective_date`; rename `effective_date` to `effective`\n"
  ),
  .mergers(
    "separated by semicolons", "old_code;new_code;effective\n90401;90410;2025-07-01\n",
    stderr: "mergers.csv:1:1: error: \(semicolonHeader)\n"),
  .mergers(
    "a date written day first, as Vietnamese Excel shows it",
    mergersHeader + "90401,90410,01/07/2025\n",
    stderr: "mergers.csv:2:13: error: \(notADate("01/07/2025"))\n"),
  .mergers(
    "a date without leading zeros", mergersHeader + "90401,90410,2025-7-1\n",
    stderr: "mergers.csv:2:13: error: \(notADate("2025-7-1"))\n"),
  .mergers(
    "an impossible date", mergersHeader + "90401,90410,2025-02-30\n",
    stderr: "mergers.csv:2:13: error: \(notADate("2025-02-30"))\n"),
  .mergers(
    "a date as Excel's serial number", mergersHeader + "90401,90410,45839\n",
    stderr: "mergers.csv:2:13: error: \(notADate("45839"))\n"),
  .mergers(
    "empty date", mergersHeader + "90401,90410,\n",
    stderr:
      "mergers.csv:2:13: error: column `effective`: empty; expected a date written YYYY-MM-DD, such as 2025-07-01\n"
  ),
  .mergers(
    "merged-cell leftovers: the new code only on the first row",
    mergersHeader + "90401,90410,2025-07-01\n90402,,2025-07-01\n90403,,2025-07-01\n",
    stderr: """
      mergers.csv:3:7: error: column `new_code`: empty; expected a unit code \(mergedCells)
      mergers.csv:4:7: error: column `new_code`: empty; expected a unit code \(mergedCells)

      """),
  .mergers(
    "empty old code", mergersHeader + ",90410,2025-07-01\n",
    stderr:
      "mergers.csv:2:1: error: column `old_code`: empty; expected a unit code \(mergedCells)\n"),
  .mergers(
    "an old code not in the units file", mergersHeader + "90999,90410,2025-07-01\n",
    stderr:
      "mergers.csv:2:1: error: column `old_code`: unit `90999` is not in the units file; expected a code listed there\n"
  ),
  .mergers(
    "a mistyped new code", mergersHeader + "90401,90411,2025-07-01\n",
    stderr:
      "mergers.csv:2:7: error: column `new_code`: unit `90411` is not in the units file; expected a code listed there (did you mean `90401`?)\n"
  ),
  .mergers(
    "a unit merged into itself", mergersHeader + "90401,90401,2025-07-01\n",
    stderr:
      "mergers.csv:2:7: error: column `new_code`: `90401` is the same as `old_code`; expected the code of the unit `90401` became part of\n"
  ),
  .mergers(
    "an old unit listed twice", mergersHeader + "90401,90410,2025-07-01\n90401,90402,2025-07-01\n",
    stderr:
      "mergers.csv:3:1: error: column `old_code`: `90401` is listed twice (lines 2 and 3); expected each old unit once (it became part of one new unit)\n"
  ),
  .mergers(
    "mergers that form a cycle", mergersHeader + "90401,90402,2025-07-01\n90402,90401,2025-07-01\n",
    stderr:
      "mergers.csv:3:7: error: column `new_code`: the mergers form a cycle (`90401` → `90402` → `90401`); expected each unit to become part of a unit that does not become part of it in turn\n"
  ),
  .mergers(
    "trailing empty columns are ignored but a value in one is not",
    "old_code,new_code,effective,,\n90401,90410,2025-07-01,,\n90402,90410,2025-07-01,,Huyện D\n",
    stderr:
      "mergers.csv:3:25: error: column 5 (E in a spreadsheet) has a value here but no name in the header; expected a name for it in the header, or the column deleted\n"
  ),
  .mergersForEvaluate(
    "a bad mergers file stops an evaluation", mergersHeader + "90401,90410,1/7/2025\n",
    stderr: "mergers.csv:2:13: error: \(notADate("1/7/2025"))\n"),
  BadInput(
    "missing mergers file",
    [
      "evaluate", "plan.json", "--data", "panel.csv", "--mergers", "nope.csv", "--output",
      "out.csv",
    ],
    status: 66, stderr: "nope.csv: error: cannot read: no such file or directory\n"),
]

@Suite struct MergersBadInputTests {
  @Test(arguments: mergersCases)
  func isRefusedWithItsMessage(_ bad: BadInput) throws {
    try bad.check()
  }
}
