import ArgumentParser
import MandateAnalysis
import MandateHTML
import MandateModel
import MandateReporting
import MandateRules

struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Try a change before deciding it: dissolve bodies, move others, and see what breaks.",
        discussion: """
        Applies the change to the structure in memory and reports it as `mandate diff` does (the changes, and the \
        findings the change introduces and resolves), with every body alive at the date that no longer reaches a \
        root. --remove dissolves a body, and every reference to it goes with it; --move ID:PARENT makes a body \
        report to PARENT alone. A move that makes a cycle is not refused: the cycle is among the findings it \
        introduces. -o writes the changed model as a model file to edit further: the proposal.

        Exit codes: 0 written; 1 with --fail-on-new-findings, the change introduces an error; 2 the model could \
        not be loaded, or an id names no body.
        """)

    @Argument(help: "A model file or a workspace (a folder), - or REV:PATH.", completion: .file(extensions: ModelArguments.extensions))
    var model: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Bodies to dissolve.", valueName: "id"))
    var remove: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Bodies to move, each ID:PARENT.", valueName: "id:parent"))
    var move: [String] = []

    @Option(help: ArgumentHelp("The date (default: the model's date, else today).", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: "text, json, markdown or html.")
    var format: ImpactFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the changed model (YAML) to this file: the proposal.", valueName: "file"))
    var output: String?

    @Flag(help: "Exit 1 when the change introduces an error-level finding.")
    var failOnNewFindings = false

    @Option(help: "The language of the report: da or en (default: the model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
        if remove.isEmpty, move.isEmpty { throw ValidationError("name a change: --remove ID… or --move ID:PARENT…") }
    }

    func run() throws {
        let inputs = ModelInputs([model])
        let loaded: Model
        switch inputs.single() {
        case .success(let one): loaded = one
        case .failure(let failure):
            StandardError.print(failure.description)
            throw ExitCode(ExitStatus.unusableInput)
        }
        let change: StructureChange
        switch StructureChange.parse(remove: remove, move: move, in: loaded) {
        case .success(let parsed): change = parsed
        case .failure(let error):
            StandardError.print(error.description)
            throw ExitCode(ExitStatus.unusableInput)
        }
        if output != nil, loaded.isWorkspace {
            StandardError.print("error: -o writes one model file, and \(model) is a workspace of \(loaded.files.count) files; make the change in its files")
            throw ExitCode(ExitStatus.unusableInput)
        }
        let date = EvaluationDate(given: at.flatMap(Day.init), model: loaded).day
        let impact = ImpactAnalysis(loaded, change: change, at: date, checker: Checker(configuration: inputs.models[0].configuration))
        do {
            print(try format.write(impact, language: language ?? loaded.language ?? .en), terminator: "")
            if let output { try OutputFile.write(Array(ModelYAMLWriter.write(impact.after).utf8), to: output, protecting: inputs.files) }
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(ExitStatus.unusableInput)
        }
        if failOnNewFindings, impact.report.introducesErrors { throw ExitCode(ExitStatus.findings) }
    }
}
