/// A name a body carried before; unlike an alias it may repeat across bodies (over fifty years several
/// bodies carry one name), so a reference through it must name one body only.
public struct FormerName: Hashable, Sendable {
    public var name: String
    /// The last day the body carried the name, if known.
    public var until: Day?

    /// Creates a former name.
    public init(name: String, until: Day? = nil) {
        self.name = name
        self.until = until
    }
}
