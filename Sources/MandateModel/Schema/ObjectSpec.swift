/// An object of the model file (the document, an organisation, a body, …) and the keys it accepts.
public struct ObjectSpec: Sendable {
    /// The name used in messages and in the JSON Schema's definitions.
    public let name: String
    public let summary: String
    public let keys: [KeySpec]

    /// Creates an object description.
    public init(name: String, summary: String, keys: [KeySpec]) {
        self.name = name
        self.summary = summary
        self.keys = keys
    }

    /// The names of the accepted keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The description of `name`, if this object accepts it.
    public func key(_ name: String) -> KeySpec? { keys.first { $0.name == name } }
}
