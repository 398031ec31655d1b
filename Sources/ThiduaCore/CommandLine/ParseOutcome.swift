/// What the command line asks for: run a command, or print help or the version and stop.
public enum ParseOutcome: Sendable, Hashable {
  /// Run `arguments.command` with these arguments.
  case run(ParsedArguments)
  /// Print this help text to standard output and exit with status 0.
  case help(String)
  /// Print this version to standard output and exit with status 0.
  case version(String)
}
