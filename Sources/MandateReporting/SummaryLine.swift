import MandateRules

/// The closing line of a report: counts by severity, waived findings and the date of evaluation.
struct SummaryLine {
    let report: CheckReport

    /// "1 error, 2 warnings, 0 info"
    var counts: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = [plural(report.count(.error), "error"), plural(report.count(.warning), "warning"), "\(report.count(.info)) info"]
            .joined(separator: ", ")
        if !report.waived.isEmpty { text += " (\(report.waived.count) waived)" }
        return text
    }

    /// "checked at 2027-01-01 (given)"
    var date: String {
        let source = switch report.dateSource {
        case .given: "the date asked for"
        case .model: "the model's date"
        case .today: "today"
        }
        return "checked at \(report.date), \(source)"
    }
}
