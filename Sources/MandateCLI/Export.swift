import ArgumentParser
import MandateModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a model as JSON in the structure of the model file (ids resolved, aliases replaced by ids).",
        discussion: "Exit codes: 0 written; 2 the model could not be loaded.")

    @Argument(help: "A model file (.yaml, .yml, .json or .csv).")
    var model: String

    func run() throws {
        do {
            print(ModelJSONWriter.write(try ModelLoader.load(file: model)), terminator: "")
        } catch {
            StandardError.print(error.description)
            throw ExitCode(2)
        }
    }
}
