/// One node of a ``SourceTree``: its shape, position, and the range of its text (a scalar) or of its
/// children (a list or mapping), packed in 16 bytes with no allocation of its own.
struct SourceNode: Sendable {
    let line: Int32
    /// The column in the low 28 bits (a longer line's columns stop at the largest), then the shape in two
    /// bits, whether a scalar is plain, and whether its text is decoded.
    private let columnAndFlags: UInt32
    /// A scalar's first text byte, or a container's first entry in ``SourceTree/children``; a mapping's
    /// children alternate key, value.
    var start: Int32
    /// A scalar's text length in bytes, or a container's number of children.
    var count: Int32

    private static let columnMask: UInt32 = 0x0FFF_FFFF

    init(kind: SourceNodeKind, isPlain: Bool, isDecoded: Bool, line: Int, column: Int, start: Int32, count: Int32) {
        self.line = Int32(clamping: line)
        columnAndFlags = UInt32(clamping: min(max(column, 0), Int(Self.columnMask))) | UInt32(kind.rawValue) << 28
            | (isPlain ? 1 << 30 : 0) | (isDecoded ? 1 << 31 : 0)
        self.start = start
        self.count = count
    }

    var kind: SourceNodeKind { SourceNodeKind(rawValue: UInt8(columnAndFlags >> 28 & 3))! }
    /// Whether a scalar was written without quotes; only plain scalars can be numbers, booleans or null.
    var isPlain: Bool { columnAndFlags & 1 << 30 != 0 }
    /// Whether a scalar's text lies in the tree's decoded text rather than in the source bytes as written.
    var isDecoded: Bool { columnAndFlags & 1 << 31 != 0 }
    var column: Int32 { Int32(columnAndFlags & Self.columnMask) }
}
