import Foundation
import ThiduaCore

Heap.prepare()
// Read once: each read of the environment makes its dictionary anew.
let environment = ProcessInfo.processInfo.environment
exit(
  Thidua.run(
    Array(CommandLine.arguments.dropFirst()), console: Console(environment: environment),
    environment: environment))
