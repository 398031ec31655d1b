// The fuzzing driver: `thidua-fuzz TARGET [libFuzzer options] [CORPUS ...]`.
//
// Built with `-sanitize=fuzzer,address -DFUZZING` (see `.ci/fuzz`), it hands the process to
// libFuzzer. Built normally, it replays files through a target, so a crash input can be checked
// without the fuzzing toolchain: `thidua-fuzz TARGET FILE ...`.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `text` to standard error.
func complain(_ text: String) {
  var bytes = Array(text.utf8)
  _ = write(2, &bytes, bytes.count)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, FuzzTargets.names.contains(arguments[1]) else {
  let usage = "usage: thidua-fuzz \(FuzzTargets.names.joined(separator: "|")) [FILE ...]\n"
  complain(usage)
  exit(64)
}
let target = arguments[1]

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The target chosen on the command line, read by the C callback (which cannot capture it).
  nonisolated(unsafe) var chosenTarget = target

  // libFuzzer sees the command line without the target name.
  var argc = CInt(CommandLine.argc - 1)
  var argv = CommandLine.unsafeArgv
  argv[1] = argv[0]
  var shifted = argv + 1
  exit(
    runFuzzerDriver(&argc, &shifted) { data, count in
      let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
      _ = FuzzTargets.run(chosenTarget, bytes)
      return 0
    })
#else
  var failed = false
  for path in arguments.dropFirst(2) {
    guard let file = fopen(path, "rb") else {
      complain("\(path): cannot read\n")
      failed = true
      continue
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    fclose(file)
    _ = FuzzTargets.run(target, bytes)
    print("\(path): ok")
  }
  exit(failed ? 66 : 0)
#endif
