import Foundation
import ThiduaCore

Heap.prepare()
exit(
  Thidua.run(
    Array(CommandLine.arguments.dropFirst()), console: Console(),
    environment: ProcessInfo.processInfo.environment))
