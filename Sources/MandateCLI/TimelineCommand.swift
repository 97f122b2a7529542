import ArgumentParser
import MandateModel
import MandateReporting
import MandateRules

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Check a model on every date on which it changes, and find the gaps a transition leaves.",
        discussion: """
        The dates are those on which anything in the model changes: a body's period starts or ends, one of its \
        `changes` takes effect, a review falls due, or a waiver expires. The rules are checked on each span between \
        two dates, and each finding is reported once, with the span in which it holds ("2027-01-01 – 2027-01-31"; \
        an open end means from then on). A gap in continuity is a span in which a living body has no live body \
        to report to, no chair or no secretariat, while it has one on the day before and on the day after.

        Exit codes: 0 no error-level findings and no gaps; 1 error-level findings or gaps; 2 a model or the \
        configuration could not be used.
        """)

    @Argument(help: ArgumentHelp("Model files (.yaml, .yml, .json or .csv), folders of them, or - for standard input.", valueName: "model"),
              completion: .file(extensions: ModelArguments.extensions))
    var models: [String]

    @Option(help: ArgumentHelp("A configuration file to use instead of the .mandate.yml next to each model.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(help: "The report format: text, json or markdown.")
    var format: TimelineFormat = .text

    @Option(help: "The format of a model read from standard input: yaml, json or csv.")
    var inputFormat: ModelFormat?

    @Option(help: "The language of findings, spans and summaries: da or en (default: each model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        if models.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input can be read once: name '-' once") }
    }

    func run() throws {
        let inputs = ModelInputs(models, config: config, inputFormat: inputFormat)
        let (loaded, problems, skipped) = (inputs.models, inputs.problems, inputs.skipped)
        let run = TimelineRun(timelines: loaded.map { TimelineChecker(checker: Checker(configuration: $0.configuration)).timeline(of: $0.model) },
                              problems: problems, language: language)
        if !skipped.isEmpty {
            StandardError.print(TerminalText.clean(ReportWords.of(language ?? run.timelines.first?.language ?? .en).skipped(skipped)))
        }
        for problem in problems { StandardError.print(problem.description) }
        print(format.write(run), terminator: "")
        if !problems.isEmpty { throw ExitCode(ExitStatus.unusableInput) }
        if run.timelines.contains(where: \.hasErrors) { throw ExitCode(ExitStatus.findings) }
    }
}
