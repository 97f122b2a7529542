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

    /// Creates a finding.
    public init(rule: String, severity: Severity, message: String, bodies: [BodyID], location: SourceLocation) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.bodies = bodies
        self.location = location
    }

    /// The same finding at another severity.
    public func with(severity: Severity) -> Finding {
        Finding(rule: rule, severity: severity, message: message, bodies: bodies, location: location)
    }

    /// File order, then rule, then message: the order every report uses.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location, lhs.rule, lhs.message) < (rhs.location, rhs.rule, rhs.message)
    }
}
