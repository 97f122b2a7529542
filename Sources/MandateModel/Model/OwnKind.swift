/// A kind of body a model declares for itself (a caucus, a special-interest group), which behaves like one
/// of the built-in kinds for the rules and the drawing and has its own label in the legend.
public struct OwnKind: Hashable, Sendable {
    public var id: String
    /// The name the legend and reports give it.
    public var label: String
    /// The built-in kind it behaves like.
    public var like: BodyKind
    /// Where its id is written.
    public var location: SourceLocation

    /// Creates a kind.
    public init(id: String, label: String, like: BodyKind, location: SourceLocation) {
        self.id = id
        self.label = label
        self.like = like
        self.location = location
    }
}
