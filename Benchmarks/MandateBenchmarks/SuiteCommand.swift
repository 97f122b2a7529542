import ArgumentParser

/// The whole suite: every figure of the README's Performance section, in one run.
struct SuiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suite", abstract: "Run the whole benchmark suite.")

    @Argument(help: "Model sizes in bodies.")
    var sizes: [Int] = [1_000, 10_000, 100_000]

    func run() throws {
        try Suite.run(sizes: sizes)
    }
}
