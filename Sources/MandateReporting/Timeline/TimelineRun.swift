import MandateModel
import MandateRules

/// Everything one `mandate timeline` has to report: a timeline per model, and the files that could not be used.
public struct TimelineRun: Hashable, Sendable {
    public var timelines: [Timeline]
    /// Models and configurations that could not be used, each problem at its place.
    public var problems: [RunProblem]

    /// The language every timeline of the run is written in (`--language`); `nil` for each model's own.
    public var language: ModelLanguage?

    /// Creates a run.
    public init(timelines: [Timeline], problems: [RunProblem] = [], language: ModelLanguage? = nil) {
        self.language = language
        self.timelines = timelines
        self.problems = problems
    }

    /// The language of one model's timeline: the run's, else the model's own.
    package func language(of timeline: Timeline) -> ModelLanguage {
        language ?? timeline.language
    }
}
