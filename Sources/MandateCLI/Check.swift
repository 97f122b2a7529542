import ArgumentParser
import Foundation
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
        sets thresholds and waives findings; `mandate rules` lists the rules. A folder means every model file \
        below it; `-` reads a model from standard input (see --input-format). A folder whose .mandate.yml says \
        `workspace:` is one structure of all its files, whose references across files are written MODEL/ID; a \
        file or folder inside it is checked in its workspace and shows its own findings. A model that cannot be loaded is \
        reported in every format: on standard error, and in the JSON, SARIF, GitHub, JUnit and GitLab output.

        A baseline holds back known findings, so that CI fails only on new ones: --write-baseline FILE records \
        the findings of this run (by rule, bodies and a fingerprint of the message, not by line); --baseline FILE \
        reports only findings it does not hold, and says how many it held back and which of its entries match \
        nothing any more.

        Exit codes: 0 no error-level findings (or a baseline written); 1 error-level findings (any finding with \
        --strict); 2 a model, the configuration or the baseline could not be used.
        """)

    @Argument(help: ArgumentHelp("Model files (.yaml, .yml, .json or .csv), folders of them, or - for standard input.", valueName: "model"),
              completion: .file(extensions: ModelArguments.extensions))
    var models: [String]

    @Option(help: ArgumentHelp("The date of evaluation.", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: ArgumentHelp("A configuration file to use instead of the .mandate.yml next to each model.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(help: "The report format: text, json, markdown, sarif, github, junit or gitlab.")
    var format: ReportFormat = .text

    @Option(help: "The format of a model read from standard input: yaml, json or csv.")
    var inputFormat: ModelFormat?

    @Option(help: ArgumentHelp("Report only findings this baseline does not hold.", valueName: "file"), completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(help: ArgumentHelp("Write this run's findings to a baseline file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var writeBaseline: String?

    @Flag(help: "Exit 1 on any finding, not only on errors.")
    var strict = false

    @Option(help: ArgumentHelp("Show only the findings in files whose owner: is this.", valueName: "owner"))
    var owner: String?

    @Flag(help: "Instead of the findings, print one line per owner: its findings by severity and its files (text only).")
    var owners = false

    @Option(help: "The language of findings and summaries: da or en (default: each model's language:, else en). Rule ids, JSON keys and SARIF properties stay the same.")
    var language: ModelLanguage?

    func validate() throws {
        if let at, Day(at) == nil {
            throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01")
        }
        if owners, format != .text { throw ValidationError("--owners prints text; leave out --format, or --owners") }
        if models.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input can be read once: name '-' once") }
    }

    func run() throws {
        let inputs = ModelInputs(models, config: config, inputFormat: inputFormat)
        var run = inputs.check(at: at.flatMap(Day.init))
        let files = inputs.files
        run.language = language
        if let owner { run.reports = run.reports.map { report in report.keeping { report.owner(of: $0) == owner } } }
        var known: Baseline?
        if let baseline {
            do { known = try BaselineFile.load(file: baseline) } catch { run.problems += RunProblem.problems(error) }
        }
        if let writeBaseline, run.isComplete {
            do {
                try OutputFile.write(Array(BaselineFile.text(Baseline(reports: run.reports)).utf8), to: writeBaseline, protecting: files)
            } catch {
                StandardError.print("\(error)")
                throw ExitCode(ExitStatus.unusableInput)
            }
        }
        if let known, let baseline {
            let (reports, outcome) = known.apply(to: run.reports, file: baseline)
            run.reports = reports
            run.baseline = outcome
        }
        for problem in run.problems { StandardError.print(problem.description) }
        if owners {
            print(OwnerSummary.text(of: run), terminator: "")
        } else {
            print(format.write(run, colour: format == .text && Terminal.wantsColour, sourceRoot: FileManager.default.currentDirectoryPath,
                           strict: strict), terminator: "")
        }
        if !run.isComplete { throw ExitCode(ExitStatus.unusableInput) }
        if writeBaseline != nil { return }
        if run.reports.contains(where: { strict ? !$0.findings.isEmpty : $0.hasErrors }) { throw ExitCode(ExitStatus.findings) }
    }
}
