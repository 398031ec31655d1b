import Foundation
import Testing

@testable import ThiduaCore

@Suite struct PlanCatalogTests {
  /// A fresh directory holding `files` (names ending in `/` are directories).
  func directory(with files: [String]) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("plan-catalog-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for name in files {
      if name.hasSuffix("/") {
        try FileManager.default.createDirectory(
          atPath: root + "/" + name, withIntermediateDirectories: true)
      } else {
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/" + name))
      }
    }
    return root
  }

  @Test func aDirectoryGivesItsJSONFilesSortedByName() throws {
    let root = try directory(with: [
      "b.json", "a.json", "notes.txt", ".hidden.json", "sub.json/", "sub/", "sub/c.json", "B.json",
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(
      try PlanCatalog.planFiles([root]) == [root + "/B.json", root + "/a.json", root + "/b.json"])
    #expect(
      try PlanCatalog.planFiles([root + "/"]) == [
        root + "/B.json", root + "/a.json", root + "/b.json",
      ])
  }

  @Test func schemasBesideThePlansAreLeftOutButCanBeNamed() throws {
    let root = try directory(with: ["a.json", "plan.schema.json", "z.json"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try PlanCatalog.planFiles([root]) == [root + "/a.json", root + "/z.json"])
    #expect(
      try PlanCatalog.planFiles([root + "/plan.schema.json"]) == [root + "/plan.schema.json"])
  }

  @Test func theDashForStandardInputIsPassedOn() throws {
    let root = try directory(with: ["a.json"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try PlanCatalog.planFiles(["-", root, "-"]) == ["-", root + "/a.json", "-"])
  }

  @Test func filesAreTakenAsTheyAreAndInOrder() throws {
    let root = try directory(with: ["x.json", "plan.txt", "d/", "d/a.json"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(
      try PlanCatalog.planFiles([root + "/plan.txt", root + "/d", root + "/x.json"])
        == [root + "/plan.txt", root + "/d/a.json", root + "/x.json"])
  }

  @Test func aMissingPathCannotBeRead() {
    #expect(
      throws: ThiduaError.cannotRead(file: "nowhere/x.json", reason: "no such file or directory")
    ) {
      try PlanCatalog.planFiles(["nowhere/x.json"])
    }
  }

  @Test func aDirectoryWithoutPlansIsReported() throws {
    let root = try directory(with: ["readme.txt"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(
      throws: ThiduaError.cannotRead(file: root, reason: "no plan files (*.json) in this directory")
    ) {
      try PlanCatalog.planFiles([root])
    }
  }
}

@Suite struct PlanFileTests {
  @Test func aMissingFileCannotBeRead() {
    #expect(
      throws: ThiduaError.cannotRead(file: "missing.json", reason: "no such file or directory")
    ) {
      try PlanReader.read(file: "missing.json")
    }
  }

  @Test func aDirectoryIsNotAPlan() {
    let directory = FileManager.default.temporaryDirectory.path
    #expect(
      throws: ThiduaError.cannotRead(file: directory, reason: "is a directory, not a plan file")
    ) {
      try PlanReader.read(file: directory)
    }
  }

  @Test func errorsNameTheFileAsGiven() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("plan-\(UUID().uuidString).json").path
    try Data("\u{FEFF}{\n  \"schema\": \"thidua.plan/1\"\n}".utf8).write(
      to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      throws: ThiduaError.invalidPlan(diagnostics: [
        .error(
          at: ThiduaCore.SourceLocation(file: path, line: 1, column: 1), "id: missing required key"),
        .error(
          at: ThiduaCore.SourceLocation(file: path, line: 1, column: 1),
          "period: missing required key"),
        .error(
          at: ThiduaCore.SourceLocation(file: path, line: 1, column: 1),
          "title: missing required key"),
      ])
    ) {
      try PlanReader.read(file: path)
    }
  }

  @Test func aFileLargerThan8MiBIsRefusedWithoutReadingItAll() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("plan-\(UUID().uuidString).json").path
    try Data(count: 9 * 1024 * 1024).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      throws: ThiduaError.invalidPlan(diagnostics: [
        .error(
          at: ThiduaCore.SourceLocation(file: path, line: 1, column: 1),
          "$: the file is larger than the 8 MiB a plan may have")
      ])
    ) {
      try PlanReader.read(file: path)
    }
  }
}
