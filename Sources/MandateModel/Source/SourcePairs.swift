/// A mapping's (key, value) pairs, read from the tree's child list without copying it.
public struct SourcePairs: RandomAccessCollection, Sendable {
    let children: ArraySlice<Int32>

    public var startIndex: Int { 0 }
    public var endIndex: Int { children.count / 2 }

    public subscript(position: Int) -> (key: SourceTree.Node, value: SourceTree.Node) {
        let base = children.startIndex + position * 2
        return (key: Int(children[base]), value: Int(children[base + 1]))
    }
}
