/// An object of the model file (the document, an organisation, a body, …) and the keys it accepts.
public struct ObjectSpec: Sendable {
    /// The name used in messages and in the JSON Schema's definitions.
    public let name: String
    public let summary: String
    public let keys: [KeySpec]
    /// The position of each key in ``keys``, by name.
    private let positions: [String: Int]

    /// Creates an object description of at most 64 keys (the decoder tracks them in a 64-bit set).
    public init(name: String, summary: String, keys: [KeySpec]) {
        precondition(keys.count <= 64, "an object of the model file has at most 64 keys")
        self.name = name
        self.summary = summary
        self.keys = keys
        positions = Dictionary(keys.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the accepted keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The position in ``keys`` of `name`, if this object accepts it.
    public func position(of name: String) -> Int? { positions[name] }

    /// The description of `name`, if this object accepts it.
    public func key(_ name: String) -> KeySpec? { positions[name].map { keys[$0] } }
}
