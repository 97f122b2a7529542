import ArgumentParser
import Foundation

/// The memory benchmark alone.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory", abstract: "Peak memory of `mandate check` against the peer, and where it goes.")

    @Option(help: "How many bodies the models have.")
    var bodies = 100_000

    @Option(help: ArgumentHelp("Only the phases of one file, in this process (the benchmark runs it as a child).", valueName: "file"))
    var phases: String?

    func run() throws {
        if let phases {
            print(try MemoryBenchmark.phases(of: phases).joined(separator: " "))
            return
        }
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try MemoryBenchmark.run(bodies: bodies, folder: folder, mandate: binaries.appendingPathComponent("mandate").path)
    }
}
