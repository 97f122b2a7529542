/// What a living body needs without a break through a transition.
public enum ContinuityRelation: String, Hashable, Sendable, CaseIterable {
    /// A live body to report to (or, for a body with no reporting line, to be anchored in), or being a root.
    case parent
    case chair
    case secretariat
}
