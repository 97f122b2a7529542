import MandateModel

/// The words of diagrams in one language: a table of strings, one file per language
/// (`Vocabulary+English.swift`, `Vocabulary+Danish.swift`); a third language is one more such file and a
/// case in ``ModelLanguage``.
package struct Vocabulary: Sendable {
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
    /// The word for a period without limits.
    public let always: String

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
