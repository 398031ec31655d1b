import Foundation
import Testing

@testable import ThiduaCore

/// The JSON Schema of plans says what the plan reader accepts: the same keys, the shipped file is
/// `thidua schema`'s output, and the shipped plans validate against it.
@Suite struct PlanSchemaTests {
  static let campaigns = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("campaigns")

  static let schema: JSONNode = {
    // A failure to parse shows as an empty object, which the tests below reject.
    (try? JSONParser.parse(Array(PlanSchema.text.utf8)))
      ?? JSONNode(.object([]), at: JSONPosition(line: 1, column: 1))
  }()

  static let validator = SchemaValidator(root: schema)

  /// The object schema for `name` in `$defs`, or the root for nil.
  static func objectSchema(_ name: String?) -> JSONNode? {
    guard let name else { return schema }
    return schema["$defs"]?[name]
  }

  static func strings(_ node: JSONNode?) -> [String] {
    guard case .array(let elements)? = node?.kind else { return [] }
    return elements.compactMap { element in
      if case .string(let text) = element.kind { return text }
      return nil
    }
  }

  // MARK: The same keys as the reader

  static let objects: [(schema: String?, known: [String], required: [String])] = [
    (nil, PlanDecoder.planKeys, PlanDecoder.planRequiredKeys),
    ("document", PlanDecoder.documentKeys, []),
    ("period", PlanDecoder.periodKeys, PlanDecoder.periodKeys),
    ("criterion", PlanDecoder.criterionKeys, PlanDecoder.criterionRequiredKeys),
    ("selector", PlanDecoder.selectorKeys, []),
    ("rateBound", PlanDecoder.rateBoundKeys, []),
    ("award", PlanDecoder.awardKeys, PlanDecoder.awardKeys),
    ("deadline", PlanDecoder.deadlineKeys, PlanDecoder.deadlineRequiredKeys),
  ]

  @Test(arguments: objects.indices)
  func everyObjectHasTheReadersKeysAndNoOthers(index: Int) throws {
    let (name, known, required) = Self.objects[index]
    let object = try #require(Self.objectSchema(name), "no schema for \(name ?? "the plan")")
    let properties = try #require(object["properties"]?.members).map(\.key)
    #expect(Set(properties) == Set(known + PlanDecoder.freeTextKeys))
    #expect(properties.count == known.count + PlanDecoder.freeTextKeys.count)
    #expect(Set(Self.strings(object["required"])) == Set(required))
    #expect(object["additionalProperties"]?.kind == .bool(false))
  }

  @Test func everyObjectSchemaIsCoveredAbove() throws {
    let definitions = try #require(Self.schema["$defs"]?.members)
    let objectNames = definitions.filter { $0.value["type"]?.kind == .string("object") }.map(\.key)
    #expect(Set(objectNames) == Set(Self.objects.compactMap(\.schema)))
    #expect(Self.schema["type"]?.kind == .string("object"))
  }

