import ArgumentParser

/// Renders a seed model again and again: the workload of `scripts/leak-check`.
struct RenderLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render-loop", abstract: "Render a seed model N times (for the leak check).")

    @Argument(help: "How many renders.")
    var count = 100

    func run() throws {
        try RenderBenchmark.loop(count: count)
    }
}
