/// What a PNG golden is compared by: the PNG signature and the image's size from its header, which stay the
/// same across Graphviz, cairo, zlib and font versions where the compressed bytes do not.
struct PNGSignature: Equatable {
    let width: Int
    let height: Int

    /// The signature of `bytes`, or `nil` where they are not a PNG with an image header.
    init?(_ bytes: [UInt8]) {
        let magic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == magic, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = number(at: 16)
        height = number(at: 20)
    }
}
