extension SourceTree: Equatable {
    /// Two trees are equal when they have the same file, and the same nodes in the same order with the same
    /// shapes, positions, quoting, texts and children, wherever each keeps its texts.
    package static func == (left: SourceTree, right: SourceTree) -> Bool {
        guard left.file == right.file, left.root == right.root, left.nodes.count == right.nodes.count else { return false }
        for node in left.nodes.indices {
            let one = left.nodes[node]
            let other = right.nodes[node]
            guard one.kind == other.kind, one.isPlain == other.isPlain, one.line == other.line, one.column == other.column,
                  one.count == other.count else { return false }
            let same = one.kind == .scalar
                ? left.withText(of: node) { mine in right.withText(of: node) { mine.elementsEqual($0) } }
                : left.children(of: node) == right.children(of: node)
            guard same else { return false }
        }
        return true
    }
}
