import MandateDiff
import MandateRules

/// The summary lines every report writes, from the counts of what it reports.
extension ReportWords {
    /// "1 error, 2 warnings, 0 info (1 waived)" of one model's report.
    package func counts(of report: CheckReport) -> String {
        counts(report.count(.error), report.count(.warning), report.count(.info), report.waived.count)
    }

    /// "checked at 2027-01-01, the model's date" of one model's report.
    package func checkedAt(of report: CheckReport) -> String {
        checkedAt(report.date, report.dateSource)
    }

    /// What a baseline held back, and the entries of it that match no finding.
    package func baseline(_ outcome: BaselineOutcome) -> String {
        baseline(outcome, outcome.unmatched.map { "\($0.model) [\($0.rule)] \($0.message)" })
    }

    /// "1 error, 0 warnings, 0 info, 1 gap in continuity" over every span of a timeline.
    package func counts(of timeline: Timeline) -> String {
        let count = { (severity: Severity) in timeline.findings.filter { $0.finding.severity == severity }.count }
        return timelineCounts(count(.error), count(.warning), count(.info), timeline.gaps.count)
    }

    /// The counts that close a comparison.
    package func summary(of report: DiffReport) -> String {
        let summary = DiffSummary(report: report)
        return diffSummary(DiffSummary.structural.map { report.count($0.0) }, summary.otherChanges, report.introduced.count, report.resolved.count,
                           report.gapsIntroduced.isEmpty && report.gapsClosed.isEmpty ? nil : (report.gapsIntroduced.count, report.gapsClosed.count))
    }
}
