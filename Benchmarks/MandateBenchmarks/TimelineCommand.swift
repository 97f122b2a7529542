import ArgumentParser

/// The timeline benchmark alone.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Time a timeline of many dates against one check.")

    @Option(help: "How many bodies the model has.")
    var bodies = 100_000

    @Option(help: "On how many distinct dates it changes.")
    var dates = 1_000

    func run() throws {
        try TimelineBenchmark.run(bodies: bodies, dates: dates)
    }
}
