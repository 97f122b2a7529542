import MandateDiff
import MandateModel
import MandateRender

/// The words of the HTML pages (a model's report, a comparison's page) in one language: headings, cards,
/// summaries. One table per language (`PageWords+English.swift`, `PageWords+Danish.swift`); the diagrams on the
/// page speak the drawing's words (``drawing``).
struct PageWords: Sendable {
    /// The drawing's words in the same language.
    let drawing: Vocabulary
    let report: String
    let findings: String
    let noFindings: String
    let bodies: String
    let search: String
    let diagram: String
    let kindHeading: String
    let members: String
    let validity: String
    /// A card's heading for a relation, read from the body the card is about: "reports to", "commissioned by".
    let cardRelation: @Sendable (Relation) -> String
    let organisation: String
    let cadence: String
    let review: String
    let severity: @Sendable (String) -> String
    let checkedAt: @Sendable (Day) -> String
    let changes: String
    /// The heading of a group of changes of one kind.
    let changeKind: @Sendable (ChangeKind) -> String
    let introduced: String
    let resolved: String
    let couldNotBeUsed: String
    /// The live view's line while the files load.
    let liveFollowing: String
    /// The live view's line while the last save does not load.
    let liveStale: String
    /// The heading of the summary at the top of a report.
    let summary: String
    /// The summary's columns: model, errors, warnings, info, bodies.
    let summaryColumns: [String]
    /// The summary's last row, over every model.
    let total: String
    /// A report's title from its models' titles: "Report: A", "Report: A and B", "Report: A and 8 more models".
    let reportOf: @Sendable ([String]) -> String
    // Through time
    let throughTime: String
    /// "It changes on 3 dates: 2026-01-02, 2026-04-02, 2027-01-01."
    let changesOn: @Sendable ([Day]) -> String
    /// A span of dates: "2027-01-01 – 2027-01-31", "from 2027-01-01", "until 2026-12-31", "throughout".
    let span: @Sendable (Period) -> String
    let gapsInContinuity: String

    /// The words of `language`.
    static func of(_ language: ModelLanguage) -> PageWords {
        switch language {
        case .en: english
        case .da: danish
        }
    }
}
