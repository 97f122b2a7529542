import ArgumentParser
import Foundation

/// The language server benchmark alone.
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lsp",
                                                    abstract: "`mandate lsp`: from an edit to its diagnostics, and memory over many edits.")

    @Option(help: "How many edits of the 1,000-body file (a tenth as many, at least 20, of the workspace's file).")
    var edits = 1_000

    @Option(help: "How many bodies the workspace has.")
    var workspaceBodies = 100_000

    func run() throws {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try LanguageServerBenchmark.run(folder: folder, mandate: binaries.appendingPathComponent("mandate").path, edits: edits,
                                        workspaceBodies: workspaceBodies)
    }
}
