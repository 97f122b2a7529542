/// A parsed YAML or JSON document: every node with its line and column, stored flat so that a large
/// model costs a few arrays rather than one allocation per node.
///
/// Aliases in YAML share the anchored node instead of copying it, so an alias bomb stays small.
public struct SourceTree: Sendable {
    /// A node of the tree.
    public typealias Node = Int

    /// The file the tree was read from, as the user named it.
    public let file: String
    var nodes: [SourceNode]
    var children: [Int32]
    /// The document's top node, or `nil` for an empty document.
    public let root: Node?

    init(file: String, nodes: [SourceNode], children: [Int32], root: Node?) {
        self.file = file
        self.nodes = nodes
        self.children = children
        self.root = root
    }

    /// The node's shape.
    public func kind(of node: Node) -> SourceNodeKind { nodes[node].kind }

    /// Where the node starts.
    public func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: Int(nodes[node].line), column: Int(nodes[node].column))
    }

    /// A scalar's text; empty for lists and mappings.
    public func text(of node: Node) -> String { nodes[node].text }

    /// Whether a scalar was written without quotes.
    public func isPlain(_ node: Node) -> Bool { nodes[node].isPlain }

    /// Whether the node is a plain `null`, `~` or empty scalar.
    public func isNull(_ node: Node) -> Bool {
        let entry = nodes[node]
        guard entry.kind == .scalar, entry.isPlain else { return false }
        return entry.text.isEmpty || entry.text == "null" || entry.text == "~" || entry.text == "Null" || entry.text == "NULL"
    }

    /// A list's items, or a mapping's keys and values alternating.
    public func children(of node: Node) -> [Node] {
        let entry = nodes[node]
        let start = Int(entry.childStart)
        return children[start..<start + Int(entry.childCount)].map { Int($0) }
    }

    /// A mapping's entries as (key, value) pairs, in file order, read in place.
    public func pairs(of node: Node) -> SourcePairs {
        let entry = nodes[node]
        let start = Int(entry.childStart)
        return SourcePairs(children: children[start..<start + Int(entry.childCount)])
    }
}
