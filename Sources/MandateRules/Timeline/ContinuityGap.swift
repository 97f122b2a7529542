import MandateModel

/// A span of dates in which a living body lacks a parent, chair or secretariat that it has on the day before
/// and on the day after: a break that a transition leaves in its structure.
public struct ContinuityGap: Hashable, Sendable, Comparable {
    public let body: BodyID
    /// The body's name.
    public let name: String
    public let relation: ContinuityRelation
    /// The days without it, both ends given.
    public let period: Period
    /// Who or what filled it on the day before the gap, by name.
    public let before: [String]
    /// Who or what fills it on the day after the gap, by name.
    public let after: [String]
    /// Where the body is written.
    public let location: SourceLocation

    /// Creates a gap.
    public init(body: BodyID, name: String, relation: ContinuityRelation, period: Period, before: [String], after: [String], location: SourceLocation) {
        self.body = body
        self.name = name
        self.relation = relation
        self.period = period
        self.before = before
        self.after = after
        self.location = location
    }

    /// The gap as data, without its dates, to be worded in any language.
    public var text: FindingText { .gap(body: name, relation: relation, before: before, after: after) }

    /// The gap in an English sentence, without its dates: "'Arbejdsgruppe' has no live body to report to; 'A' before, 'B' after".
    public var message: String { text.english }

    /// The gap in a sentence in `language`.
    public func message(in language: ModelLanguage) -> String { text.text(in: language) }

    /// File order, then date, then relation.
    public static func < (lhs: ContinuityGap, rhs: ContinuityGap) -> Bool {
        (lhs.location, lhs.period.from?.description ?? "", lhs.relation.rawValue) < (rhs.location, rhs.period.from?.description ?? "", rhs.relation.rawValue)
    }
}
