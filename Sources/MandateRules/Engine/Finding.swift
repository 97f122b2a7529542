import MandateModel

/// One thing a rule found wrong (or worth knowing) in a model, at the place in the file that shows it.
public struct Finding: Hashable, Sendable, Comparable {
    /// The identifier of the rule that found it.
    public let rule: String
    public let severity: Severity
    /// A sentence naming the bodies and the path involved.
    public let message: String
    /// The bodies involved, first the one the finding is about.
    public let bodies: [BodyID]
    public let location: SourceLocation
    /// What causes it, where two rules can see one cause ("body X is cut off"): where a rule reports a cause,
    /// the checker leaves out the findings of later rules (in the catalogue's order) with the same cause.
    public let cause: String?

    /// Creates a finding.
    public init(rule: String, severity: Severity, message: String, bodies: [BodyID], location: SourceLocation, cause: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.bodies = bodies
        self.location = location
        self.cause = cause
    }

    /// The same finding at another severity.
    public func with(severity: Severity) -> Finding {
        Finding(rule: rule, severity: severity, message: message, bodies: bodies, location: location, cause: cause)
    }

    /// The cause of a body cut off from every root: no-orphan's finding, which names every absent body it
    /// reports to, stands for alive-parent's findings about those bodies.
    public static func cutOff(_ body: BodyID) -> String {
        "cut off: \(body)"
    }

    /// File order, then rule, then message: the order every report uses.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location, lhs.rule, lhs.message) < (rhs.location, rhs.rule, rhs.message)
    }
}
