import ArgumentParser

/// Runs a command and prints its peak resident memory in kilobytes.
struct PeakMemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "peak-memory", abstract: "Print a command's peak resident memory in KB.")

    @Argument(parsing: .captureForPassthrough, help: "The command and its arguments.")
    var command: [String]

    func run() throws {
        print(try ChildProcess.run(command).peakKilobytes)
    }
}
