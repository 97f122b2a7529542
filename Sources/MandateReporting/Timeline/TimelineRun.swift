import MandateRules

/// Everything one `mandate timeline` has to report: a timeline per model, and the files that could not be used.
public struct TimelineRun: Hashable, Sendable {
    public var timelines: [Timeline]
    /// Models and configurations that could not be used, each problem at its place.
    public var problems: [RunProblem]

    /// Creates a run.
    public init(timelines: [Timeline], problems: [RunProblem] = []) {
        self.timelines = timelines
        self.problems = problems
    }
}
