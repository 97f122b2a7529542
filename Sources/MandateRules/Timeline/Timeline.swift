import MandateModel

/// A model checked through time: every date on which anything in it changes, each finding with the span in
/// which it holds, and the gaps a transition leaves in a body's parent, chair or secretariat.
public struct Timeline: Hashable, Sendable {
    /// The model's id.
    public let model: String
    /// The model file, as the user named it.
    public let file: String
    /// The dates on which something changes (a period starts or ends, a change takes effect, a review falls
    /// due, a waiver expires), in order.
    public let dates: [Day]
    /// The findings, each once with its span, in file order and then by date.
    public let findings: [TimelineFinding]
    /// The breaks in continuity, in file order.
    public let gaps: [ContinuityGap]
    /// The language the model asks for (`language:`, English where it names none).
    public let language: ModelLanguage

    /// Creates a timeline.
    public init(model: String, file: String, dates: [Day], findings: [TimelineFinding], gaps: [ContinuityGap], language: ModelLanguage = .en) {
        self.language = language
        self.model = model
        self.file = file
        self.dates = dates
        self.findings = findings
        self.gaps = gaps
    }

    /// The spans between the dates: before the first (unless the first is the first day there is), from each
    /// date to the day before the next, and from the last on.
    public var intervals: [Period] {
        guard let first = dates.first else { return [Period(from: nil, until: nil)] }
        return (first.previous.map { [Period(from: nil, until: $0)] } ?? []) + dates.indices.map { index in
            Period(from: dates[index], until: index + 1 < dates.count ? dates[index + 1].previous : nil)
        }
    }

    /// Whether any finding is an error, or any body's continuity breaks.
    public var hasErrors: Bool {
        !gaps.isEmpty || findings.contains { $0.finding.severity == .error }
    }
}
