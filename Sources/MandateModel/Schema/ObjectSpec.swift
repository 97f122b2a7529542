/// An object of the model file (the document, an organisation, a body, …) and the keys it accepts; a class,
/// so that the many entries decoded by one description share it rather than copy it.
package final class ObjectSpec: Sendable {
    /// The name used in messages and in the JSON Schema's definitions.
    public let name: String
    public let summary: String
    public let keys: [KeySpec]
    /// Pairs of keys that must not both be given a value (`chair` and `coChairs`); the first is reported.
    public let conflicts: [(String, String)]
    /// A bit per required key, by position in ``keys``.
    let requiredKeys: UInt64
    /// ``conflicts`` as positions in ``keys``.
    let conflictingPositions: [(Int, Int)]
    /// The keys' names as UTF-8, so that a key read from a file is found without making a string of it.
    private let keyBytes: [[UInt8]]

    /// Creates an object description of at most 64 keys.
    public init(name: String, summary: String, keys: [KeySpec], conflicts: [(String, String)] = []) {
        precondition(keys.count <= 64, "an object of the model file has at most 64 keys")
        self.name = name
        self.summary = summary
        self.keys = keys
        self.conflicts = conflicts
        keyBytes = keys.map { Array($0.name.utf8) }
        requiredKeys = keys.enumerated().reduce(0) { mask, key in key.element.isRequired ? mask | 1 << key.offset : mask }
        let names = keys.map(\.name)
        conflictingPositions = conflicts.map { (names.firstIndex(of: $0.0)!, names.firstIndex(of: $0.1)!) }
    }

    /// The names of the accepted keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The position in ``keys`` of `name`, if this object accepts it.
    public func position(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { position(ofUTF8: $0) }
    }

    /// The position in ``keys`` of the key whose UTF-8 bytes are `name`: a look along a list of at most 64
    /// short names, cheaper than hashing a string made for the purpose.
    func position(ofUTF8 name: UnsafeBufferPointer<UInt8>) -> Int? {
        keyBytes.firstIndex { $0.count == name.count && $0.first == name.first && $0.elementsEqual(name) }
    }

    /// The description of `name`, if this object accepts it.
    public func key(_ name: String) -> KeySpec? { position(of: name).map { keys[$0] } }
}
