import ArgumentParser

/// The benchmark runner's commands; with none, the whole suite.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate-benchmarks",
        abstract: "Prints Mandate's performance figures side by side with their peers; asserts nothing.",
        subcommands: [SuiteCommand.self, PhasesCommand.self, GenerateCommand.self, RenderMemoryCommand.self,
                      RenderLoopCommand.self, PeakMemoryCommand.self, SheetsCommand.self, TimelineCommand.self,
                      MemoryCommand.self, WorkspaceCommand.self, AnalysesCommand.self, LanguageServerCommand.self, ServeCommand.self],
        defaultSubcommand: SuiteCommand.self)
}
