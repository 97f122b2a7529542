import ArgumentParser
import MandateModel
import MandateReporting

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a model in another form: JSON or YAML in the structure of the model file, Mermaid, GraphML or W3C ORG JSON-LD.",
        discussion: """
        json and yaml load back to the same model (ids resolved, aliases replaced by ids): yaml is the way from \
        a CSV import to a YAML model. mermaid is a flowchart for pull requests and wikis; graphml is for yEd, \
        Gephi and NetworkX; jsonld speaks the W3C Organization Ontology for data catalogues. json and yaml keep a \
        body's dated `changes`; mermaid, graphml and jsonld show the relations as they stand at --at, else the \
        model's date, else today.

        Exit codes: 0 written; 2 the model could not be loaded.
        """)

    @Argument(help: "A model file (.yaml, .yml, .json or .csv), a folder that holds one, - or REV:PATH.",
              completion: .file(extensions: ModelArguments.extensions))
    var model: String

    @Option(help: "The format of a model read from standard input: yaml, json or csv.")
    var inputFormat: ModelFormat?

    @Option(help: "json, yaml, mermaid, graphml or jsonld.")
    var format: ExportFormat = .json

    @Flag(help: "Leave out the people named as holders of posts.")
    var noHolders = false

    @Option(help: ArgumentHelp("For mermaid, graphml and jsonld: the date whose relations to show.", valueName: "YYYY-MM-DD"))
    var at: String?

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
    }

    func run() throws {
        switch ModelInputs([model], inputFormat: inputFormat).single() {
        case .success(var loaded):
            if noHolders { loaded = loaded.withoutHolders() }
            if !format.keepsChanges { loaded = loaded.on(EvaluationDate(given: at.flatMap(Day.init), model: loaded).day) }
            print(format.write(loaded), terminator: "")
        case .failure(let failure):
            StandardError.print(failure.description)
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}
