import ArgumentParser
import Foundation
import MandateDiff
import MandateModel
import MandateRender
import MandateHTML
import MandateReporting
import MandateRules

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a structure: what moved, was added, merged or removed, and which findings that brings.",
        discussion: """
        Bodies match by id, then by `formerly` or a single predecessor, then by name or alias; `predecessors` \
        marks merges and splits. The rules run on both models (each at --at, else its own date, else today) \
        and the findings the change introduces and resolves are listed with the changes.

        A model is a file, `-` for standard input (give --input-format), or REV:PATH for the file at a git \
        revision, read through `git show` (mandate diff origin/main:Models/x.yaml Models/x.yaml).

        Exit codes: 0 compared; 1 with --exit-code, when there are changes, or with --fail-on-new-findings, when \
        the change introduces error-level findings; 2 a model or the configuration could not be used.
        """)

    @Argument(help: "The model before the reorganisation (.yaml, .yml, .json or .csv; - or REV:PATH).", completion: .file(extensions: ModelArguments.extensions))
    var before: String

    @Argument(help: "The model after the reorganisation (.yaml, .yml, .json or .csv; - or REV:PATH).", completion: .file(extensions: ModelArguments.extensions))
    var after: String

    @Option(help: "The format of a model read from standard input: yaml, json or csv.")
    var inputFormat: ModelFormat?

    @Flag(help: "Exit 1 when there are changes, 0 when there are none (as terraform's -detailed-exitcode).")
    var exitCode = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"),
            completion: .file(extensions: ["txt", "json", "md", "html"]))
    var output: String?

    @Option(help: "text, json, markdown or html (a self-contained page with the diagram).")
    var format: DiffFormat = .text

    @Option(help: ArgumentHelp("Check both models at this date.", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: ArgumentHelp("A configuration file to use instead of the .mandate.yml next to the after model.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Exit 1 when the change introduces error-level findings.")
    var failOnNewFindings = false

    @Flag(help: "Leave out changes of the people named as holders of posts.")
    var noHolders = false

    @Option(help: ArgumentHelp("Also draw the change as a diagram (svg, png, pdf or dot, by extension): what changed and its context, in A4 sheets as `mandate render` divides them.", valueName: "file"),
            completion: .file(extensions: RenderFormat.allCases.map(\.rawValue)))
    var render: String?

    @Option(help: "With --render: svg, png, pdf or dot, where the file's name does not tell (-, /dev/stdout, a FIFO).")
    var renderFormat: RenderFormat?

    @Flag(help: "With --render: draw the whole structure, not only what changed and its context.")
    var renderEverything = false

    @Option(help: "The language of the report and the diagram: da or en (default: the after model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        if before == "-", after == "-" { throw ValidationError("only one of the two models can be read from standard input") }
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
        if let render, renderFormat == nil, render == "-" || RenderFormat(path: render) == nil {
            throw ValidationError("cannot tell the format of '\(render)'; name it .svg, .png, .pdf or .dot, or give --render-format")
        }
        if render == "-", output == nil || output == "-" {
            throw ValidationError("standard output cannot take both the report and the diagram; write the report with -o FILE")
        }
    }

    func run() throws {
        // Each side through the one way in: a model file, `-`, `REV:PATH`, or a workspace (a folder, or `REV:DIR`).
        var loaded: [Model] = []
        var configuration = Configuration.standard
        var failed = false
        for path in [before, after] {
            let inputs = ModelInputs([path], config: config, inputFormat: inputFormat)
            switch inputs.single() {
            case .success(let model):
                loaded.append(model)
                configuration = inputs.models[0].configuration
            case .failure(let failure):
                failed = true
                StandardError.print(failure.description)
            }
        }
        guard !failed else { throw ExitCode(ExitStatus.unusableInput) }
        if noHolders { loaded = loaded.map { $0.withoutHolders() } }
        let date = at.flatMap(Day.init)
        let report = Differ(checker: Checker(configuration: configuration))
            .compare(loaded[0], loaded[1], beforeDate: EvaluationDate(given: date, model: loaded[0]).day,
                     afterDate: EvaluationDate(given: date, model: loaded[1]).day)
        let text: String
        let language = self.language ?? loaded[1].language ?? .en
        do {
            text = try format.write(report, language: language)
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(ExitStatus.unusableInput)
        }
        if let output, output != "-" {
            do { try OutputFile.write(Array(text.utf8), to: output, protecting: [before, after]) } catch {
                StandardError.print("\(error)")
                throw ExitCode(ExitStatus.unusableInput)
            }
        } else {
            print(text, terminator: "")
        }
        if let render {
            let sheets = DiagramSheets(view: DiffDiagram(report: report, showsEverything: renderEverything, language: language).view)
            try DiagramOutput(sheets: sheets.sheets, format: renderFormat ?? RenderFormat(path: render) ?? .svg, engine: .dot, dpi: nil, only: nil)
                .write(to: render, protecting: [before, after])
        }
        if failOnNewFindings, report.introducesErrors { throw ExitCode(ExitStatus.findings) }
        if exitCode, report.hasChanges { throw ExitCode(ExitStatus.findings) }
    }
}
