import ArgumentParser
import MandateModel
import MandateReporting
import MandateRules

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check model files against the structural rules.",
        discussion: """
        Every problem is reported as file:line:column with a message naming the bodies involved. The date of \
        evaluation is --at, else the model's date, else today; bodies outside their validity at that date are \
        treated as absent. A .mandate.yml next to a model (or --config) switches rules off, changes severities, \
        sets thresholds and waives findings; `mandate rules` lists the rules.

        Exit codes: 0 no error-level findings; 1 error-level findings (any finding with --strict); \
        2 a model or the configuration could not be used.
        """)

    @Argument(help: "Model files (.yaml, .yml, .json or .csv).")
    var models: [String]

    @Option(help: ArgumentHelp("The date of evaluation.", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: ArgumentHelp("A configuration file to use instead of the .mandate.yml next to each model.", valueName: "file"))
    var config: String?

    @Option(help: "The report format: text, json, markdown, sarif or github.")
    var format: ReportFormat = .text

    @Flag(help: "Exit 1 on any finding, not only on errors.")
    var strict = false

    func validate() throws {
        if let at, Day(at) == nil {
            throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01")
        }
    }

    func run() throws {
        var unusable = false
        var reports: [CheckReport] = []
        var shared: Configuration?
        if let config {
            do {
                shared = try ConfigurationLoader.load(file: config)
            } catch {
                StandardError.print(error.description)
                throw ExitCode(ExitStatus.unusableInput)
            }
        }
        var nearby: [String: Configuration] = [:]
        for path in models {
            do {
                let model = try ModelLoader.load(file: path)
                let configuration = try shared ?? ConfigurationLoader.configuration(forModel: path, cache: &nearby)
                let date = EvaluationDate(given: at.flatMap(Day.init), model: model)
                reports.append(Checker(configuration: configuration).check(model, at: date))
            } catch let failure as LoadFailure {
                unusable = true
                StandardError.print(failure.description)
            } catch let failure as ConfigurationFailure {
                unusable = true
                StandardError.print(failure.description)
            }
        }
        print(format.write(reports, colour: format == .text && Terminal.wantsColour), terminator: "")
        if unusable { throw ExitCode(ExitStatus.unusableInput) }
        if reports.contains(where: { strict ? !$0.findings.isEmpty : $0.hasErrors }) { throw ExitCode(ExitStatus.findings) }
    }
}
