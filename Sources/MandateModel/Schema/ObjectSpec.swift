/// An object of the model file (the document, an organisation, a body, …) and the keys it accepts.
public struct ObjectSpec: Sendable {
    /// The name used in messages and in the JSON Schema's definitions.
    public let name: String
    public let summary: String
    public let keys: [KeySpec]
    /// The keys as UTF-8, and their positions by a small hash of length and end bytes, so that a key read
    /// from a file is found without making a string of it.
    private let keyBytes: [[UInt8]]
    private let buckets: [[Int]]

    /// Creates an object description of at most 64 keys (the decoder tracks them in a 64-bit set).
    public init(name: String, summary: String, keys: [KeySpec]) {
        precondition(keys.count <= 64, "an object of the model file has at most 64 keys")
        self.name = name
        self.summary = summary
        self.keys = keys
        keyBytes = keys.map { Array($0.name.utf8) }
        var buckets = [[Int]](repeating: [], count: 64)
        for (position, bytes) in keyBytes.enumerated() where !bytes.isEmpty {
            buckets[Self.bucket(count: bytes.count, first: bytes[0], last: bytes[bytes.count - 1])].append(position)
        }
        self.buckets = buckets
    }

    private static func bucket(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 7 &+ Int(first) &* 3 &+ Int(last)) & 63
    }

    /// The position in ``keys`` of the key whose UTF-8 bytes are `name`, if this object accepts it.
    func position(ofUTF8 name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = name.first, let last = name.last else { return nil }
        for position in buckets[Self.bucket(count: name.count, first: first, last: last)] where keyBytes[position].count == name.count {
            if keyBytes[position].withUnsafeBufferPointer({ $0.elementsEqual(name) }) { return position }
        }
        return nil
    }

    /// The names of the accepted keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The position in ``keys`` of `name`, if this object accepts it.
    public func position(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { position(ofUTF8: $0) }
    }

    /// The description of `name`, if this object accepts it.
    public func key(_ name: String) -> KeySpec? { position(of: name).map { keys[$0] } }
}
