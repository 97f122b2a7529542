import MandateDiff
import MandateModel

/// The words of diagrams and reports in one language: a table of strings, one file per language
/// (`Vocabulary+English.swift`, `Vocabulary+Danish.swift`); a third language is one more such file and a
/// case in ``ModelLanguage``.
public struct Vocabulary: Sendable {
    /// The words of the model's own sets (kinds, seats, periods) in the same language.
    public let model: ModelWords
    // Boxes
    public let chair: String
    public let coChairs: String
    public let viceChair: String
    public let secretariat: String
    public let adHoc: String
    public let notActive: @Sendable (Day) -> String
    // Legend
    public let legend: String
    public let outside: String
    public let greyInactive: @Sendable (Day) -> String
    public let relation: @Sendable (Relation) -> String
    public let mark: @Sendable (DiagramMark) -> String
    // Lines
    public let alsoSetUpBy: String
    public let edgeLabel: @Sendable (Relation) -> String?
    public let was: @Sendable (String) -> String
    // Sheets
    public let sheetOf: @Sendable (Int, Int) -> String
    public let at: @Sendable (Day) -> String
    /// "changes since 2026-04-01 marked": the subtitle of a milestone's sheet.
    public let changesSince: @Sendable (Day) -> String
    public let below: @Sendable (Int) -> String
    public let sheets: @Sendable ([Int]) -> String
    public let fromSheet: @Sendable (Int) -> String
    public let continuedFrom: @Sendable (Int) -> String
    public let continuesOn: @Sendable (Int) -> String
    /// A reference box's line: "also reports here → sheet 4".
    public let alsoReportsHere: @Sendable (Int) -> String
    /// A joint body's note: "also reports to 'Senate' → sheet 3".
    public let alsoReportsTo: @Sendable (String, Int) -> String
    // Reports
    public let report: String
    public let findings: String
    public let noFindings: String
    public let bodies: String
    public let search: String
    public let diagram: String
    public let kindHeading: String
    public let members: String
    public let setUpBy: String
    public let reportsTo: String
    public let validity: String
    public let always: String
    public let source: String
    /// A card's heading for a relation, read from the body the card is about: "reports to", "commissioned by".
    public let cardRelation: @Sendable (Relation) -> String
    public let organisation: String
    public let cadence: String
    public let review: String
    public let severity: @Sendable (String) -> String
    public let checkedAt: @Sendable (Day) -> String
    public let changes: String
    /// The heading of a group of changes of one kind.
    public let changeKind: @Sendable (ChangeKind) -> String
    public let introduced: String
    public let resolved: String
    public let couldNotBeUsed: String
    /// The heading of the summary at the top of a report.
    public let summary: String
    /// The summary's columns: model, errors, warnings, info, bodies.
    public let summaryColumns: [String]
    /// The summary's last row, over every model.
    public let total: String
    /// A report's title from its models' titles: "Report: A", "Report: A and B", "Report: A and 8 more models".
    public let reportOf: @Sendable ([String]) -> String
    // Through time
    public let throughTime: String
    /// "It changes on 3 dates: 2026-01-02, 2026-04-02, 2027-01-01."
    public let changesOn: @Sendable ([Day]) -> String
    /// A span of dates: "2027-01-01 – 2027-01-31", "from 2027-01-01", "until 2026-12-31", "throughout".
    public let span: @Sendable (Period) -> String
    public let gapsInContinuity: String

    /// The vocabulary of `language`.
    public static func of(_ language: ModelLanguage) -> Vocabulary {
        switch language {
        case .en: english
        case .da: danish
        }
    }

    /// When a body is valid, in these words: its periods, or ``always``.
    public func validity(_ validity: Validity) -> String {
        model.validity(validity) ?? always
    }

    /// A period of validity: "from 2027-01-01", "until 2026-12-31", "2025-01-01 to 2026-12-31", or ``always``.
    public func period(_ from: Day?, _ until: Day?) -> String {
        model.period(Period(from: from, until: until)) ?? always
    }

    /// A built-in kind of body in these words.
    public func kind(_ kind: BodyKind) -> String { model.kind(kind) }

    /// "sheet 4", "sheets 4–6" or "sheets 4, 7", given the word for one sheet and for several.
    static func list(_ numbers: [Int], one: String, many: String) -> String {
        guard let first = numbers.first, let last = numbers.last else { return many }
        if numbers.count == 1 { return "\(one) \(first)" }
        return last - first == numbers.count - 1 ? "\(many) \(first)–\(last)" : "\(many) " + numbers.map(String.init).joined(separator: ", ")
    }
}
