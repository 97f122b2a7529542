/// Builds a ``SourceTree`` from a stream of events (scalar, begin, end), as every reader produces them.
///
/// With a ``SectionEntryConsumer``, the entries of each mapping inside the top-level mapping go to the
/// consumer as they complete, a batch at a time, each batch in a small tree of its own, and the builder
/// drops their nodes.
struct SourceTreeBuilder {
    let file: String
    let maximumDepth: Int
    private let source: [UInt8]
    private let consumer: SectionEntryConsumer?
    /// Whether the open section's entries go to ``consumer``.
    private var takesEntries = false
    /// The sizes of the arrays when the open section began: the nodes after it are its entries'.
    private var entryMark = (nodes: 0, children: 0, decoded: 0)
    /// How many entries go to the consumer together.
    static let entriesPerBatch = 512
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

    /// A builder for a tree whose in-source texts lie in `source`, with room reserved for more nodes than
    /// a model file of `sourceBytes` bytes holds: room never used costs address space only, while growing
    /// would copy the arrays.
    init(file: String, maximumDepth: Int, source: [UInt8] = [], sourceBytes: Int = 0, consumer: SectionEntryConsumer? = nil) {
        self.file = file
        self.maximumDepth = maximumDepth
        self.source = source
        self.consumer = consumer
        nodes.reserveCapacity(sourceBytes / 5)
        children.reserveCapacity(sourceBytes / 5)
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
        if open.count == 2, kind == .mapping, let consumer, nodes[open[0].node].kind == .mapping,
           (pending.count - open[0].firstPending) % 2 == 1 {
            let rootChildren = pending[open[0].firstPending...].map(Int.init)
            takesEntries = consumer.takesSection(named: rootChildren.last!, after: stride(from: 0, to: rootChildren.count - 1, by: 2).map { rootChildren[$0] },
                                                 in: partialTree())
            entryMark = (nodes.count, children.count, decoded.count)
        }
        return node
    }

    /// Closes the innermost open list or mapping.
    mutating func end() {
        if takesEntries, open.count == 2 { passEntries() }
        guard let (node, firstPending) = open.popLast() else { return }
        nodes[node].start = Int32(children.count)
        nodes[node].count = Int32(pending.count - firstPending)
        children.append(contentsOf: pending[firstPending...])
        pending.removeSubrange(firstPending...)
        if open.count == 1 { takesEntries = false }
        attach(node)
    }

    /// The finished tree.
    func finish() -> SourceTree {
        SourceTree(file: file, nodes: nodes, children: children, source: source, decoded: decoded, root: root)
    }

    /// The complete nodes so far; the consumer must not keep it, or the next change would copy the arrays.
    private func partialTree() -> SourceTree {
        SourceTree(file: file, nodes: nodes, children: children, source: source, decoded: decoded, root: nil)
    }

    /// Gives the open section's complete entries to the consumer, in a tree of their own, and drops their nodes.
    private mutating func passEntries() {
        let first = open[1].firstPending
        guard pending.count > first, (pending.count - first) % 2 == 0 else { return }
        let (nodeBase, childBase, decodedBase) = entryMark
        var batchNodes = Array(nodes[nodeBase...])
        for index in batchNodes.indices {
            if batchNodes[index].kind != .scalar {
                batchNodes[index].start -= Int32(childBase)
            } else if batchNodes[index].isDecoded {
                batchNodes[index].start -= Int32(decodedBase)
            }
        }
        let batch = SourceTree(file: file, nodes: batchNodes, children: children[childBase...].map { $0 - Int32(nodeBase) },
                               source: source, decoded: Array(decoded[decodedBase...]), root: nil)
        let entries = stride(from: first, to: pending.count, by: 2).map { (key: Int(pending[$0]) - nodeBase, value: Int(pending[$0 + 1]) - nodeBase) }
        consumer!.take(entries, in: batch)
        pending.removeLast(pending.count - first)
        nodes.removeLast(nodes.count - nodeBase)
        children.removeLast(children.count - childBase)
        decoded.removeLast(decoded.count - decodedBase)
        lastAttached = -1
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
            if takesEntries, open.count == 2, pending.count - open[1].firstPending == 2 * Self.entriesPerBatch { passEntries() }
        }
    }
}
