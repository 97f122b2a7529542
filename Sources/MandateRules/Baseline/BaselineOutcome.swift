/// What a baseline did to a run: how many known findings it held back, and which of its entries matched no
/// finding (fixed, or changed so that they are new findings now).
public struct BaselineOutcome: Hashable, Sendable {
    /// The baseline file, as the user named it.
    public let file: String
    public let heldBack: Int
    package let unmatched: [BaselineEntry]

    /// Creates an outcome.
    package init(file: String, heldBack: Int, unmatched: [BaselineEntry]) {
        self.file = file
        self.heldBack = heldBack
        self.unmatched = unmatched
    }
}
