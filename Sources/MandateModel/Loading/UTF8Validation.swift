/// Finds the first byte that makes a buffer invalid UTF-8, with its line and column, so the error
/// points at it rather than at wherever a parser happens to notice.
enum UTF8Validation {
    /// The 1-based line and column of the first invalid byte, or `nil` when the buffer is valid UTF-8.
    static func firstInvalidPosition(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var index = 0
        var line = 1
        var lineStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (line, column(in: bytes, from: lineStart, to: index), byte)
            }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            guard index + length <= bytes.count else { return (line, column(in: bytes, from: lineStart, to: index), byte) }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return (line, column(in: bytes, from: lineStart, to: index), byte) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (line, column(in: bytes, from: lineStart, to: index), byte)
            }
            minimum = 0
            index += length
        }
        return nil
    }

    private static func column(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes[start..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
