/// Turns a plan's JSON tree into a `Plan`, collecting every error and warning with its position.
///
/// Each part is checked on its own (keys, types, values), then across parts: duplicate ids, awards
/// naming criteria, rates that need a baseline year, deadlines outside the plan's period. A part
/// with an error is left out of the result, so one mistake is reported once, not again by every
/// check that depends on it.
struct PlanDecoder {
  let file: String
  var errors: [Diagnostic] = []
  var warnings: [Diagnostic] = []
  /// Errors found beyond ``maximumErrors``: counted, not listed.
  var omittedErrors = 0

  /// The most errors listed for one plan; a plan with more is far from right, and listing
  /// thousands (each unknown key with its suggestion) would only bury the first ones.
  static let maximumErrors = 100

  /// Whether the list of errors is full, so a new error is only counted.
  var isFull: Bool { errors.count >= Self.maximumErrors }

  init(file: String) {
    self.file = file
  }

  // The keys of each object of a plan, and those it must have (besides the free-text keys every
  // object takes, `freeTextKeys`). `PlanSchema` describes the same keys; a test keeps them equal.
  static let planKeys = [
    "$schema", "schema", "id", "title", "decision", "implements", "period", "timeZone",
    "baselineYear", "whenNoPoorHouseholds", "criteria", "awards", "deadlines", "shiftToWorkingDay",
    "acrossStandards",
  ]
  static let planRequiredKeys = ["schema", "id", "title", "period"]
  static let documentKeys = ["number", "date", "issuer"]
  static let periodKeys = ["from", "to"]
  static let criterionKeys = ["id", "title", "applies", "measure", "atLeast", "consecutiveYears"]
  static let criterionRequiredKeys = ["id", "applies", "measure", "atLeast", "consecutiveYears"]
  static let selectorKeys = ["level", "allFlags", "anyFlag", "noneFlag", "baselineRate"]
  static let rateBoundKeys = ["below", "atLeast"]
  static let awardKeys = ["id", "title", "criteria"]
  static let deadlineKeys = ["id", "title", "due", "done", "every", "on", "from", "to"]
  static let deadlineRequiredKeys = ["id", "title"]
  /// The keys a yearly deadline must have besides `every`, and that a one-off one must not.
  static let yearlyDeadlineKeys = ["on", "from", "to"]

  /// The plan in `root`, or nil when it has errors (then `errors` says why).
  mutating func decode(_ root: JSONNode) -> Plan? {
    guard
      let fields = fields(
        of: root, at: "", known: Self.planKeys, required: Self.planRequiredKeys)
    else { return nil }

    if let value = fields["schema"], let schema = string(value, "schema"), schema != Plan.schema {
      error(
        "schema", at: value.position,
        .unsupportedSchema(found: schema, supported: Plan.schema))
    }
    if let value = fields["$schema"] { _ = string(value, "$schema") }
    let id = fields["id"].flatMap { nonEmptyString($0, "id") }
    let title = fields["title"].flatMap { nonEmptyString($0, "title") }
    let decision = fields["decision"].flatMap { document($0, "decision") }
    let implements = fields["implements"].flatMap { documents($0, "implements") }
    let period = fields["period"].flatMap { self.period($0, "period") }
    let timeZone = fields["timeZone"].flatMap { self.timeZone($0, "timeZone") }
    let baselineYear = fields["baselineYear"].flatMap { year($0, "baselineYear") }
    let rule = fields["whenNoPoorHouseholds"].flatMap {
      choice(
        $0, "whenNoPoorHouseholds", among: NoPoorHouseholdsRule.allCases.map(\.rawValue),
        noun: .value)
    }
    let acrossStandards = fields["acrossStandards"].flatMap {
      choice(
        $0, "acrossStandards", among: AcrossStandardsRule.allCases.map(\.rawValue),
        noun: .value)
    }
    let shift = fields["shiftToWorkingDay"].flatMap { bool($0, "shiftToWorkingDay") }
    let hasBaselineYear = fields["baselineYear"] != nil
    let (criteria, criterionIDs) = self.criteria(
      fields["criteria"], hasBaselineYear: hasBaselineYear)
    let awards = self.awards(fields["awards"], criterionIDs: criterionIDs)
    let deadlines = self.deadlines(fields["deadlines"], period: period)

    if let period, let baselineYear, let value = fields["baselineYear"],
      baselineYear < period.from - 1 || baselineYear > period.to
    {
      warning(
        "baselineYear", at: value.position,
        .baselineYearFarOutside(baselineYear, from: period.from, to: period.to))
    }

    guard errors.isEmpty, let id, let title, let period, let criteria, let awards, let deadlines
    else { return nil }
    return Plan(
      file: file, id: id, title: title, decision: decision, implements: implements ?? [],
      period: period, timeZone: timeZone ?? "Asia/Ho_Chi_Minh", baselineYear: baselineYear,
      whenNoPoorHouseholds: rule.flatMap(NoPoorHouseholdsRule.init(rawValue:)) ?? .review,
      criteria: criteria, awards: awards, deadlines: deadlines, shiftToWorkingDay: shift ?? false,
      acrossStandards: acrossStandards.flatMap(AcrossStandardsRule.init(rawValue:)) ?? .review)
  }

