import ArgumentParser
import Foundation

/// The analyses benchmark alone.
struct AnalysesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyses", abstract: "`mandate seats`, `overlap` and `impact` beside one check.")

    @Option(help: "How many bodies the structure has.")
    var bodies = 100_000

    func run() throws {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AnalysisBenchmark.run(bodies: bodies, folder: folder, mandate: binaries.appendingPathComponent("mandate").path)
    }
}
