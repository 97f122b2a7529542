import ArgumentParser
import MandateModel
import MandateReporting

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JSON Schema: of the model file (for editors), or of the JSON that check or diff prints.")

    /// What the schema describes.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case model
        case check
        case diff
    }

    @Argument(help: "model (the model file), check (check --format json) or diff (diff --format json).")
    var subject: Subject = .model

    @Flag(help: "For model: the key reference as Markdown (the documentation's article) instead of JSON Schema.")
    var markdown = false

    func run() {
        switch subject {
        case .model: print(markdown ? ModelReferenceWriter.markdown() : JSONSchemaWriter.write(), terminator: "")
        case .check: print(ReportSchemas.check, terminator: "")
        case .diff: print(ReportSchemas.diff, terminator: "")
        }
    }
}