  // MARK: Documents and period

  /// `{ "number", "date", "issuer" }`, each optional but not all absent.
  mutating func document(_ value: JSONNode, _ path: String) -> DocumentReference? {
    guard let fields = fields(of: value, at: path, known: Self.documentKeys) else {
      return nil
    }
    let number = fields["number"].flatMap { nonEmptyString($0, fields.path("number")) }
    let date = fields["date"].flatMap { self.date($0, fields.path("date")) }
    let issuer = fields["issuer"].flatMap { nonEmptyString($0, fields.path("issuer")) }
    if fields["number"] == nil, fields["date"] == nil, fields["issuer"] == nil,
      !fields.hasUnknownKeys
    {
      error(path, at: value.position, .emptyDocumentReference)
    }
    return DocumentReference(number: number, date: date, issuer: issuer)
  }

  mutating func documents(_ value: JSONNode, _ path: String) -> [DocumentReference]? {
    guard let elements = array(value, path) else { return nil }
    return elements.enumerated().compactMap { index, element in
      document(element, JSONPath.element(path, index))
    }
  }

  mutating func period(_ value: JSONNode, _ path: String) -> YearRange? {
    guard
      let fields = fields(
        of: value, at: path, known: Self.periodKeys, required: Self.periodKeys)
    else { return nil }
    let from = fields["from"].flatMap { year($0, fields.path("from")) }
    let to = fields["to"].flatMap { year($0, fields.path("to")) }
    guard let from, let to else { return nil }
    guard from <= to else {
      error(path, at: value.position, .fromAfterTo(from: from, to: to))
      return nil
    }
    return YearRange(from: from, to: to)
  }

  // MARK: Criteria

  /// The criteria (nil if any has an error) and every id written, for awards to refer to.
  mutating func criteria(
    _ value: JSONNode?, hasBaselineYear: Bool
  ) -> ([Criterion]?, [String]) {
    guard let value else { return ([], []) }
    guard let elements = array(value, "criteria") else { return (nil, []) }
    var criteria: [Criterion] = []
    var ids: [String] = []
    var firstSeen: [String: JSONPosition] = [:]
    var valid = true
    for (index, element) in elements.enumerated() {
      let path = JSONPath.element("criteria", index)
      if let idValue = element["id"], case .string(let id) = idValue.kind, !id.isEmpty {
        if let first = firstSeen[id] {
          error(
            JSONPath.member(path, "id"), at: idValue.position,
            .duplicateID(.criterion, id, first: first.description))
          valid = false
        } else {
          firstSeen[id] = idValue.position
          ids.append(id)
        }
      }
      if let criterion = criterion(element, path, hasBaselineYear: hasBaselineYear) {
        criteria.append(criterion)
      } else {
        valid = false
      }
    }
    return (valid ? criteria : nil, ids)
  }

