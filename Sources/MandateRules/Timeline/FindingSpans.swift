import MandateModel

/// Joins the findings of consecutive spans into one finding per span in which it holds. A finding is the same
/// from one date to the next when its rule, bodies and place are (its message may name the date).
struct FindingSpans {
    private struct Key: Hashable {
        let rule: String
        let bodies: [BodyID]
        let location: SourceLocation
        /// Which of several findings with the same rule, bodies and place it is.
        let occurrence: Int
    }

    private var open: [Key: (finding: Finding, from: Day?)] = [:]
    private var closed: [TimelineFinding] = []

    /// Takes in the findings that stand from `from` on.
    mutating func record(_ findings: [Finding], from: Day?) {
        var now: [Key: Finding] = [:]
        var occurrences: [Key: Int] = [:]
        for finding in findings {
            let base = Key(rule: finding.rule, bodies: finding.bodies, location: finding.location, occurrence: 0)
            let occurrence = occurrences[base, default: 0]
            occurrences[base] = occurrence + 1
            now[Key(rule: base.rule, bodies: base.bodies, location: base.location, occurrence: occurrence)] = finding
        }
        for (key, run) in open where now[key] == nil {
            closed.append(TimelineFinding(finding: run.finding, period: Period(from: run.from, until: from?.previous)))
            open[key] = nil
        }
        for (key, finding) in now where open[key] == nil {
            open[key] = (finding, from)
        }
    }

    /// Every finding with its span, in file order and then by date.
    func finished() -> [TimelineFinding] {
        (closed + open.values.map { TimelineFinding(finding: $0.finding, period: Period(from: $0.from, until: nil)) }).sorted { lhs, rhs in
            if lhs.finding < rhs.finding { return true }
            if rhs.finding < lhs.finding { return false }
            return (lhs.period.from?.description ?? "") < (rhs.period.from?.description ?? "")
        }
    }
}
