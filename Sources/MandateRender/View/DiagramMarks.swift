/// The marks a comparison adds to a diagram: which bodies and lines are added, removed or changed, and
/// the lines of the before model that no longer exist, drawn as removed.
package struct DiagramMarks: Hashable, Sendable {
    /// Marks by node name (body id).
    public var nodes: [String: DiagramMark]
    /// Marks of edges the view draws from the model.
    public var edges: [DiagramEdge: DiagramMark]
    /// Edges that the model does not have but the diagram draws, each with its mark.
    public var extraEdges: [(edge: DiagramEdge, mark: DiagramMark)]

    /// No marks.
    public static let none = DiagramMarks()

    /// Creates marks.
    public init(nodes: [String: DiagramMark] = [:], edges: [DiagramEdge: DiagramMark] = [:],
                extraEdges: [(edge: DiagramEdge, mark: DiagramMark)] = []) {
        self.nodes = nodes
        self.edges = edges
        self.extraEdges = extraEdges
    }

    public static func == (lhs: DiagramMarks, rhs: DiagramMarks) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
            && lhs.extraEdges.map(\.edge) == rhs.extraEdges.map(\.edge) && lhs.extraEdges.map(\.mark) == rhs.extraEdges.map(\.mark)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodes)
        hasher.combine(edges)
    }

    /// The mark of an edge, whether the model has it or the marks add it.
    func mark(of edge: DiagramEdge) -> DiagramMark? {
        edges[edge] ?? extraEdges.first { $0.edge == edge }?.mark
    }
}
