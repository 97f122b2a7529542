import ArgumentParser
import MandateAnalysis
import MandateModel
import MandateReporting

struct Seats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who sits where: for each role, the bodies it chairs, co-chairs or sits in, and the meetings a year that costs.",
        discussion: """
        For each role (and the person who holds it at the date, where the model names one): the bodies alive at \
        the date in which it is chair, co-chair or permanent member, with the seat's title; ad hoc invitations \
        apart. Meetings a year come from each body's cadence: weekly 52, monthly 12, quarterly 4, yearly 1; ad hoc, \
        free text and none count 0, and the output says how many bodies had no such cadence. Roles are sorted by \
        load. A folder of models gives each; a workspace is one structure.

        Exit codes: 0 written; 2 a model could not be loaded.
        """)

    @Argument(help: ArgumentHelp("Model files, folders or workspaces, - or REV:PATH.", valueName: "model"),
              completion: .file(extensions: ModelArguments.extensions))
    var models: [String]

    @Option(help: ArgumentHelp("The date (default: the model's date, else today).", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: "text, json, markdown or csv.")
    var format: SeatsFormat = .text

    @Flag(help: "Leave out the people named as holders of posts.")
    var noHolders = false

    @Option(help: "The language of the output: da or en (default: the first model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
    }

    func run() throws {
        let inputs = ModelInputs(models)
        for problem in inputs.problems { StandardError.print(problem.description) }
        let analyses = inputs.models.map { entry in
            let model = noHolders ? entry.model.withoutHolders() : entry.model
            return (model, SeatsAnalysis(model, at: EvaluationDate(given: at.flatMap(Day.init), model: model).day))
        }
        print(format.write(analyses, language: language ?? analyses.first?.0.language ?? .en, errors: inputs.problems), terminator: "")
        if !inputs.problems.isEmpty { throw ExitCode(ExitStatus.unusableInput) }
    }
}
