import Foundation
import ThiduaCore

exit(
  Thidua.run(
    Array(CommandLine.arguments.dropFirst()), console: Console(),
    environment: ProcessInfo.processInfo.environment))
