/// Counts columns in characters (not bytes) along a line, remembering how far it has counted, so that the
/// columns of many places on one long line cost no more than reading the line once.
struct ColumnCounter {
    private var position = 0
    private var column = 0

    /// The column, from 0, of byte `index` of `bytes`, on the line that starts at byte `lineStart`.
    mutating func column(of index: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if position < lineStart || position > index {
            position = lineStart
            column = 0
        }
        for byte in position..<index where bytes[byte] & 0xC0 != 0x80 { column += 1 }
        position = index
        return column
    }
}