  mutating func criterion(
    _ value: JSONNode, _ path: String, hasBaselineYear: Bool
  ) -> Criterion? {
    guard
      let fields = fields(
        of: value, at: path, known: Self.criterionKeys, required: Self.criterionRequiredKeys)
    else { return nil }
    let id = fields["id"].flatMap { nonEmptyString($0, fields.path("id")) }
    let title = fields["title"].flatMap { nonEmptyString($0, fields.path("title")) }
    let applies = fields["applies"].flatMap {
      selector($0, fields.path("applies"), hasBaselineYear: hasBaselineYear)
    }
    let measure = fields["measure"].flatMap {
      choice(
        $0, fields.path("measure"), among: Measure.allCases.map(\.rawValue), noun: .measure)
    }.flatMap(Measure.init(rawValue:))
    let atLeast = fields["atLeast"].flatMap { threshold($0, fields.path("atLeast")) }
    var years: Int?
    if let value = fields["consecutiveYears"] {
      years = integer(value, fields.path("consecutiveYears"), noun: .wholeNumberOfYears)
      if let count = years, count < 1 {
        error(fields.path("consecutiveYears"), at: value.position, .mustBeAtLeastOne(count))
        years = nil
      }
    }
    guard let id, let applies, let measure, let atLeast, let years,
      fields["title"] == nil || title != nil
    else { return nil }
    return Criterion(
      id: id, title: title, applies: applies, measure: measure, atLeast: atLeast,
      consecutiveYears: years)
  }

  mutating func selector(
    _ value: JSONNode, _ path: String, hasBaselineYear: Bool
  ) -> Selector? {
    guard let fields = fields(of: value, at: path, known: Self.selectorKeys) else { return nil }
    var valid = true
    var selector = Selector()
    if let level = fields["level"] {
      let name = choice(
        level, fields.path("level"), among: UnitLevel.allCases.map(\.rawValue), noun: .level)
      selector.level = name.flatMap(UnitLevel.init(rawValue:))
      valid = valid && selector.level != nil
    }
    for key in ["allFlags", "anyFlag", "noneFlag"] {
      guard let list = fields[key] else { continue }
      guard let flags = strings(list, fields.path(key)) else {
        valid = false
        continue
      }
      switch key {
      case "allFlags": selector.allFlags = flags
      case "anyFlag":
        selector.anyFlag = flags
        if flags.isEmpty {
          error(fields.path(key), at: list.position, .emptyFlagList)
          valid = false
        }
      default: selector.noneFlag = flags
      }
    }
    if let rate = fields["baselineRate"] {
      selector.baselineRate = rateBound(rate, fields.path("baselineRate"))
      valid = valid && selector.baselineRate != nil
      if !hasBaselineYear {
        error(fields.path("baselineRate"), at: rate.position, .baselineRateWithoutYear)
        valid = false
      }
    }
    return valid ? selector : nil
  }

  /// `{ "below": 5 }`, `{ "atLeast": 5 }` or both, as a range that is not empty.
  mutating func rateBound(_ value: JSONNode, _ path: String) -> RateBound? {
    guard let fields = fields(of: value, at: path, known: Self.rateBoundKeys) else {
      return nil
    }
    let below = fields["below"].flatMap { threshold($0, fields.path("below")) }
    let atLeast = fields["atLeast"].flatMap { threshold($0, fields.path("atLeast")) }
    if fields["below"] == nil, fields["atLeast"] == nil {
      if !fields.hasUnknownKeys {
        error(path, at: value.position, .emptyRateBound)
      }
      return nil
    }
    guard fields["below"] == nil || below != nil, fields["atLeast"] == nil || atLeast != nil else {
      return nil
    }
    if let below, let atLeast, below <= atLeast {
      error(
        path, at: value.position,
        .emptyRateRange(atLeast: String(describing: atLeast), below: String(describing: below)))
      return nil
    }
    return RateBound(below: below, atLeast: atLeast)
  }

