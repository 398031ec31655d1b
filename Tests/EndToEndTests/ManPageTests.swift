import Foundation
import Testing

/// `thidua man`: a page man and groff render without a warning, holding every command's help.
@Suite struct ManPageTests {
  @Test func groffRendersThePageWithoutWarnings() throws {
    let groff = try #require(External.find("groff"))
    let page = try Thidua.run(["man"])
    #expect(page.status == 0)
    #expect(page.stdout.hasPrefix(".\\\" thidua(1)"))
    let result = try External.run(groff, ["-k", "-man", "-Tutf8", "-ww", "-z"], stdin: page.stdout)
    #expect(result.status == 0)
    #expect(result.stderr == "")
  }

  @Test(.enabled(if: External.find("man") != nil))
  func manShowsEveryCommandAndOption() throws {
    let man = try #require(External.find("man"))
    try withTemporaryDirectory { directory in
      let path = try write(try Thidua.run(["man"]).stdout, "thidua.1", in: directory)
      let result = try External.run(
        man, ["--warnings=all", "-l", path], environment: ["MANWIDTH": "80", "MANPAGER": "cat"])
      #expect(result.status == 0)
      #expect(result.stderr == "")
      let text = result.stdout
      #expect(text.contains("THIDUA(1)"))
      #expect(text.contains("phong trào thi đua"))
      for command in try CompletionsTests.commands() {
        #expect(text.contains("   thidua \(command)\n"), "\(command)")
        for option in try CompletionsTests.options(of: command) where option != "--help" {
          #expect(text.contains(option), "\(command) \(option)")
        }
      }
      #expect(text.contains("EXIT STATUS"))
      #expect(text.contains("NO_COLOR"))
      // Options are written with real minus signs, not hyphens a terminal cannot run.
      #expect(text.contains("--skip-invalid"))
    }
  }
}
