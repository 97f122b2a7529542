import ArgumentParser
import MandateModel
import MandateReporting
import MandateRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules, or explain one.",
        discussion: "Exit codes: 0 shown; 2 no rule has that identifier.")

    @Argument(help: "A rule's identifier, such as no-orphan.", completion: .list(RuleRegistry.standard.descriptions.map(\.identifier)))
    var rule: String?

    @Flag(help: "Print the documentation of every rule as Markdown.")
    var markdown = false

    func run() throws {
        if markdown {
            print(RuleDocumentation.markdown(), terminator: "")
        } else if let rule {
            guard let description = RuleRegistry.standard.description(of: rule) else {
                let suggestion = Suggestion.closest(to: rule, in: RuleRegistry.standard.descriptions.map(\.identifier))
                StandardError.print("error: no rule is called '\(rule)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `mandate rules` lists them"))
                throw ExitCode(ExitStatus.unusableInput)
            }
            print(RuleDocumentation.text(for: description), terminator: "")
        } else {
            print(RuleDocumentation.list(), terminator: "")
        }
    }
}
