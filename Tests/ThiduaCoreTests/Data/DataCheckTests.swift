import Testing

@testable import ThiduaCore

@Suite struct DataCheckTests {
  static let units = """
    unit_code,unit_name,level,parent_code,flags
    90100,Huyện Mẫu A,district,,
    90101,Xã Mẫu A1,commune,90100,
    90102,Xã Mẫu A2,commune,90100,

    """

  @Test func inputsAreNamedAsGiven() throws {
    let check = try DataCheck.run(
      units: .text(Self.units, name: "<stdin>"),
      mergers: .text("old_code,new_code,effective\n90101,90102,2024-01-01\n", name: "m.csv"),
      data: .text(
        "unit_code,year,total_households,poor_households\n90101,2023,100,10\n"
          + "90102,2024,200,15\n",
        name: "d.csv"))
    #expect(
      check.summaries == [
        "<stdin>: ok (3 units)", "m.csv: ok (1 merger)",
        "d.csv: ok (2 rows, 2 units, years 2023–2024)",
      ])
  }

  @Test func errorsNameTheInputWithLineAndColumn() {
    #expect(
      throws: ThiduaError.invalidData(diagnostics: [
        .error(
          at: SourceLocation(file: "<stdin>", line: 3, column: 1),
          "column `unit_code`: `90100` is listed twice (lines 2 and 3); expected each unit once")
      ])
    ) {
      try DataCheck.run(
        units: .text(
          "unit_code,unit_name,level\n90100,A,district\n90100,B,district\n", name: "<stdin>"),
        mergers: nil, data: nil)
    }
  }
}
