/// An object of the model file (the document, an organisation, a body, …) and the keys it accepts.
public struct ObjectSpec: Sendable {
    /// The name used in messages and in the JSON Schema's definitions.
    public let name: String
    public let summary: String
    public let keys: [KeySpec]
    /// Pairs of keys that must not both be given a value (`chair` and `coChairs`); the first is reported.
    public let conflicts: [(String, String)]
    private let positions: [String: Int]

    /// Creates an object description.
    public init(name: String, summary: String, keys: [KeySpec], conflicts: [(String, String)] = []) {
        self.name = name
        self.summary = summary
        self.keys = keys
        self.conflicts = conflicts
        positions = Dictionary(keys.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the accepted keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The position in ``keys`` of `name`, if this object accepts it.
    public func position(of name: String) -> Int? { positions[name] }

    /// The description of `name`, if this object accepts it.
    public func key(_ name: String) -> KeySpec? { position(of: name).map { keys[$0] } }
}
