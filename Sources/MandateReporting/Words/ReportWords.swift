import MandateModel
import MandateRules

/// The words of the reports of `check`, `timeline` and `diff` in one language: severities, summaries, spans,
/// headings. One table per language (`ReportWords+English.swift`, `ReportWords+Danish.swift`); a finding's
/// own sentence comes from ``MandateRules/FindingText``, a change's from ``ChangeWords``.
package struct ReportWords: Sendable {
    package let model: ModelWords
    /// "error", "warning", "info".
    package let severity: @Sendable (Severity) -> String
    /// "1 error, 2 warnings, 0 info (3 waived)": errors, warnings, info, waived.
    package let counts: @Sendable (Int, Int, Int, Int) -> String
    /// "checked at 2027-01-01, the model's date".
    package let checkedAt: @Sendable (Day, DateSource) -> String
    /// "baseline.json: 12 known findings held back; 2 of its entries match no finding (fixed, or changed): …".
    package let baseline: @Sendable (BaselineOutcome, _ entries: [String]) -> String
    /// "2 files passed by, not models (no 'mandate:'): a.json, b.yml".
    package let skipped: @Sendable ([String]) -> String
    /// "owner: team-x": who keeps the file a finding is in.
    package let owner: @Sendable (String) -> String
    /// The line of a summary by owner: owner (or nil, for files without one), files, errors, warnings, info.
    package let ownerLine: @Sendable (String?, [String], Int, Int, Int) -> String
    /// A span of dates: "2027-01-01 – 2027-01-31", "2027-01-01 –", "– 2026-12-31", "throughout".
    package let span: @Sendable (Period) -> String
    /// "changes on 3 dates, 2026-01-01 to 2027-01-01", or "nothing changes on any date".
    package let changeDates: @Sendable ([Day]) -> String
    /// "1 error, 2 warnings, 0 info, 1 gap in continuity": errors, warnings, info, gaps.
    package let timelineCounts: @Sendable (Int, Int, Int, Int) -> String
    // Markdown
    package let couldNotBeUsed: String
    /// The columns of the problems table: location, problem, what to do.
    package let problemColumns: [String]
    /// The columns of the findings table: severity, location, rule, finding.
    package let findingColumns: [String]
    package let when: String
    package let dates: String
    package let gap: String
    package let gapsInContinuity: String
    // Comparisons
    /// "Comparing A (checked at D) with B (checked at E)".
    package let comparing: @Sendable (String, Day, String, Day) -> String
    /// The legend of the marks in front of each change.
    package let marks: String
    package let noChanges: String
    package let warnings: String
    package let hint: String
    /// "Findings the change introduces", "Findings the change resolves".
    package let introduces: String
    package let resolves: String
    /// "Gaps in continuity the change leaves", "… closes".
    package let gapsLeft: String
    package let gapsClosed: String
    /// The counts that close a comparison: merged, split, added, removed, started, ended, renamed, moved,
    /// other changes, findings introduced and resolved, and gaps left and closed (when any).
    package let diffSummary: @Sendable ([Int], _ other: Int, _ introduced: Int, _ resolved: Int, _ gaps: (Int, Int)?) -> String

    /// The words of `language`.
    package static func of(_ language: ModelLanguage) -> ReportWords {
        switch language {
        case .en: english
        case .da: danish
        }
    }

    /// "3 errors", "1 error": a count and its noun, singular or plural.
    static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
