/// Builds a ``SourceTree`` from a stream of events (scalar, begin, end), as both readers produce them.
struct SourceTreeBuilder {
    let file: String
    let maximumDepth: Int
    private(set) var nodes: [SourceNode] = []
    private var children: [Int32] = []
    /// For each open container: its node and where its children start in ``pending``.
    private var open: [(node: Int, firstPending: Int)] = []
    /// The children of all open containers, innermost last; one buffer, so no container allocates its own.
    private var pending: [Int32] = []
    private var root: Int?
    /// The node most recently attached to its parent (or made the root): after ``end()``, the container it closed.
    private(set) var lastAttached = -1

    init(file: String, maximumDepth: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
    }

    /// How many containers are open.
    var depth: Int { open.count }

    /// Adds a scalar and returns its node.
    @discardableResult
    mutating func scalar(_ text: String, isPlain: Bool, line: Int, column: Int) -> Int {
        let node = nodes.count
        nodes.append(SourceNode(kind: .scalar, isPlain: isPlain, line: Int32(clamping: line),
                                column: Int32(clamping: column), text: text, childStart: 0, childCount: 0))
        attach(node)
        return node
    }

    /// Adds a node that already exists (a YAML alias) as the next child.
    mutating func reuse(_ node: Int) {
        attach(node)
    }

    /// Opens a list or a mapping; `false` when the nesting would pass ``maximumDepth``.
    mutating func begin(_ kind: SourceNodeKind, line: Int, column: Int) -> Int? {
        guard open.count < maximumDepth else { return nil }
        let node = nodes.count
        nodes.append(SourceNode(kind: kind, isPlain: false, line: Int32(clamping: line),
                                column: Int32(clamping: column), text: "", childStart: 0, childCount: 0))
        open.append((node, pending.count))
        return node
    }

    /// Closes the innermost open list or mapping.
    mutating func end() {
        guard let (node, firstPending) = open.popLast() else { return }
        nodes[node].childStart = Int32(children.count)
        nodes[node].childCount = Int32(pending.count - firstPending)
        children.append(contentsOf: pending[firstPending...])
        pending.removeSubrange(firstPending...)
        attach(node)
    }

    /// The finished tree.
    func finish() -> SourceTree {
        SourceTree(file: file, nodes: nodes, children: children, root: root)
    }

    private mutating func attach(_ node: Int) {
        lastAttached = node
        if open.isEmpty {
            if root == nil { root = node }
        } else {
            pending.append(Int32(node))
        }
    }
}
