import MandateModel
import MandateRules

/// Everything one `mandate check` has to report: a report per model checked, the files that could not be
/// used, and what a baseline held back.
public struct CheckRun: Hashable, Sendable {
    public var reports: [CheckReport]
    /// Models, configurations and baselines that could not be used, each problem at its place.
    public var problems: [RunProblem]
    public var baseline: BaselineOutcome?
    /// Files found in the folders named that are not models (they declare no `mandate:`), and were passed by.
    public var skipped: [String]
    /// The language every report of the run is written in (`--language`); `nil` for each model's own.
    public var language: ModelLanguage?
    /// Every rule the run knows, the library user's own among them, as the reporters list them.
    public var rules: [RuleDescription]
    /// Where the rules' documentation is published (the configuration's `documentation:`), for SARIF's links.
    public var documentation: String?

    /// Creates a run.
    public init(reports: [CheckReport], problems: [RunProblem] = [], baseline: BaselineOutcome? = nil, skipped: [String] = [],
                language: ModelLanguage? = nil, registry: RuleRegistry = .standard, documentation: String? = nil) {
        rules = registry.descriptions
        self.documentation = documentation
        self.language = language
        self.reports = reports
        self.problems = problems
        self.baseline = baseline
        self.skipped = skipped
    }

    /// The language of one model's report: the run's, else the model's own.
    package func language(of report: CheckReport) -> ModelLanguage {
        language ?? report.language
    }

    /// The language of what concerns the whole run (a baseline, files passed by): the run's, else the first model's.
    package var runLanguage: ModelLanguage {
        language ?? reports.first?.language ?? .en
    }

    /// Whether every file could be used.
    public var isComplete: Bool { problems.isEmpty }
}
