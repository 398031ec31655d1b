/// How a command writes its results. Raw values are the names `--format` accepts.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// Aligned columns for people (the default).
  case table
  /// RFC 4180 comma-separated values with a header row.
  case csv
  /// Tab-separated values with a header row.
  case tsv
  /// One JSON document.
  case json
  /// Newline-delimited JSON: one object per line, for streaming tools.
  case ndjson
}
