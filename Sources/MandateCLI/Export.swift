import ArgumentParser
import MandateModel
import MandateReporting

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a model in another form: JSON or YAML in the structure of the model file, Mermaid, GraphML or W3C ORG JSON-LD.",
        discussion: """
        json and yaml load back to the same model (ids resolved, aliases replaced by ids): yaml is the way from \
        a CSV import to a YAML model. mermaid is a flowchart for pull requests and wikis; graphml is for yEd, \
        Gephi and NetworkX; jsonld speaks the W3C Organization Ontology for data catalogues.

        Exit codes: 0 written; 2 the model could not be loaded.
        """)

    @Argument(help: "A model file (.yaml, .yml, .json or .csv).", completion: .file(extensions: ModelArguments.extensions))
    var model: String

    @Option(help: "json, yaml, mermaid, graphml or jsonld.")
    var format: ExportFormat = .json

    @Flag(help: "Leave out the people named as holders of posts.")
    var noHolders = false

    func run() throws {
        do {
            let loaded = try ModelLoader.load(file: model)
            print(format.write(noHolders ? loaded.withoutHolders() : loaded), terminator: "")
        } catch {
            StandardError.print(error.description)
            throw ExitCode(2)
        }
    }
}
