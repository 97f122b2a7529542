/// One key of an object in the model file: its name, what it accepts and what it means.
package struct KeySpec: Sendable {
    public let name: String
    public let type: ValueType
    public let summary: String
    public let isRequired: Bool

    /// Creates a key description.
    public init(_ name: String, _ type: ValueType, _ summary: String, required: Bool = false) {
        self.name = name
        self.type = type
        self.summary = summary
        self.isRequired = required
    }
}
