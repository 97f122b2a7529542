import MandateModel
import MandateRules

/// Compares two versions of a structure: matches their bodies, lists the typed changes, and runs the rules
/// on both to find the findings the change introduces and resolves.
public struct Differ: Sendable {
    public let checker: Checker

    /// Creates a differ whose findings come from `checker`.
    public init(checker: Checker = Checker()) {
        self.checker = checker
    }

    /// Compares `before` (checked at `beforeDate`) with `after` (checked at `afterDate`).
    public func compare(_ before: Model, _ after: Model, beforeDate: Day, afterDate: Day) -> DiffReport {
        // Gaps in continuity run through each side's own dates; a gap is the same when its body (followed
        // through the match), relation and days are.
        let match = BodyMatch(before: before, after: after)
        let timeline = TimelineChecker(checker: checker)
        let (gapsBefore, gapsAfter) = (timeline.gaps(of: before), timeline.gaps(of: after))
        func gapKey(_ gap: ContinuityGap, mapped: Bool) -> String {
            "\(mapped ? (match.destination(of: gap.body) ?? gap.body) : gap.body) \(gap.relation) \(gap.period.summary ?? "")"
        }
        let gapKeysBefore = Set(gapsBefore.map { gapKey($0, mapped: true) })
        let gapKeysAfter = Set(gapsAfter.map { gapKey($0, mapped: false) })
        // Each side as it stands at its own date.
        let (before, after) = (before.on(beforeDate), after.on(afterDate))
        var changes: [Change] = []
        // Changes are ordered by the after file, then by the before file for bodies only it has.
        let afterOrder = { (id: BodyID) in after.bodyPosition(id) ?? 0 }
        let beforeOrder = { (id: BodyID) in before.bodyPosition(id).map { after.bodies.count + $0 } ?? 0 }
        for merge in match.merges {
            changes.append(Change(.merged, body: merge.into, bodies: merge.from, order: afterOrder(merge.into)))
        }
        for split in match.splits {
            changes.append(Change(.split, body: split.from, bodies: split.into, order: beforeOrder(split.from)))
        }
        // Each side at its own date: a body that does not exist on its side's date is absent there.
        let aliveBefore = { (id: BodyID) in before.bodyPosition(id).map { before.bodies[$0].isActive(on: beforeDate) } ?? false }
        let aliveAfter = { (id: BodyID) in after.bodyPosition(id).map { after.bodies[$0].isActive(on: afterDate) } ?? false }
        changes += match.added.filter(aliveAfter).map { Change(.added, body: $0, order: afterOrder($0)) }
        changes += match.removed.filter(aliveBefore).map { Change(.removed, body: $0, order: beforeOrder($0)) }
        for new in after.bodies {
            guard let oldID = match.beforeOf[new.id], let old = before.body(oldID) else { continue }
            let order = afterOrder(new.id)
            switch (aliveBefore(oldID), aliveAfter(new.id)) {
            case (true, true):
                changes += BodyComparison(old: old, new: new, before: before, after: after, match: match,
                                          dates: (beforeDate, afterDate), order: order).changes
            case (true, false):
                changes.append(Change(.ended, body: new.id, old: [old.validity.summary ?? "always"], new: [new.validity.summary ?? "always"], order: order))
            case (false, true):
                changes.append(Change(.started, body: new.id, old: [old.validity.summary ?? "always"], new: [new.validity.summary ?? "always"], order: order))
            case (false, false):
                // Absent on both dates, but planned otherwise: when it exists, or how it will change.
                changes += BodyComparison.plan(old: old, new: new, order: order)
            }
        }

        let beforeReport = checker.check(before, at: beforeDate)
        let afterReport = checker.check(after, at: afterDate)
        func key(_ finding: Finding, mapped: Bool) -> String {
            let bodies = finding.bodies.map { mapped ? (match.destination(of: $0) ?? $0) : $0 }
            return finding.rule + " " + bodies.map(\.rawValue).sorted().joined(separator: ",")
        }
        let beforeKeys = Set(beforeReport.findings.map { key($0, mapped: true) })
        let afterKeys = Set(afterReport.findings.map { key($0, mapped: false) })
        return DiffReport(before: before, after: after, beforeDate: beforeDate, afterDate: afterDate, match: match,
                          changes: changes.sorted(),
                          introduced: afterReport.findings.filter { !beforeKeys.contains(key($0, mapped: false)) },
                          resolved: beforeReport.findings.filter { !afterKeys.contains(key($0, mapped: true)) },
                          gapsIntroduced: gapsAfter.filter { !gapKeysBefore.contains(gapKey($0, mapped: false)) },
                          gapsClosed: gapsBefore.filter { !gapKeysAfter.contains(gapKey($0, mapped: true)) },
                          warnings: LineageCheck(before: before, after: after, match: match).warnings)
    }
}
