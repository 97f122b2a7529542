import ArgumentParser

@main
struct Mandate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate",
        abstract: "Check, draw and compare governance structures kept as model files.",
        subcommands: [Check.self, Export.self, Schema.self])
}
