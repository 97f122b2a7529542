import ArgumentParser
import Foundation
import MandateHTML
import MandateModel
import MandateReporting
import MandateRules

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of models: findings, diagrams and a card per body.",
        discussion: """
        For each model: its findings, each linked to its body; where the model changes on some date, its \
        timeline (each finding with the span of dates in which it holds, and the gaps in continuity, as \
        `mandate timeline` gives them); its diagram in A4 sheets as inline SVG, each box \
        linked to its body's card; and a card per body (name, kind, chair, members with their seats, secretariat, \
        set up by, reports to, validity and the source quote). Nothing is fetched: styles, script and diagrams \
        are in the file. The script only highlights (a finding's body in the diagram) and searches by name; the \
        page reads the same without it, and prints with each sheet on a page.

        Exit codes: 0 written (whatever the findings); 2 a model or the configuration could not be used.
        """)

    @Argument(help: "Model files (.yaml, .yml, .json or .csv), or folders of them.", completion: .file(extensions: ModelArguments.extensions))
    var models: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write; '-' for standard output.", valueName: "file"),
            completion: .file(extensions: ["html"]))
    var output: String

    @Option(help: ArgumentHelp("The date of evaluation.", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: ArgumentHelp("A configuration file to use instead of the .mandate.yml next to each model.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(help: "The language of the page: da or en (default: the first model's language:, else en).")
    var language: ModelLanguage?

    @Flag(help: "Leave out the people named as holders of posts, in the cards and the seats table.")
    var noHolders = false

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
    }

    func run() throws {
        let inputs = ModelInputs(models, config: config)
        let (run, files) = (inputs.check(at: at.flatMap(Day.init)), inputs.files)
        let loaded = inputs.models.map { entry in (model: noHolders ? entry.model.withoutHolders() : entry.model, configuration: entry.configuration) }
        for problem in run.problems { StandardError.print(problem.description) }
        guard run.isComplete else { throw ExitCode(ExitStatus.unusableInput) }
        let timelines = loaded.map { TimelineChecker(checker: Checker(configuration: $0.configuration)).timeline(of: $0.model) }
        do {
            let html = try ModelReport(models: loaded.map(\.model), run: run, language: language ?? loaded.first?.model.language ?? .en,
                                       timelines: timelines).html()
            if output == "-" {
                print(html, terminator: "")
            } else {
                try OutputFile.write(Array(html.utf8), to: output, protecting: files)
            }
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}
