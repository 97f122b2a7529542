/// A small model (YAML) that shows a rule at work, optionally with a configuration; the generic rule test
/// checks each one and the rule documentation shows it.
public struct RuleExample: Hashable, Sendable {
    /// A whole model file.
    public let model: String
    /// A `.mandate.yml` to apply, if the example needs one.
    public let configuration: String?

    /// Creates an example.
    public init(_ model: String, configuration: String? = nil) {
        self.model = model
        self.configuration = configuration
    }
}
