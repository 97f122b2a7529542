import ArgumentParser

/// Resident memory over many renders of a seed model.
struct RenderMemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render-memory", abstract: "Memory over many renders of a seed model.")

    @Argument(help: "How many renders.")
    var renders = 1_000

    func run() throws {
        try RenderBenchmark.memory(renders: renders)
    }
}
