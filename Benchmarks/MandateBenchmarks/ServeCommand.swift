import ArgumentParser
import Foundation

/// The live view benchmark alone.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
                                                    abstract: "`mandate serve`: from a saved edit to its event, and the page against `mandate report`.")

    @Option(help: "How many saves of the 1,000-body file (half as many, at least 10, of the workspace's file).")
    var saves = 40

    @Option(help: "How many bodies the workspace has.")
    var workspaceBodies = 100_000

    func run() throws {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ServeBenchmark.run(folder: folder, mandate: binaries.appendingPathComponent("mandate").path, saves: saves, workspaceBodies: workspaceBodies)
    }
}
