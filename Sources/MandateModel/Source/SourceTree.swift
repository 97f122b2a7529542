/// A parsed YAML or JSON document: every node with its line and column, stored flat so that a large
/// model costs a few arrays rather than one allocation per node.
///
/// Scalars' texts are read in place from the source bytes where they were written plainly, and kept in
/// one buffer of decoded text otherwise. Aliases in YAML share the anchored node instead of copying it,
/// so an alias bomb stays small.
package struct SourceTree: Sendable {
    /// A node of the tree.
    package typealias Node = Int

    /// The file the tree was read from, as the user named it.
    package let file: String
    let nodes: [SourceNode]
    let children: [Int32]
    let source: [UInt8]
    let decoded: [UInt8]
    /// The document's top node, or `nil` for an empty document.
    package let root: Node?

    init(file: String, nodes: [SourceNode], children: [Int32], source: [UInt8], decoded: [UInt8], root: Node?) {
        self.file = file
        self.nodes = nodes
        self.children = children
        self.source = source
        self.decoded = decoded
        self.root = root
    }

    /// A tree with no nodes.
    static func empty(file: String) -> SourceTree {
        SourceTree(file: file, nodes: [], children: [], source: [], decoded: [], root: nil)
    }

    /// The node's shape.
    package func kind(of node: Node) -> SourceNodeKind { nodes[node].kind }

    /// Where the node starts.
    package func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: Int(nodes[node].line), column: Int(nodes[node].column))
    }

    /// A scalar's text; empty for lists and mappings.
    package func text(of node: Node) -> String {
        withText(of: node) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a scalar's text as UTF-8 bytes (empty for lists and mappings), without making a string.
    func withText<Result>(of node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let entry = nodes[node]
        guard entry.kind == .scalar else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = Int(entry.start)..<Int(entry.start) + Int(entry.count)
        return (entry.isDecoded ? decoded : source).withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether a scalar's text is exactly `text`.
    func textEquals(_ node: Node, _ text: StaticString) -> Bool {
        withText(of: node) { bytes in
            bytes.count == text.utf8CodeUnitCount && (bytes.isEmpty || bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: bytes.count)))
        }
    }

    /// Whether a scalar was written without quotes.
    package func isPlain(_ node: Node) -> Bool { nodes[node].isPlain }

    /// Whether the node is a plain `null`, `~` or empty scalar.
    package func isNull(_ node: Node) -> Bool {
        let entry = nodes[node]
        guard entry.kind == .scalar, entry.isPlain else { return false }
        switch entry.count {
        case 0: return true
        case 1: return textEquals(node, "~")
        case 4: return textEquals(node, "null") || textEquals(node, "Null") || textEquals(node, "NULL")
        default: return false
        }
    }

    /// A list's items, or a mapping's keys and values alternating.
    package func children(of node: Node) -> [Node] {
        let entry = nodes[node]
        guard entry.kind != .scalar else { return [] }
        let start = Int(entry.start)
        return children[start..<start + Int(entry.count)].map { Int($0) }
    }

    /// A mapping's entries as (key, value) pairs, in file order, read in place.
    package func pairs(of node: Node) -> SourcePairs {
        let entry = nodes[node]
        let start = Int(entry.start)
        return SourcePairs(children: entry.kind == .scalar ? children[0..<0] : children[start..<start + Int(entry.count)])
    }

    /// Whether the document is a mapping with `key` among its keys: how a file in a folder shows it is a model.
    package func declaresKey(_ key: String) -> Bool {
        guard let root, kind(of: root) == .mapping else { return false }
        return pairs(of: root).contains { text(of: $0.key) == key }
    }
}
