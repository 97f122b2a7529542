/// The words for the model's own fixed sets, in one language: kinds of body, seats, periods of validity and
/// the joining of lists. One table per language (`ModelWords+English.swift`, `ModelWords+Danish.swift`); the
/// words of findings, reports and diagrams build on it.
package struct ModelWords: Sendable {
    /// A built-in kind of body: "steering-group", "styregruppe".
    public let kind: @Sendable (BodyKind) -> String
    /// A titled seat: "vice-chair", "næstformand".
    public let seat: @Sendable (Seat) -> String
    /// A period: "from 2027-01-01", "until 2026-12-31", "2025-01-01 to 2026-12-31"; `nil` for one without limits.
    public let period: @Sendable (Period) -> String?
    /// A meeting cadence: the words tools understand (``ModelSchema/cadences``) in this language, any other text as written.
    public let cadence: @Sendable (String) -> String
    /// The word for a period without limits: "always".
    public let always: String
    /// The word that joins the last two items of a list: "and".
    public let and: String
    /// The word for no value: "none".
    public let none: String

    /// The words of `language`.
    public static func of(_ language: ModelLanguage) -> ModelWords {
        switch language {
        case .en: english
        case .da: danish
        }
    }

    /// When a body is valid, in these words: its periods joined, each without limits as ``always``; `nil` when
    /// it has no period at all.
    public func validity(_ validity: Validity) -> String? {
        validity.periods.isEmpty ? nil : validity.periods.map { period($0) ?? always }.joined(separator: ", ")
    }

    /// "'A', 'B' and 'C'": items joined with commas and ``and`` before the last.
    public func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}
