import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What `--output` and standard output do when things go wrong: a kill in the middle of a write,
/// a full disk, a folder that cannot be written, a device or a link at the target.
@Suite struct OutputSafetyTests {
  static let panelArguments = [
    "evaluate", benTre, "--data", "campaigns/sample/panel.csv", "--format", "csv",
  ]

  /// A panel of `units` units over two years, written as the data of a large output.
  static func largePanel(units: Int, in directory: URL) throws -> String {
    var text = "unit_code,year,total_households,poor_households\n"
    text.reserveCapacity(units * 40)
    for index in 0..<units {
      text += "\(100_000 + index),2024,1000,50\n\(100_000 + index),2025,1000,30\n"
    }
    return try write(text, "large.csv", in: directory)
  }

  /// Kills `thidua` with SIGKILL at many points of a run that writes about 4 MB to `--output`,
  /// most of them while the temporary file is being written; the output must always be either
  /// the old file or the complete new one.
  @Test func aKilledRunLeavesTheOldFileOrTheWholeNewOne() throws {
    try withTemporaryDirectory { directory in
      let data = try Self.largePanel(units: 30_000, in: directory)
      let output = directory.appendingPathComponent("out.csv")
      let arguments = [
        "evaluate", benTre, "--data", data, "--format", "csv", "--output", output.path,
      ]

      let started = Date()
      let reference = try Thidua.run(arguments)
      let duration = Date().timeIntervalSince(started)
      try #require(reference.status == 0)
      let new = try Data(contentsOf: output)
      #expect(new.count > 3_000_000)
      let old = Data("the result of an earlier run\n".utf8)

      // Delays after the temporary file appears (the write phase), then fractions of a whole run.
      let inWrite: [UInt32] = [0, 200, 500, 1_000, 2_000, 5_000]
      let inRun: [Double] = [0.2, 0.5, 0.8]
      var killedWhileWriting = 0
      for trial in 0..<(inWrite.count + inRun.count) {
        try old.write(to: output)
        let process = Process()
        process.executableURL = Thidua.binary
        process.arguments = arguments
        process.currentDirectoryURL = Thidua.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if trial < inWrite.count {
          if waitForTheWrite(to: output, oldSize: old.count, while: process) {
            usleep(inWrite[trial])
            if process.isRunning { killedWhileWriting += 1 }
          }
        } else {
          usleep(UInt32(duration * inRun[trial - inWrite.count] * 1_000_000))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let found = try Data(contentsOf: output)
        #expect(found == old || found == new, "trial \(trial): \(found.count) bytes")
      }
      // At least one kill landed while the new file was being written, not before or after.
      #expect(killedWhileWriting > 0)
    }
  }

  /// Polls until the write has started: a temporary `.out.csv.PID-RANDOM.tmp` file appears, or
  /// the output itself changes size (as a writer that is not atomic would do); false if the
  /// process ends first.
  private func waitForTheWrite(to output: URL, oldSize: Int, while process: Process) -> Bool {
    let directory = output.deletingLastPathComponent()
    while process.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      if names.contains(where: { $0.hasPrefix(".out.csv.") && $0.hasSuffix(".tmp") }) {
        return true
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size]) as? Int
      if size != oldSize { return true }
      usleep(200)
    }
    return false
  }

  @Test func aFullDiskBehindStandardOutputExits73() throws {
    let result = try Thidua.run(Self.panelArguments, stdoutPath: "/dev/full")
    #expect(result.status == 73)
    #expect(result.stderr == "standard output: error: cannot write: no space left on device\n")
  }

  @Test func aFullDiskAtTheOutputExits73AndTheDeviceStays() throws {
    let result = try Thidua.run(Self.panelArguments + ["--output", "/dev/full"])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(result.stderr == "/dev/full: error: cannot write: no space left on device\n")
    var status = stat()
    #expect(lstat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func theNullDeviceAtTheOutputIsWrittenNotReplaced() throws {
    let result = try Thidua.run(Self.panelArguments + ["--output", "/dev/null"])
    #expect(result.status == 0)
    var status = stat()
    #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aLinkAtTheOutputIsFollowedAndKept() throws {
    try withTemporaryDirectory { directory in
      let target = try write("old\n", "result.csv", in: directory)
      let link = directory.appendingPathComponent("latest.csv").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "result.csv")
      let result = try Thidua.run(Self.panelArguments + ["--output", link])
      #expect(result.status == 0)
      let expected = try Thidua.run(Self.panelArguments).stdout
      #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "result.csv")
    }
  }

  /// sysfs refuses new files to everyone, root included.
  @Test func aFolderNobodyCanWriteExits73() throws {
    let result = try Thidua.run(Self.panelArguments + ["--output", "/sys/result.csv"])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "/sys/result.csv: error: cannot write: permission denied in directory '/sys'\n")
  }

  /// A folder without write permission; root ignores permissions, so this runs only for others.
  @Test(.enabled(if: geteuid() != 0, "root may write in any folder"))
  func aReadOnlyFolderExits73AndKeepsTheOldFile() throws {
    try withTemporaryDirectory { directory in
      let output = try write("old\n", "out.csv", in: directory)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o555], ofItemAtPath: directory.path)
      defer {
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: directory.path)
      }
      let result = try Thidua.run(Self.panelArguments + ["--output", output])
      #expect(result.status == 73)
      #expect(
        result.stderr
          == "\(output): error: cannot write: permission denied in directory '\(directory.path)'\n")
      #expect(try String(contentsOfFile: output, encoding: .utf8) == "old\n")
    }
  }
}
