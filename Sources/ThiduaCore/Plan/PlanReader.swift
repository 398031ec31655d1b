import Foundation

/// A plan read from a file, with the warnings found while reading it (nothing that stops it
/// being used, such as a deadline outside the plan's period).
public struct PlanReading: Sendable, Hashable {
  /// The plan.
  public var plan: Plan
  /// Warnings, sorted by position.
  public var warnings: [Diagnostic]

  /// A reading of `plan` with `warnings`.
  public init(plan: Plan, warnings: [Diagnostic] = []) {
    self.plan = plan
    self.warnings = warnings
  }
}

/// Reads `thidua.plan/1` files: JSON syntax, then every key, type and rule of the plan format.
///
/// All errors of a plan are reported together, not just the first, each at `file:line:column`
/// with a message that starts with the JSON path (`criteria[1].measure: …`; array indices count
/// from 0, and `$` is the whole document). Only a JSON syntax error stops reading at once.
public enum PlanReader {
  /// Reads the plan in `file`.
  ///
  /// - Throws: `.cannotRead` when the file is missing, a directory or unreadable;
  ///   `.invalidPlan` with every error found otherwise.
  public static func read(file: String) throws(ThiduaError) -> PlanReading {
    // The system's calls, not Foundation's file handles and URLs: setting those up cost more than
    // reading and checking a plan does.
    var status = stat()
    guard stat(file, &status) == 0 else { throw .cannotRead(file: file, reason: .noSuchFile) }
    guard status.st_mode & S_IFMT != S_IFDIR else {
      throw .cannotRead(file: file, reason: .directoryNotPlan)
    }
    guard access(file, R_OK) == 0 else { throw .cannotRead(file: file, reason: .permissionDenied) }
    var source = try FileByteSource(path: file)
    // One byte more than the limit is enough to tell the parser the file is too large.
    return try parse(bytes: source.readToEnd(limit: JSONParser.maximumInputSize + 1), file: file)
  }

  /// Reads a plan from `bytes` (a file's, or standard input's), reporting positions in `file`.
  /// A caller reading a stream need not read more than ``JSONParser/maximumInputSize`` + 1
  /// bytes: that many are enough to refuse it.
  ///
  /// - Throws: `.invalidPlan` with every error found, sorted by position.
  public static func parse(bytes: [UInt8], file: String) throws(ThiduaError) -> PlanReading {
    if bytes.count > JSONParser.maximumInputSize {
      let location = SourceLocation(file: file, line: 1, column: 1)
      throw .invalidPlan(diagnostics: [
        .error(at: location, .atPath("$", .planFileTooLarge))
      ])
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      let location = SourceLocation(
        file: file, line: error.position.line, column: error.position.column)
      throw .invalidPlan(diagnostics: [.error(at: location, .atPath(error.path, error.message))])
    }
    var decoder = PlanDecoder(file: file)
    let plan = decoder.decode(root)
    guard let plan, decoder.errors.isEmpty else {
      var diagnostics = decoder.errors.sorted()
      if decoder.omittedErrors > 0 {
        diagnostics.append(
          .error(
            at: SourceLocation(file: file),
            .moreErrors(decoder.omittedErrors, limit: PlanDecoder.maximumErrors)))
      }
      throw .invalidPlan(diagnostics: diagnostics)
    }
    return PlanReading(plan: plan, warnings: decoder.warnings.sorted())
  }
}
