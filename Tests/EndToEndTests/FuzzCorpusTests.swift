import Foundation
import Testing

/// Every input in `Tests/FuzzCorpus/` (the seeds, and each input fuzzing ever found a fault with)
/// replayed through its fuzz target, with the target's property checks, in a normal build.
@Suite struct FuzzCorpusTests {
  @Test(arguments: ["csv", "roster", "panel", "units", "plan", "arguments"])
  func everyInputReplaysCleanly(target: String) throws {
    let folder = Thidua.packageRoot.appendingPathComponent("Tests/FuzzCorpus/\(target)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.count >= 10)
    let replayer = Thidua.binary.deletingLastPathComponent().appendingPathComponent("thidua-fuzz")
    let process = Process()
    process.executableURL = replayer
    process.arguments = [target] + files.map { folder.appendingPathComponent($0).path }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(printed)")
    #expect(printed.split(separator: "\n").count == files.count)
  }
}
