import ArgumentParser
import MandateAnalysis
import MandateModel
import MandateReporting

struct Overlap: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bodies with nearly the same members: candidates for a merger.",
        discussion: """
        Every pair of bodies alive at the date, each with at least two members (chair, co-chairs and permanent \
        members; ad hoc guests are not members), whose member sets have a Jaccard similarity (shared members over \
        all members of either) of at least --min; with the members they share and their nearest common parent. \
        Only bodies that share a member are compared. A folder of models gives each; a workspace is one structure.

        Exit codes: 0 written; 2 a model could not be loaded.
        """)

    @Argument(help: ArgumentHelp("Model files, folders or workspaces, - or REV:PATH.", valueName: "model"),
              completion: .file(extensions: ModelArguments.extensions))
    var models: [String]

    @Option(help: "The least Jaccard similarity reported, from 0 to 1.")
    var min = 0.5

    @Option(help: ArgumentHelp("The date (default: the model's date, else today).", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: "text, json, markdown or csv.")
    var format: OverlapFormat = .text

    @Option(help: "The language of the output: da or en (default: the first model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
        guard (0...1).contains(min), min > 0 else { throw ValidationError("--min \(min) is not a similarity; write a number above 0 and at most 1, such as 0.5") }
    }

    func run() throws {
        let inputs = ModelInputs(models)
        for problem in inputs.problems { StandardError.print(problem.description) }
        let analyses = inputs.models.map { entry in
            (entry.model, OverlapAnalysis(entry.model, at: EvaluationDate(given: at.flatMap(Day.init), model: entry.model).day, minimum: min))
        }
        print(format.write(analyses, language: language ?? analyses.first?.0.language ?? .en, errors: inputs.problems), terminator: "")
        if !inputs.problems.isEmpty { throw ExitCode(ExitStatus.unusableInput) }
    }
}
