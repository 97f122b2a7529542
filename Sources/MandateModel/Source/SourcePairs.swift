/// A mapping's (key, value) pairs, read from the tree's child list without copying it.
package struct SourcePairs: RandomAccessCollection, Sendable {
    let children: ArraySlice<Int32>

    package var startIndex: Int { 0 }
    package var endIndex: Int { children.count / 2 }

    package subscript(position: Int) -> (key: SourceTree.Node, value: SourceTree.Node) {
        let base = children.startIndex + position * 2
        return (key: Int(children[base]), value: Int(children[base + 1]))
    }
}
