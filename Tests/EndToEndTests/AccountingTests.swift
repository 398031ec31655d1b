import Foundation
import Testing

/// No row is ever dropped silently: with `--skip-invalid`, rows read = rows used + rows rejected,
/// printed to standard error; without it, nothing is written when any row is bad.
///
/// Large generated files with bad rows of many kinds at seeded places: the counts printed must be
/// exactly the ones the generator knows, and the rejected rows exactly the lines it spoiled.
///
/// A unit and year, or a household and year, listed more than once: the first row is used and
/// every repeat is rejected (counted once each), naming the first line.
@Suite struct AccountingTests {
  @Test func aLargeMixedRosterIsCountedExactly() throws {
    let roster = MixedFile.roster(seed: 0x0BAD_5EED)
    #expect(roster.used == 30_000)
    #expect(Set(roster.kinds.values) == Set(MixedFile.rosterKinds))
    try expectAccounting(roster, extra: ["--units", sampleUnits])
  }

  @Test func aLargeMixedPanelIsCountedExactly() throws {
    let panel = MixedFile.panel(seed: 0xACC0_0275)
    #expect(panel.used == 10_000)
    #expect(Set(panel.kinds.values) == Set(MixedFile.panelKinds))
    try withTemporaryDirectory { dir in
      let units = try write(MixedFile.panelUnits, "units.csv", in: dir)
      try expectAccounting(panel, extra: ["--units", units])
    }
  }

  @Test func aHouseholdListedThreeTimesIsUsedOnceAndRejectedTwice() throws {
    try withTemporaryDirectory { dir in
      let data = try write(
        """
        household_id,unit_code,year,status
        1,90101,2024,poor
        1,90101,2024,non-poor
        2,90101,2024,poor
        1,90102,2024,poor

        """, "roster.csv", in: dir)
      let result = try Thidua.run([
        "evaluate", benTre, "--data", data, "--units", sampleUnits, "--skip-invalid",
        "--format", "csv",
      ])
      #expect(result.status == 0)
      #expect(
        result.stderr == """
          \(data):3:1: error: column `household_id`: household `1` is listed twice for 2024 (lines 2 and 3); expected one row per household and year
          \(data):5:1: error: column `household_id`: household `1` is listed twice for 2024 (lines 2 and 5); expected one row per household and year
          rows: 4 read, 2 used, 2 rejected

          """)
    }
  }

  // MARK: Helpers

  /// Runs `file` with and without `--skip-invalid` and checks the counts, the rejected lines, and
  /// that a strict run writes nothing.
  private func expectAccounting(
    _ file: MixedFile, extra: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try withTemporaryDirectory { dir in
      let data = try write(file.text, "data.csv", in: dir)
      let arguments = ["evaluate", benTre, "--data", data] + extra + ["--format", "csv"]

      let skipping = try Thidua.run(arguments + ["--skip-invalid"])
      #expect(skipping.status == 0, sourceLocation: sourceLocation)
      let stderr = skipping.stderr.split(separator: "\n").map(String.init)
      let counts = "rows: \(file.read) read, \(file.used) used, \(file.rejected) rejected"
      #expect(stderr.last == counts, sourceLocation: sourceLocation)
      let printed = (stderr.last ?? "").split(whereSeparator: { !$0.isNumber }).compactMap {
        Int($0)
      }
      #expect(printed.count == 3, sourceLocation: sourceLocation)
      if printed.count == 3 {
        #expect(printed[0] == printed[1] + printed[2], sourceLocation: sourceLocation)
      }
      #expect(
        AccountingTests.errorLines(stderr, file: data) == Set(file.kinds.keys),
        "the rejected rows are exactly the spoiled ones", sourceLocation: sourceLocation)
      #expect(skipping.stdout.contains(",invalid-data,"), sourceLocation: sourceLocation)

      let output = dir.appendingPathComponent("out.csv")
      try Data("old result\n".utf8).write(to: output)
      let strict = try Thidua.run(arguments + ["--output", output.path])
      #expect(strict.status == 65, sourceLocation: sourceLocation)
      #expect(strict.stdout == "", sourceLocation: sourceLocation)
      #expect(
        try String(contentsOf: output, encoding: .utf8) == "old result\n",
        sourceLocation: sourceLocation)
      let strictLines = strict.stderr.split(separator: "\n").map(String.init)
      #expect(!strictLines.contains { $0.hasPrefix("rows:") }, sourceLocation: sourceLocation)
      #expect(
        AccountingTests.errorLines(strictLines, file: data) == Set(file.kinds.keys),
        sourceLocation: sourceLocation)
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      #expect(leftovers.sorted() == ["data.csv", "out.csv"], sourceLocation: sourceLocation)
    }
  }

  /// The line numbers of the `FILE:LINE:COLUMN: error:` findings against `file`.
  static func errorLines(_ stderr: [String], file: String) -> Set<Int> {
    Set(
      stderr.compactMap { line -> Int? in
        guard line.hasPrefix(file + ":"), line.contains(": error: ") else { return nil }
        return Int(line.dropFirst(file.count + 1).prefix { $0.isNumber })
      })
  }
}

