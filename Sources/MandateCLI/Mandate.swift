import ArgumentParser
import Foundation

@main
struct Mandate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate",
        abstract: "Check, draw and compare governance structures kept as model files.",
        discussion: """
        Exit codes: 0 clean; 1 error-level findings (any finding with --strict); 2 the input could not be used \
        (usage, configuration or model errors).
        """,
        subcommands: [Check.self, Diff.self, Render.self, Rules.self, Export.self, Schema.self])

    /// Runs the command; usage errors exit 2 rather than the argument parser's 64, so that 2 always means
    /// "the input could not be used".
    static func main() {
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
}
