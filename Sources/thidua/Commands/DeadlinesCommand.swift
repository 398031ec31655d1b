import Foundation
import ThiduaCore

/// `thidua deadlines PLAN|DIR ...`: overdue and upcoming milestones, for people and for cron.
enum DeadlinesCommand {
  static let spec = CommandSpec(
    name: "deadlines",
    abstract: "List deadlines overdue or due within the window, soonest first.",
    discussion: """
      "Today" is the date in each plan's time zone (default Asia/Ho_Chi_Minh), not the machine's. \
      Exit 0: nothing due in the window and nothing overdue; 10: something due within the window; \
      11: something overdue. With --quiet nothing is printed when the exit status is 0, so \
      'thidua deadlines --quiet campaigns/ || mail …' works from cron.
      """,
    examples: [
      "thidua deadlines campaigns/",
      "thidua deadlines campaigns/ --today 2025-11-01 --within 45 --holidays campaigns/holidays-vn.csv",
      "thidua deadlines --quiet campaigns/ || mail -s 'thidua: deadlines' officer@example.vn",
    ],
    arguments: [
      ArgumentSpec(
        "PLAN", help: "Plan files or directories of plans.", arity: .oneOrMore, kind: .file)
    ],
    options: [
      OptionSpec(
        "today", valueName: "YYYY-MM-DD",
        help: "Take this date as today in every plan (for scripts and tests)."),
      OptionSpec(
        "within", short: "w", valueName: "DAYS", help: "The window, in days.",
        kind: .integer(expecting: "a number of days such as 30"), defaultValue: "30"),
      OptionSpec(
        "holidays", valueName: "FILE",
        help: "Public holidays, one YYYY-MM-DD[,name] a line, for plans with shiftToWorkingDay.",
        kind: .file),
      .format,
    ],
    flags: [
      FlagSpec("quiet", short: "q", help: "Print nothing when nothing is due or overdue."), .excel,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(ThiduaError) -> Int32 {
    let (format, excel) = try arguments.outputFormat()
    let within = try arguments.int("within") ?? 30
    guard within >= 0 else {
      throw .usage(message: .negativeWindow(within))
    }
    let today = try arguments.string("today").map { text throws(ThiduaError) in
      guard let date = CalendarDate(iso: text) else {
        throw .usage(message: .badToday(text, flaw: CalendarDate.flaw(iso: text)))
      }
      return date
    }
    try InputFile.checkStandardInputReadOnce([
      ("PLAN", arguments.arguments("PLAN")), ("--holidays", arguments.strings("holidays")),
    ])
    let holidays =
      try arguments.string("holidays").map { file throws(ThiduaError) in
        try InputFile.holidays(file, console: console)
      } ?? .weekendsOnly
    var plans: [Plan] = []
    var warnings: [Diagnostic] = []
    for file in try PlanCatalog.planFiles(arguments.arguments("PLAN")) {
      let reading = try InputFile.plan(file, console: console)
      warnings += reading.warnings
      plans.append(reading.plan)
    }
    let check = try DeadlineCheck(
      plans: plans, today: today, now: Date(), within: within, holidays: holidays)
    // Quiet means silent when there is nothing to do; when there is, the mail gets everything.
    if check.exitStatus != 0 || !arguments.flag("quiet") {
      for warning in warnings { console.err(warning.description(in: console.language)) }
      console.out(
        DeadlineRenderer.render(
          check, format: format, excel: excel, language: console.language,
          marks: console.tableMarks))
    }
    return check.exitStatus
  }
}
