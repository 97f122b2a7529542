import MandateModel

/// A structural invariant of a governance model: a description and one check over the model.
///
/// A rule reports findings at its default severity; the ``Checker`` applies the user's configuration.
public protocol Rule: Sendable {
    /// What the rule is.
    static var description: RuleDescription { get }
    /// Creates the rule with its options' values (defaults where the configuration sets none).
    init(options: [String: Int])
    /// The rule's findings on the model at the context's date.
    func check(_ context: RuleContext) -> [Finding]
    /// Whether a finding about a body depends on everything below it (a count of what it cuts off), beyond
    /// the body's neighbours and what lies above it; a timeline then checks the body's whole subtree again.
    static var countsSubtree: Bool { get }
}

extension Rule {
    /// Findings depend on a body's neighbours and what lies above it, unless a rule says otherwise.
    public static var countsSubtree: Bool { false }

    /// A finding of this rule at its default severity, in its own words (the same in every language).
    public func finding(_ message: String, bodies: [BodyID], at location: SourceLocation, cause: String? = nil) -> Finding {
        finding(.custom(message), bodies: bodies, at: location, cause: cause)
    }

    /// A finding of this rule at its default severity, worded from the table of each language.
    public func finding(_ text: FindingText, bodies: [BodyID], at location: SourceLocation, cause: String? = nil) -> Finding {
        Finding(rule: Self.description.identifier, severity: Self.description.defaultSeverity, text: text,
                bodies: bodies, location: location, cause: cause)
    }
}
