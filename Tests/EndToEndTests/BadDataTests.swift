import Foundation
import Testing

/// Four rows: two bad rows of 90101 (three findings), one bad row of 90102, one good row of 90103.
let mixedPanel =
  panelHeader + "90101,2024,\"1.000\",5\n90102,2024,100,200\n90103,2024,100,5\n90101,2025,abc,-1\n"

@Suite struct BadDataTests {
  @Test func allBadRowsAreReportedNotJustTheFirst() throws {
    try withTemporaryDirectory { dir in
      let data = try write(mixedPanel, "panel.csv", in: dir)
      let result = try Thidua.run(["evaluate", benTre, "--data", data])
      #expect(result.status == 65)
      #expect(result.stderr.split(separator: "\n").count == 4)
    }
  }

  @Test func skipInvalidEvaluatesTheRestAndCountsTheRows() throws {
    try withTemporaryDirectory { dir in
      let data = try write(mixedPanel, "panel.csv", in: dir)
      let result = try Thidua.run([
        "evaluate", benTre, "--data", data, "--skip-invalid", "--format", "csv",
      ])
      #expect(result.status == 0)
      #expect(result.stderr.hasSuffix("rows: 4 read, 1 used, 3 rejected\n"))
      let lines = result.stdout.split(separator: "\n")
      #expect(lines.count == 4)
      #expect(
        lines[1].hasPrefix(
          "90101,,,,invalid-data,\"2 rows of this unit rejected (3 findings): \(data):2:12:"))
      #expect(
        lines[2].hasPrefix("90102,,,,invalid-data,1 row of this unit rejected: \(data):3:16:"))
      // Without a units file, 90103 has no level, so no criterion can apply to it.
      #expect(lines[3].hasPrefix("90103,,,,no-criterion,"))
    }
  }

  @Test func spreadsheetConventionsAreRead() throws {
    // A BOM, CRLF, columns in another order, an unknown column, a quoted name with a comma and a
    // line break, and decomposed Vietnamese (NFD) in the unit columns.
    try withTemporaryDirectory { dir in
      let decomposed = "Xa\u{0303} Mẫu, \"một\"\nhai".decomposedStringWithCanonicalMapping
      var text =
        "\u{FEFF}year,poor_households,ghi_chu,unit_code,total_households,unit_name,level\r\n"
      for (year, poor) in [(2023, 20), (2024, 16), (2025, 12)] {
        text +=
          "\(year),\(poor),x,A1,100,\"\(decomposed.replacingOccurrences(of: "\"", with: "\"\""))\",commune\r\n"
      }
      let data = try write(text, "panel.csv", in: dir)
      let result = try Thidua.run(["evaluate", benTre, "--data", data, "--format", "json"])
      #expect(result.status == 0)
      #expect(result.stderr == "")
      let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
      let units = json?["units"] as? [[String: Any]]
      #expect(units?.count == 1)
      #expect(
        units?.first?["name"] as? String
          == "Xã Mẫu, \"một\"\nhai".precomposedStringWithCanonicalMapping)
      #expect(
        (units?.first?["name"] as? String)?.unicodeScalars.count
          == "Xã Mẫu, \"một\"\nhai".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }
  }
}
