/// A person who holds a post, for a time. Naming people is a choice: a model need not, and reports and
/// exports can leave them out.
public struct Holder: Hashable, Sendable {
    public var name: String
    /// When the person took the post, if known.
    public var from: Day?
    /// When the person left it, if they have.
    public var until: Day?

    /// Creates a holder.
    public init(name: String, from: Day? = nil, until: Day? = nil) {
        self.name = name
        self.from = from
        self.until = until
    }
}
