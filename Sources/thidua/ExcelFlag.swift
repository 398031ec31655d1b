import ThiduaCore

extension FlagSpec {
  /// `--excel`: CSV or TSV made safe and readable for spreadsheets, the same for every command
  /// that can print them. See `DelimitedTextWriter.excel(_:)` for why each part is needed.
  static let excel = FlagSpec(
    "excel",
    help: "CSV/TSV for Excel: a UTF-8 BOM, CRLF line ends, and a ' before cells starting with "
      + "= + - @ tab or CR so they are never run as formulas. Implies --format csv. With "
      + "--lang vi the column headers are Vietnamese (Mã đơn vị, Tên đơn vị, Cấp, Tiêu chí, "
      + "Trạng thái, Lý do, …); without --excel they stay English for scripts.")
}

extension ParsedArguments {
  /// `--format` and `--excel` together: `--excel` alone means CSV, and with a format that is not
  /// CSV or TSV it is a usage error rather than silently ignored.
  func outputFormat() throws(ThiduaError) -> (format: OutputFormat, excel: Bool) {
    let excel = flag(FlagSpec.excel.name)
    let given = optionValues[OptionSpec.format.name] != nil
    guard excel else { return (try choice(OptionSpec.format.name) ?? .table, false) }
    guard given else { return (.csv, true) }
    let format: OutputFormat = try choice(OptionSpec.format.name) ?? .csv
    switch format {
    case .csv, .tsv:
      return (format, true)
    case .table, .json, .ndjson:
      throw .usage(message: .excelNeedsDelimited(format: format.rawValue))
    }
  }
}
