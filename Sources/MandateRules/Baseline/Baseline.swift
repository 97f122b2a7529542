import MandateModel

/// The findings a team has accepted for now, so that CI fails only on new ones: `mandate check
/// --write-baseline FILE` records a run's findings, `--baseline FILE` holds them back in later runs. A
/// finding is known when its model, rule, bodies and message fingerprint match an entry; each entry holds
/// back one finding.
public struct Baseline: Hashable, Sendable {
    package let entries: [BaselineEntry]

    /// Creates a baseline of `entries`.
    package init(entries: [BaselineEntry]) {
        self.entries = entries
    }

    /// The baseline of every finding in `reports`.
    public init(reports: [CheckReport]) {
        self.init(entries: reports.flatMap { report in report.findings.map { BaselineEntry($0, model: report.model) } })
    }

    /// The reports without the known findings, and what was held back.
    public func apply(to reports: [CheckReport], file: String) -> (reports: [CheckReport], outcome: BaselineOutcome) {
        var remaining: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() { remaining[entry.key, default: []].append(index) }
        var matched = Set<Int>()
        var heldBack = 0
        let filtered = reports.map { report in
            let findings = report.findings.filter { finding in
                let key = BaselineEntry(finding, model: report.model).key
                guard let index = remaining[key]?.popLast() else { return true }
                matched.insert(index)
                heldBack += 1
                return false
            }
            return CheckReport(model: report.model, file: report.file, date: report.date, dateSource: report.dateSource,
                               findings: findings, waived: report.waived, waiverReasons: report.waiverReasons,
                               language: report.language, owners: report.owners)
        }
        let unmatched = entries.indices.filter { !matched.contains($0) }.map { entries[$0] }
        return (filtered, BaselineOutcome(file: file, heldBack: heldBack, unmatched: unmatched))
    }
}
