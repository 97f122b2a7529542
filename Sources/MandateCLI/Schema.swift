import ArgumentParser
import MandateModel

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of the model file format, for editors' completion and validation.")

    func run() {
        print(JSONSchemaWriter.write(), terminator: "")
    }
}
