import ArgumentParser
import Foundation
import MandateModel
import MandateReporting

@main
struct Mandate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate",
        abstract: "Check, draw and compare governance structures kept as model files.",
        discussion: """
        Exit codes: 0 clean; 1 error-level findings (any finding with --strict); 2 the input could not be used \
        (usage, configuration or model errors).
        """,
        version: ToolVersion.current,
        subcommands: [Check.self, TimelineCommand.self, Diff.self, Render.self, Report.self, Seats.self, Overlap.self, Impact.self,
                      Rules.self, Export.self, Schema.self, LanguageServerCommand.self, ServeCommand.self])

    /// Runs the command; usage errors exit 2 rather than the argument parser's 64, so that 2 always means
    /// "the input could not be used".
    static func main() {
        if let unknown = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            StandardError.print(unknown)
            Foundation.exit(ExitStatus.unusableInput)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.print(fullMessage(for: error))
                Foundation.exit(ExitStatus.unusableInput)
            }
            exit(withError: error)
        }
    }

    /// The message for a first argument that names no command (`mandate chek x`), with the nearest command;
    /// `nil` where the first argument is a command or an option.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let hint = Suggestion.closest(to: first, in: names).map { "did you mean 'mandate \($0)'?" } ?? "the commands are \(names.joined(separator: ", "))"
        return "error: 'mandate' has no command '\(first)'\n  hint: \(hint)"
    }
}
