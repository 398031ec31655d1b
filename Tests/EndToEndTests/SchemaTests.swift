import Foundation
import Testing

/// `thidua schema`, and the schema shipped beside the plans.
@Suite struct SchemaTests {
  @Test func printsTheShippedSchema() throws {
    let result = try Thidua.run(["schema"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let shipped = try String(
      contentsOf: Thidua.packageRoot.appendingPathComponent("campaigns/plan.schema.json"),
      encoding: .utf8)
    #expect(result.stdout == shipped)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
  }

  @Test func theSchemaBesideThePlansIsNotTakenForAPlan() throws {
    let result = try Thidua.run(["check", "campaigns/"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("schema"))
    #expect(result.stdout.split(separator: "\n").count == 6)
  }
}
