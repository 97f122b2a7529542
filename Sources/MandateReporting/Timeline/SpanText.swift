import MandateModel
import MandateRules

/// A span of dates as reports write it: "2027-01-01 – 2027-01-31", "2027-01-01 –", "– 2026-12-31", or "throughout".
enum SpanText {
    static func of(_ period: Period) -> String {
        switch (period.from, period.until) {
        case (nil, nil): "throughout"
        case (let from?, nil): "\(from) –"
        case (nil, let until?): "– \(until)"
        case (let from?, let until?): from == until ? "\(from)" : "\(from) – \(until)"
        }
    }

    /// "3 dates, 2026-01-01 to 2027-01-01", or "no dates".
    static func dates(_ dates: [Day]) -> String {
        guard let first = dates.first, let last = dates.last else { return "nothing changes on any date" }
        return dates.count == 1 ? "changes on 1 date, \(first)" : "changes on \(dates.count) dates, \(first) to \(last)"
    }

    /// "1 error, 2 warnings, 0 info, 1 gap in continuity" over every span.
    static func counts(_ timeline: Timeline) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let count = { (severity: Severity) in timeline.findings.filter { $0.finding.severity == severity }.count }
        return [plural(count(.error), "error"), plural(count(.warning), "warning"), "\(count(.info)) info",
                plural(timeline.gaps.count, "gap") + " in continuity"].joined(separator: ", ")
    }
}