  // MARK: Awards

  mutating func awards(_ value: JSONNode?, criterionIDs: [String]) -> [Award]? {
    guard let value else { return [] }
    guard let elements = array(value, "awards") else { return nil }
    var awards: [Award] = []
    var firstSeen: [String: JSONPosition] = [:]
    var valid = true
    for (index, element) in elements.enumerated() {
      let path = JSONPath.element("awards", index)
      guard
        let fields = fields(
          of: element, at: path, known: Self.awardKeys, required: Self.awardKeys)
      else {
        valid = false
        continue
      }
      let id = fields["id"].flatMap { nonEmptyString($0, fields.path("id")) }
      if let id, let idValue = fields["id"] {
        if let first = firstSeen[id] {
          error(
            fields.path("id"), at: idValue.position,
            .duplicateID(.award, id, first: first.description))
          valid = false
        } else {
          firstSeen[id] = idValue.position
        }
      }
      let title = fields["title"].flatMap { nonEmptyString($0, fields.path("title")) }
      let criteria = fields["criteria"].flatMap {
        criterionReferences($0, fields.path("criteria"), known: criterionIDs)
      }
      guard let id, let title, let criteria else {
        valid = false
        continue
      }
      awards.append(Award(id: id, title: title, criteria: criteria))
    }
    return valid ? awards : nil
  }

  mutating func criterionReferences(
    _ value: JSONNode, _ path: String, known: [String]
  ) -> [String]? {
    guard let names = strings(value, path), case .array(let elements) = value.kind else {
      return nil
    }
    var valid = true
    let knownSet = Set(known)
    for (index, name) in names.enumerated() where !knownSet.contains(name) {
      valid = false
      if isFull {
        omittedErrors += 1
        continue
      }
      error(
        JSONPath.element(path, index), at: elements[index].position,
        .unknownCriterion(
          name, suggestion: Self.suggestion(for: name, among: known), known: known))
    }
    return valid ? names : nil
  }

  // MARK: Deadlines

  mutating func deadlines(_ value: JSONNode?, period: YearRange?) -> [Deadline]? {
    guard let value else { return [] }
    guard let elements = array(value, "deadlines") else { return nil }
    var deadlines: [Deadline] = []
    var firstSeen: [String: JSONPosition] = [:]
    var valid = true
    for (index, element) in elements.enumerated() {
      let path = JSONPath.element("deadlines", index)
      if let idValue = element["id"], case .string(let id) = idValue.kind, !id.isEmpty {
        if let first = firstSeen[id] {
          error(
            JSONPath.member(path, "id"), at: idValue.position,
            .duplicateID(.deadline, id, first: first.description))
          valid = false
        } else {
          firstSeen[id] = idValue.position
        }
      }
      if let deadline = deadline(element, path, period: period) {
        deadlines.append(deadline)
      } else {
        valid = false
      }
    }
    return valid ? deadlines : nil
  }

  mutating func deadline(_ value: JSONNode, _ path: String, period: YearRange?) -> Deadline? {
    guard
      let fields = fields(
        of: value, at: path, known: Self.deadlineKeys, required: Self.deadlineRequiredKeys)
    else { return nil }
    let id = fields["id"].flatMap { nonEmptyString($0, fields.path("id")) }
    let title = fields["title"].flatMap { nonEmptyString($0, fields.path("title")) }
    let schedule: Deadline.Schedule?
    switch (fields["due"], fields["every"]) {
    case (.some, .some):
      error(path, at: value.position, .dueAndEvery)
      schedule = nil
    case (.none, .none):
      error(path, at: value.position, .noDueOrEvery)
      schedule = nil
    case (.some(let due), .none):
      schedule = oneOff(due, fields, period: period)
    case (.none, .some(let every)):
      schedule = yearly(every, fields, period: period)
    }
    guard let id, let title, let schedule else { return nil }
    return Deadline(id: id, title: title, schedule: schedule)
  }

