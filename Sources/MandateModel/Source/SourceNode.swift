/// One node of a ``SourceTree``: its shape, position, and the range of its text (a scalar) or of its
/// children (a list or mapping), in 20 bytes and no allocation of its own.
struct SourceNode: Sendable {
    var kind: SourceNodeKind
    /// Whether a scalar was written without quotes; only plain scalars can be numbers, booleans or null.
    var isPlain: Bool
    /// Whether a scalar's text lies in the tree's decoded text rather than in the source bytes as written.
    var isDecoded: Bool
    var line: Int32
    var column: Int32
    /// A scalar's first text byte, or a container's first entry in ``SourceTree/children``; a mapping's
    /// children alternate key, value.
    var start: Int32
    /// A scalar's text length in bytes, or a container's number of children.
    var count: Int32
}
