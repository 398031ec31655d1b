// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "thidua",
  products: [
    .executable(name: "thidua", targets: ["thidua"]),
    .library(name: "ThiduaCore", targets: ["ThiduaCore"]),
  ],
  targets: [
    // All logic: plans, data, evaluation, deadlines, rendering, argument parsing. No terminal I/O.
    .target(
      name: "ThiduaCore",
      swiftSettings: [
        // Run-time exclusivity checks cost a tenth of a national run; the compile-time ones stay,
        // and debug builds (the tests) keep both.
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]),
    // The thin shell: parses arguments, reads files, prints, maps errors to exit statuses.
    .executableTarget(
      name: "thidua", dependencies: ["ThiduaCore"],
      linkerSettings: [
        // Linked at a fixed address: as a position-independent executable, the loader first
        // rewrote 73,000 addresses, on 270 pages copied for the purpose, before every command
        // (2 ms of a run, a tenth of an evaluation of the country). The heap, the stack and the
        // C library are still placed at random.
        .unsafeFlags(
          ["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))
      ]),
    // libFuzzer targets for the CSV reader, the plan reader and the argument parser (.ci/fuzz).
    // Built without -DFUZZING, it replays inputs through a target instead.
    .executableTarget(name: "thidua-fuzz", dependencies: ["ThiduaCore"]),
    .testTarget(
      name: "ThiduaCoreTests",
      dependencies: ["ThiduaCore"],
      resources: [.copy("Fixtures")]
    ),
    // Runs the built `thidua` binary and checks stdout, stderr and the exit status together.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["thidua", "thidua-fuzz"],
      resources: [.copy("Golden")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
