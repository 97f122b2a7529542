import ArgumentParser
import Foundation

/// Diagrams in sheets against the one page they replace, alone.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sheets", abstract: "Time diagrams in sheets against one page drawn by `dot -Tsvg`.")

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SheetsBenchmark.run(folder: folder)
    }
}
