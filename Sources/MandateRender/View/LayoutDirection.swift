/// The direction in which reporting lines run down the page.
public enum LayoutDirection: String, Sendable, CaseIterable {
    /// Top to bottom: the authority at the top.
    case TB
    /// Left to right.
    case LR
    /// Bottom to top.
    case BT
    /// Right to left.
    case RL
}
