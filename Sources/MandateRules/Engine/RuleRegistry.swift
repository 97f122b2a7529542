/// The rules a run knows: the standard ones and a library user's own, declared once. The configuration
/// (which rules `.mandate.yml` may set and waive), the checker, every reporter (SARIF's rule entries and
/// indices, JUnit's test cases), `mandate rules` and the rule documentation all read it.
public struct RuleRegistry: Sendable {
    /// The rules that check a model, the standard ones first.
    public let rules: [any Rule.Type]

    /// The standard rules.
    public static let standard = RuleRegistry(checked: RuleCatalogue.rules)

    /// The standard rules and `custom` ones after them; throws when a custom rule's identifier is taken.
    public init(adding custom: [any Rule.Type]) throws(RuleRegistryError) {
        var taken = Set(RuleRegistry.standard.descriptions.map(\.identifier))
        for rule in custom where !taken.insert(rule.description.identifier).inserted {
            throw RuleRegistryError.identifierTaken(rule.description.identifier)
        }
        self.init(checked: RuleCatalogue.rules + custom)
    }

    private init(checked rules: [any Rule.Type]) {
        self.rules = rules
    }

    /// Every rule's description: the rules that check a model, then the rules about waivers.
    public var descriptions: [RuleDescription] {
        rules.map { $0.description } + WaiverRules.all
    }

    /// The description of the rule with this identifier.
    public func description(of identifier: String) -> RuleDescription? {
        descriptions.first { $0.identifier == identifier }
    }
}
