import MandateReporting

/// What a page served live says of itself: which version of the files it shows and, when the last save does not
/// load, why, while it shows the structure as it last loaded.
public struct LiveState: Sendable {
    /// How many times the structure changed since the server started.
    public let generation: Int
    /// The problems of the files as they are now.
    public let problems: [RunProblem]
    /// Whether the page shows the structure as it last loaded, the files as they are not loading.
    public let isStale: Bool

    /// Creates the state of a live page.
    public init(generation: Int, problems: [RunProblem], isStale: Bool) {
        self.generation = generation
        self.problems = problems
        self.isStale = isStale
    }
}