  @Test func enumerationsAreTheModelsOwn() {
    let criterion = Self.schema["$defs"]?["criterion"]?["properties"]
    #expect(Self.strings(criterion?["measure"]?["enum"]) == Measure.allCases.map(\.rawValue))
    let selector = Self.schema["$defs"]?["selector"]?["properties"]
    #expect(Self.strings(selector?["level"]?["enum"]) == UnitLevel.allCases.map(\.rawValue))
    #expect(
      Self.strings(Self.schema["properties"]?["whenNoPoorHouseholds"]?["enum"])
        == NoPoorHouseholdsRule.allCases.map(\.rawValue))
    #expect(
      Self.strings(Self.schema["properties"]?["acrossStandards"]?["enum"])
        == AcrossStandardsRule.allCases.map(\.rawValue))
  }

  // MARK: The shipped file and plans

  @Test func theShippedSchemaIsTheCommandsOutput() throws {
    let shipped = try String(
      contentsOf: Self.campaigns.appendingPathComponent(PlanSchema.fileName), encoding: .utf8)
    #expect(
      shipped == PlanSchema.text,
      "campaigns/plan.schema.json is out of date: run `thidua schema > campaigns/plan.schema.json`")
  }

  @Test(arguments: CampaignsTests.files)
  func everyShippedPlanNamesAndMeetsTheSchema(file: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    let plan = try JSONParser.parse(bytes)
    #expect(plan["$schema"]?.kind == .string(PlanSchema.fileName))
    #expect(Self.validator.errors(plan) == [])
    #expect(throws: Never.self) { try PlanReader.parse(bytes: bytes, file: file) }
  }

  // MARK: What the reader refuses, the schema refuses

  static let minimal = """
    {"$schema": "plan.schema.json", "schema": "thidua.plan/1", "id": "p", "title": "P",
     "period": {"from": 2021, "to": 2025}, "baselineYear": 2021,
     "criteria": [{"id": "c", "applies": {"level": "commune", "baselineRate": {"below": 5}},
       "measure": "poverty-rate-reduction-points", "atLeast": 2, "consecutiveYears": 2}],
     "awards": [{"id": "a", "title": "A", "criteria": ["c"]}],
     "deadlines": [{"id": "d", "title": "D", "due": "2023"},
       {"id": "y", "title": "Y", "every": "year", "on": "11-15", "from": 2022, "to": 2025,
        "done": [2022]}],
     "note": "n"}
    """

  /// `minimal` with `replace` replaced by `with`.
  static func changed(_ replace: String, _ with: String) -> String {
    minimal.replacingOccurrences(of: replace, with: with)
  }

  @Test func theMinimalPlanIsValidForBoth() throws {
    let bytes = Array(Self.minimal.utf8)
    #expect(Self.validator.errors(try JSONParser.parse(bytes)) == [])
    #expect(throws: Never.self) { try PlanReader.parse(bytes: bytes, file: "p.json") }
  }

  @Test(arguments: [
    changed(#""title": "P","#, #""titel": "P","#),
    changed(#""schema": "thidua.plan/1""#, #""schema": "thidua.plan/2""#),
    changed(#""id": "p""#, #""id": "  ""#),
    changed(#""period": {"from": 2021, "to": 2025}"#, #""period": {"from": 2021}"#),
    changed(#""level": "commune""#, #""level": "village""#),
    changed(#""measure": "poverty-rate-reduction-points""#, #""measure": "points""#),
    changed(#""atLeast": 2"#, #""atLeast": -2"#),
    changed(#""atLeast": 2"#, #""atLeast": "2""#),
    changed(#""consecutiveYears": 2"#, #""consecutiveYears": 0"#),
    changed(#""consecutiveYears": 2"#, #""consecutiveYears": 1.5"#),
    changed(#""baselineRate": {"below": 5}"#, #""baselineRate": {}"#),
    changed(#""due": "2023""#, #""due": "15/12/2023""#),
    changed(#""due": "2023""#, #""due": "2023", "every": "year""#),
    changed(#""due": "2023""#, #""due": "2023", "on": "11-15""#),
    changed(#""due": "2023""#, #""title2": "x""#),
    changed(#""done": [2022]"#, #""done": [2022, 2022]"#),
    changed(#""done": [2022]"#, #""done": "2022-11-15""#),
    changed(#""on": "11-15""#, #""on": "15/11""#),
    changed(#""every": "year""#, #""every": "month""#),
    changed(#""note": "n""#, #""note": 1"#),
    changed(#""awards": [{"id": "a","#, #""awards": [{"id": "a", "rank": 1,"#),
  ])
  func whatTheReaderRefusesTheSchemaRefuses(text: String) throws {
    let bytes = Array(text.utf8)
    #expect(throws: ThiduaError.self) { try PlanReader.parse(bytes: bytes, file: "p.json") }
    #expect(!Self.validator.errors(try JSONParser.parse(bytes)).isEmpty)
  }

  @Test func aDocumentNeedsOneOfItsParts() throws {
    let text = Self.changed(#""note": "n""#, #""decision": {"note": "unknown"}"#)
    let bytes = Array(text.utf8)
    #expect(throws: ThiduaError.self) { try PlanReader.parse(bytes: bytes, file: "p.json") }
    #expect(
      Self.validator.errors(try JSONParser.parse(bytes)) == [
        "$.decision: 0 branches of anyOf hold"
      ])
  }

  /// Every keyword of every schema object in `node`, found by walking where subschemas are.
  static func keywords(in node: JSONNode) -> Set<String> {
    guard let members = node.members else { return [] }
    var found = Set(members.map(\.key))
    for member in members {
      switch (member.key, member.value.kind) {
      case ("properties", .object(let children)), ("$defs", .object(let children)):
        for child in children { found.formUnion(keywords(in: child.value)) }
      case ("anyOf", .array(let branches)), ("oneOf", .array(let branches)):
        for branch in branches { found.formUnion(keywords(in: branch)) }
      case ("items", _), ("not", _):
        found.formUnion(keywords(in: member.value))
      default:
        break
      }
    }
    return found
  }

  @Test func theValidatorKnowsEveryKeywordTheSchemaUses() throws {
    let used = Self.keywords(in: Self.schema)
    #expect(used.contains("oneOf") && used.contains("$ref") && used.contains("pattern"))
    #expect(used.subtracting(SchemaValidator.keywords) == [])
    let unknown = try JSONParser.parse(Array(#"{"format": "date"}"#.utf8))
    #expect(
      SchemaValidator(root: unknown).errors(JSONNode(.string("x"), at: unknown.position))
        == ["$: the validator does not know the keyword format"])
  }
}
