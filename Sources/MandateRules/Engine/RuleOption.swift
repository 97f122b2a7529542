/// A number a rule lets users set in the configuration, such as a threshold.
public struct RuleOption: Hashable, Sendable {
    public let name: String
    public let defaultValue: Int
    public let summary: String

    /// Creates an option.
    public init(name: String, defaultValue: Int, summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
