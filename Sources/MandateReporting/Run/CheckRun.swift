import MandateRules

/// Everything one `mandate check` has to report: a report per model checked, the files that could not be
/// used, and what a baseline held back.
public struct CheckRun: Hashable, Sendable {
    public var reports: [CheckReport]
    /// Models, configurations and baselines that could not be used, each problem at its place.
    public var problems: [RunProblem]
    public var baseline: BaselineOutcome?

    /// Creates a run.
    public init(reports: [CheckReport], problems: [RunProblem] = [], baseline: BaselineOutcome? = nil) {
        self.reports = reports
        self.problems = problems
        self.baseline = baseline
    }

    /// Whether every file could be used.
    public var isComplete: Bool { problems.isEmpty }
}
