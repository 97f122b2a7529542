/// Builds a ``SourceTree`` from a stream of events (scalar, begin, end), as every reader produces them.
struct SourceTreeBuilder {
    let file: String
    let maximumDepth: Int
    private let source: [UInt8]
    private var nodes: [SourceNode] = []
    private var children: [Int32] = []
    private var decoded: [UInt8] = []
    /// For each open container: its node and where its children start in ``pending``.
    private var open: [(node: Int, firstPending: Int)] = []
    /// The children of all open containers, innermost last; one buffer, so no container allocates its own.
    private var pending: [Int32] = []
    private var root: Int?
    /// The node most recently attached to its parent (or made the root): after ``end()``, the container it closed.
    private(set) var lastAttached = -1

    /// A builder for a tree whose in-source texts lie in `source`, with room for the nodes of a document of
    /// `expectedBytes` bytes, so that the arrays are not copied as they grow.
    init(file: String, maximumDepth: Int, source: [UInt8] = [], expectedBytes: Int = 0) {
        self.file = file
        self.maximumDepth = maximumDepth
        self.source = source
        nodes.reserveCapacity(expectedBytes / 8)
        children.reserveCapacity(expectedBytes / 8)
        decoded.reserveCapacity(expectedBytes / 2)
    }

    /// Adds a scalar whose text is copied from `text`, and returns its node.
    @discardableResult
    mutating func scalar(_ text: UnsafeBufferPointer<UInt8>, isPlain: Bool, line: Int, column: Int) -> Int {
        let start = decoded.count
        decoded.append(contentsOf: text)
        return add(SourceNode(kind: .scalar, isPlain: isPlain, isDecoded: true, line: line, column: column,
                              start: Int32(start), count: Int32(text.count)))
    }

    /// Adds a scalar whose text is the source's bytes `range`, as written, and returns its node.
    @discardableResult
    mutating func scalar(inSource range: Range<Int>, isPlain: Bool, line: Int, column: Int) -> Int {
        add(SourceNode(kind: .scalar, isPlain: isPlain, isDecoded: false, line: line, column: column,
                       start: Int32(range.lowerBound), count: Int32(range.count)))
    }

    /// Adds a node that already exists (a YAML alias) as the next child.
    mutating func reuse(_ node: Int) {
        attach(node)
    }

    /// Opens a list or a mapping; `nil` when the nesting would pass ``maximumDepth``.
    mutating func begin(_ kind: SourceNodeKind, line: Int, column: Int) -> Int? {
        guard open.count < maximumDepth else { return nil }
        let node = nodes.count
        nodes.append(SourceNode(kind: kind, isPlain: false, isDecoded: false, line: line, column: column, start: 0, count: 0))
        open.append((node, pending.count))
        return node
    }

    /// Closes the innermost open list or mapping.
    mutating func end() {
        guard let (node, firstPending) = open.popLast() else { return }
        nodes[node].start = Int32(children.count)
        nodes[node].count = Int32(pending.count - firstPending)
        children.append(contentsOf: pending[firstPending...])
        pending.removeSubrange(firstPending...)
        attach(node)
    }

    /// The finished tree.
    func finish() -> SourceTree {
        SourceTree(file: file, nodes: nodes, children: children, source: source, decoded: decoded, root: root)
    }

    private mutating func add(_ node: SourceNode) -> Int {
        let index = nodes.count
        nodes.append(node)
        attach(index)
        return index
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
