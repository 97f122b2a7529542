import MandateModel

/// An accepted finding: a rule, a body, why it is accepted, and until when.
public struct Waiver: Hashable, Sendable {
    public let rule: String
    public let body: BodyID
    public let reason: String
    /// The last day the waiver holds.
    public let until: Day
    /// Where the waiver is written in the configuration file.
    public let location: SourceLocation

    /// Creates a waiver.
    public init(rule: String, body: BodyID, reason: String, until: Day, location: SourceLocation) {
        self.rule = rule
        self.body = body
        self.reason = reason
        self.until = until
        self.location = location
    }

    /// Whether the waiver covers `finding`.
    public func covers(_ finding: Finding) -> Bool {
        finding.rule == rule && finding.bodies.contains(body)
    }
}
