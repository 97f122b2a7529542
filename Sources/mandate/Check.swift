import ArgumentParser
import MandateModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load model files and report what is wrong with them.",
        discussion: """
        Every problem in every file is reported, each as file:line:column with a hint.

        Exit codes: 0 every model is usable; 2 a model could not be loaded (or a usage error).
        """)

    @Argument(help: "Model files (.yaml, .yml, .json).")
    var models: [String]

    func run() throws {
        var failed = false
        for path in models {
            do {
                let model = try ModelLoader.load(file: path)
                print("\(path): ok: \(ModelSummaryLine(model: model).text)")
            } catch {
                failed = true
                StandardError.print(error.description)
            }
        }
        if failed { throw ExitCode(2) }
    }
}
