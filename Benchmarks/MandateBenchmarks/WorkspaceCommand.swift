import ArgumentParser
import Foundation

/// The workspace benchmark alone.
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workspace",
                                                    abstract: "`mandate check` of one structure as one file and as a workspace of many files.")

    @Option(help: "How many bodies the structure has.")
    var bodies = 100_000

    @Option(parsing: .upToNextOption, help: "The most bodies a file of the workspace holds (a subtree, or siblings' subtrees packed together); one run each.")
    var perFile = [60, 1_000]

    func run() throws {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WorkspaceBenchmark.run(bodies: bodies, perFile: perFile, folder: folder, mandate: binaries.appendingPathComponent("mandate").path)
    }
}
