import MandateRules

/// The findings of a run by owner, CODEOWNERS-style: one line per owner (`owner:` of the files), with its
/// findings by severity and the files they are in; files without an owner last.
package enum OwnerSummary {
    /// One line per owner, ending with a newline; owners in name order.
    package static func text(of run: CheckRun) -> String {
        var byOwner: [String?: [(file: String, severity: Severity)]] = [:]
        for report in run.reports {
            for finding in report.findings { byOwner[report.owner(of: finding), default: []].append((finding.location.file, finding.severity)) }
        }
        let words = ReportWords.of(run.runLanguage)
        let owners = byOwner.keys.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }
        return owners.map { owner in
            let findings = byOwner[owner]!
            let count = { (severity: Severity) in findings.filter { $0.severity == severity }.count }
            return TerminalText.clean(words.ownerLine(owner, Array(Set(findings.map(\.file))).sorted(), count(.error), count(.warning), count(.info))) + "\n"
        }.joined()
    }
}
