/// One edge of a diagram, between two node names of the DOT graph.
package struct DiagramEdge: Hashable, Sendable {
    /// The node the relation starts from: the body that reports, is set up, is anchored, and so on.
    public let from: String
    public let to: String
    public let relation: Relation
    /// For a reporting line, whether the same parent also set the body up (drawn as one edge).
    public let alsoEstablished: Bool

    /// Creates an edge.
    public init(from: String, to: String, relation: Relation, alsoEstablished: Bool = false) {
        self.from = from
        self.to = to
        self.relation = relation
        self.alsoEstablished = alsoEstablished
    }
}
