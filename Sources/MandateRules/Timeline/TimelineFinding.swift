import MandateModel

/// A finding and the span of dates in which it holds: from the first date of evaluation that shows it to the
/// day before the first that does not.
public struct TimelineFinding: Hashable, Sendable {
    /// The finding as the first date of its span shows it.
    public let finding: Finding
    /// When it holds; an open start means since before the first change, an open end from then on.
    public let period: Period

    /// Creates a finding with its span.
    public init(finding: Finding, period: Period) {
        self.finding = finding
        self.period = period
    }
}