/// A generated data file with bad rows spread through good ones.
struct MixedFile {
  /// The whole file, header first.
  var text = ""
  /// Rows written (the header aside).
  var read = 0
  /// Good rows.
  var used = 0
  /// Line number → kind of each bad row.
  var kinds: [Int: String] = [:]

  var rejected: Int { kinds.count }

  static let rosterKinds = [
    "bad status", "unknown unit code", "household listed twice", "bad year", "year out of range",
    "empty unit code", "extra value", "missing value", "empty household id", "empty row",
    "several problems in one row",
  ]

  static let panelKinds = [
    "negative number", "not a number", "thousands separator", "more poor than total",
    "no households", "unknown unit code", "unit and year listed twice", "bad year",
    "empty unit code", "extra value", "missing value", "empty row", "several problems in one row",
  ]

  /// 30,000 good rows: 6,000 households of the sample's communes in 2021–2025 (every tenth with a
  /// text id), and about 1% bad rows of every kind in ``rosterKinds``.
  static func roster(seed: UInt64) -> MixedFile {
    let communes = [
      "90101", "90102", "90103", "90104", "90201", "90202", "90203", "90204", "90301", "90302",
      "90303", "90304", "90401", "90402", "90403", "90410",
    ]
    let statuses = ["poor", "near-poor", "non-poor", "non-poor", "non-poor", "nghèo", "cận nghèo"]
    var random = SplitMix64(seed: seed)
    var file = MixedFile(header: "household_id,unit_code,year,status")
    var written: [String] = []
    var fresh = 0
    for year in 2021...2025 {
      for household in 0..<6_000 {
        let unit = communes[household % communes.count]
        if random.next() % 100 == 0 {
          fresh += 1
          let id = "8\(fresh)"
          let kind = rosterKinds[file.kinds.count % rosterKinds.count]
          let row: String
          switch kind {
          case "bad status": row = "\(id),\(unit),\(year),rich"
          case "unknown unit code": row = "\(id),99999,\(year),poor"
          case "household listed twice":
            row = written[Int(random.next() % UInt64(written.count))]
          case "bad year": row = "\(id),\(unit),20x3,poor"
          case "year out of range": row = "\(id),\(unit),1899,poor"
          case "empty unit code": row = "\(id),,\(year),poor"
          case "extra value": row = "\(id),\(unit),\(year),poor,surplus"
          case "missing value": row = "\(id),\(unit),\(year)"
          case "empty household id": row = ",\(unit),\(year),poor"
          case "empty row": row = ""
          default: row = "\(id),99999,20x3,rich"
          }
          file.add(row, rejectedAs: kind)
        }
        let id = household % 10 == 0 ? "hh-\(household)" : "9\(household)"
        let status = statuses[Int(random.next() % UInt64(statuses.count))]
        let row = "\(id),\(unit),\(year),\(status)"
        file.add(row)
        written.append(row)
      }
    }
    return file
  }

  /// The units of ``panel(seed:)``: a province and 2,000 communes under it.
  static let panelUnits: String = {
    var text = "unit_code,unit_name,level,parent_code,flags\n80000,Tỉnh Thử,province,,\n"
    for index in 1...2_000 { text += "\(80_000 + index),Xã Thử \(index),commune,80000,\n" }
    return text
  }()

  /// 10,000 good rows: the 2,000 communes of ``panelUnits`` in 2021–2025, and about 1% bad rows of
  /// every kind in ``panelKinds``.
  static func panel(seed: UInt64) -> MixedFile {
    var random = SplitMix64(seed: seed)
    var file = MixedFile(header: "unit_code,year,total_households,poor_households")
    var written: [String] = []
    for year in 2021...2025 {
      for index in 1...2_000 {
        let code = "\(80_000 + index)"
        if random.next() % 100 == 0 {
          let kind = panelKinds[file.kinds.count % panelKinds.count]
          let row: String
          switch kind {
          case "negative number": row = "\(code),\(year),-5,1"
          case "not a number": row = "\(code),\(year),500,12a"
          case "thousands separator": row = "\(code),\(year),1.000,10"
          case "more poor than total": row = "\(code),\(year),10,20"
          case "no households": row = "\(code),\(year),0,0"
          case "unknown unit code": row = "99999,\(year),500,10"
          case "unit and year listed twice":
            row = written[Int(random.next() % UInt64(written.count))]
          case "bad year": row = "\(code),20x3,500,10"
          case "empty unit code": row = ",\(year),500,10"
          case "extra value": row = "\(code),\(year),500,10,surplus"
          case "missing value": row = "\(code),\(year),500"
          case "empty row": row = ""
          default: row = "\(code),20x3,-5,abc"
          }
          file.add(row, rejectedAs: kind)
        }
        let total = 400 + Int(random.next() % 1_000)
        let poor = Int(random.next() % UInt64(total / 10))
        let row = "\(code),\(year),\(total),\(poor)"
        file.add(row)
        written.append(row)
      }
    }
    return file
  }

  private init(header: String) {
    text = header + "\n"
  }

  /// Adds a good row, or a bad one of `kind`. A bad row always comes before a good one, so the
  /// file never ends with an empty line.
  private mutating func add(_ row: String, rejectedAs kind: String? = nil) {
    read += 1
    text += row + "\n"
    if let kind { kinds[read + 1] = kind } else { used += 1 }
  }
}
