import MandateModel

/// An accepted finding: a rule, a body, why it is accepted, until when, and optionally the one model it is for.
public struct Waiver: Hashable, Sendable {
    public let rule: String
    public let body: BodyID
    /// The id of the only model the waiver applies to (its `model:` key); `nil` for every model.
    public let model: String?
    public let reason: String
    /// The last day the waiver holds.
    public let until: Day
    /// Where the waiver is written in the configuration file.
    public let location: SourceLocation

    /// Creates a waiver.
    public init(rule: String, body: BodyID, model: String? = nil, reason: String, until: Day, location: SourceLocation) {
        self.rule = rule
        self.body = body
        self.model = model
        self.reason = reason
        self.until = until
        self.location = location
    }

    /// Whether the waiver applies to the model with id `model`.
    public func applies(to model: String) -> Bool {
        self.model == nil || self.model == model
    }

    /// Whether the waiver covers `finding`.
    public func covers(_ finding: Finding) -> Bool {
        finding.rule == rule && finding.bodies.contains(body)
    }
}