  /// `"due": "2023-12-15"` or `"due": "2023"`, with an optional `"done": "2023-12-10"`.
  mutating func oneOff(
    _ dueValue: JSONNode, _ fields: ObjectFields, period: YearRange?
  ) -> Deadline.Schedule? {
    var valid = true
    for key in Self.yearlyDeadlineKeys {
      guard let value = fields[key] else { continue }
      error(fields.path(key), at: value.position, .onlyYearlyDeadlineKey(key))
      valid = false
    }
    let due = self.due(dueValue, fields.path("due"))
    var done: CalendarDate?
    if let value = fields["done"] {
      done = self.date(value, fields.path("done"))
      valid = valid && done != nil
    }
    guard valid, let due else { return nil }
    switch due {
    case .once(let date, _):
      if let period, !period.contains(date.year) {
        warning(
          fields.path("due"), at: dueValue.position,
          .dueOutsidePeriod(date.iso, from: period.from, to: period.to))
      }
      return .once(due: date, done: done)
    case .duringYear(let year, _):
      if let period, !period.contains(year) {
        warning(
          fields.path("due"), at: dueValue.position,
          .dueOutsidePeriod(String(year), from: period.from, to: period.to))
      }
      return .duringYear(year, done: done)
    case .yearly:
      return nil
    }
  }

  /// `"every": "year", "on": "MM-DD", "from": Y1, "to": Y2`, with optional `"done": [years]`.
  mutating func yearly(
    _ everyValue: JSONNode, _ fields: ObjectFields, period: YearRange?
  ) -> Deadline.Schedule? {
    var valid = true
    if let every = string(everyValue, fields.path("every")), every != "year" {
      error(fields.path("every"), at: everyValue.position, .everyNotYear(every))
      valid = false
    }
    for key in Self.yearlyDeadlineKeys where fields[key] == nil {
      error(fields.path(key), at: fields.position, .missingYearlyDeadlineKey)
      valid = false
    }
    let day = fields["on"].flatMap { dayOfYear($0, fields.path("on")) }
    let from = fields["from"].flatMap { year($0, fields.path("from")) }
    let to = fields["to"].flatMap { year($0, fields.path("to")) }
    guard valid, let day, let from, let to, let fromValue = fields["from"],
      let toValue = fields["to"]
    else { return nil }
    guard from <= to else {
      error(fields.path, at: fields.position, .fromAfterTo(from: from, to: to))
      return nil
    }
    var done: [Int] = []
    if let value = fields["done"] {
      guard let years = doneYears(value, fields.path("done"), from: from, to: to) else {
        return nil
      }
      done = years
    }
    if let period {
      if from < period.from {
        let last = min(to, period.from - 1)
        warning(
          fields.path("from"), at: fromValue.position,
          .occurrencesOutsidePeriod(first: from, last: last, from: period.from, to: period.to))
      }
      if to > period.to {
        let first = max(from, period.to + 1)
        warning(
          fields.path("to"), at: toValue.position,
          .occurrencesOutsidePeriod(first: first, last: to, from: period.from, to: period.to))
      }
    }
    return .yearly(month: day.month, day: day.day, from: from, to: to, done: done)
  }

  /// The years of a yearly deadline already done: each one of its occurrences, listed once.
  mutating func doneYears(_ value: JSONNode, _ path: String, from: Int, to: Int) -> [Int]? {
    guard let elements = array(value, path) else { return nil }
    var years: [Int] = []
    var valid = true
    for (index, element) in elements.enumerated() {
      let elementPath = JSONPath.element(path, index)
      guard let year = self.year(element, elementPath) else {
        valid = false
        continue
      }
      if !(from...to).contains(year) {
        error(elementPath, at: element.position, .notAYearOfDeadline(year, from: from, to: to))
        valid = false
      } else if years.contains(year) {
        error(elementPath, at: element.position, .yearListedTwice(year))
        valid = false
      } else {
        years.append(year)
      }
    }
    return valid ? years.sorted() : nil
  }
}
