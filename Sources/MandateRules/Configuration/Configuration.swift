/// A project's choices about the rules, as read from `.mandate.yml`: rules switched off, severities
/// changed, thresholds set, and waivers.
public struct Configuration: Hashable, Sendable {
    /// Settings by rule identifier.
    package var rules: [String: RuleSetting]
    public var waivers: [Waiver]
    /// The file the configuration came from, if any.
    public var file: String?
    /// Where the project publishes the rules' documentation (`documentation:`): SARIF links each rule to it,
    /// as this address with `#` and the rule's identifier.
    public var documentation: String?

    /// The configuration of a project without `.mandate.yml`: every rule on at its default severity.
    public static let standard = Configuration()

    /// Creates a configuration.
    package init(rules: [String: RuleSetting] = [:], waivers: [Waiver] = [], file: String? = nil, documentation: String? = nil) {
        self.documentation = documentation
        self.rules = rules
        self.waivers = waivers
        self.file = file
    }

    /// Whether the rule runs.
    public func isEnabled(_ rule: String) -> Bool {
        rules[rule]?.isEnabled ?? true
    }

    /// The severity the rule's findings get.
    public func severity(of rule: RuleDescription) -> Severity {
        rules[rule.identifier]?.severity ?? rule.defaultSeverity
    }
}
