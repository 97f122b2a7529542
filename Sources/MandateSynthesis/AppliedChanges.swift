/// The ids that a synthetic changed copy touched, change by change.
public struct AppliedChanges: Sendable {
    public var removed: [String] = []
    public var added: [String] = []
    public var renamed: [String] = []
    /// Each moved body with its old and new parent.
    public var moved: [(body: String, from: String, to: String)] = []
    public var chairChanged: [String] = []
}
