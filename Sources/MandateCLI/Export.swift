import ArgumentParser
import MandateModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a model as JSON in the structure of the model file (ids resolved, aliases replaced by ids).",
        discussion: "Exit codes: 0 written; 2 the model could not be loaded.")

    @Argument(help: "A model file (.yaml, .yml, .json or .csv).", completion: .file(extensions: ModelArguments.extensions))
    var model: String

    @Flag(help: "Leave out the people named as holders of posts.")
    var noHolders = false

    func run() throws {
        do {
            let loaded = try ModelLoader.load(file: model)
            print(ModelJSONWriter.write(noHolders ? loaded.withoutHolders() : loaded), terminator: "")
        } catch {
            StandardError.print(error.description)
            throw ExitCode(2)
        }
    }
}
