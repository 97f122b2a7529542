/// One node of a ``SourceTree``: its shape, position, text (for scalars) and the range of its children.
struct SourceNode: Sendable {
    var kind: SourceNodeKind
    /// Whether a scalar was written without quotes; only plain scalars can be numbers, booleans or null.
    var isPlain: Bool
    var line: Int32
    var column: Int32
    var text: String
    /// Start of the children in ``SourceTree/children``; a mapping's children alternate key, value.
    var childStart: Int32
    var childCount: Int32
}
