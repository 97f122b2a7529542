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

    /// Creates a run.
    public init(reports: [CheckReport], problems: [RunProblem] = [], baseline: BaselineOutcome? = nil, skipped: [String] = []) {
        self.reports = reports
        self.problems = problems
        self.baseline = baseline
        self.skipped = skipped
    }

    /// Whether every file could be used.
    public var isComplete: Bool { problems.isEmpty }
}
