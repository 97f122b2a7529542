import MandateModel

/// Checks a model through time. It checks the whole model once, before the first date on which anything
/// changes; on each later date it checks again only the bodies that date can alter (``StructureState``), and
/// keeps every other finding as it was.
public struct TimelineChecker: Sendable {
    public let checker: Checker

    /// Creates a timeline checker whose findings come from `checker`.
    public init(checker: Checker = Checker()) {
        self.checker = checker
    }

    /// The dates on which something in `model` changes: a body's period starts or ends, a change takes effect,
    /// a review falls due, or a waiver of the configuration expires.
    public func changeDates(of model: Model) -> [Day] {
        Set(changesByDate(of: model).keys).sorted()
    }

    /// The timeline of `model`: its findings on every span between the dates on which it changes, and its gaps.
    public func timeline(of model: Model) -> Timeline {
        let events = changesByDate(of: model)
        let dates = events.keys.sorted()
        let intervals = Timeline(model: model.id, file: model.file, dates: dates, findings: [], gaps: []).intervals
        let start = intervals[0].until ?? intervals[0].from ?? model.date ?? EvaluationDate.today
        var state = StructureState(model: model, day: start)
        var continuity = ContinuityTracker(state)
        var bySubject = grouped(checker.findings(in: RuleContext(model: model, date: start)), in: model)
        var spans = FindingSpans()
        spans.record(report(bySubject, model: model, date: start), from: intervals[0].from)
        for interval in intervals.dropFirst() {
            guard let day = interval.from else { continue }
            let changed = events[day] ?? []
            let affected = state.move(to: day, changing: changed)
            continuity.update(state, changing: changed)
            for position in affected { bySubject[position] = nil }
            bySubject.merge(recheck(affected, in: state)) { $1 }
            spans.record(report(bySubject, model: model, date: day), from: day)
        }
        return Timeline(model: model.id, file: model.file, dates: dates, findings: spans.finished(), gaps: continuity.gaps.sorted(),
                        language: model.language ?? .en)
    }

    /// The gaps in continuity of `model` alone, without checking its rules.
    public func gaps(of model: Model) -> [ContinuityGap] {
        let events = changesByDate(of: model)
        let dates = events.keys.sorted().filter { events[$0]?.isEmpty == false }
        guard let first = dates.first else { return [] }
        var state = StructureState(model: model, day: first.previous ?? first)
        var continuity = ContinuityTracker(state)
        for day in dates where day != state.day {
            _ = state.move(to: day, changing: events[day] ?? [])
            continuity.update(state, changing: events[day] ?? [])
        }
        return continuity.gaps.sorted()
    }

    /// The findings about the bodies at `affected`, by the position of the body each is about, from a check
    /// of only the part of the model they need.
    private func recheck(_ affected: Set<Int>, in state: StructureState) -> [Int: [Finding]] {
        let model = state.model
        var found = checker.findings(in: RuleContext(model: model.keepingBodies(at: state.checkedPart(of: affected)), date: state.day))
        // A finding that counts what lies below its body (a cut-off body and what it takes along) needs all of it.
        var counting = Set<String>()
        for rule in checker.rules where rule.countsSubtree { counting.insert(rule.description.identifier) }
        let subtrees = found.filter { counting.contains($0.rule) }.compactMap { $0.bodies.first.flatMap(model.bodyPosition) }
            .filter(affected.contains)
        if !subtrees.isEmpty {
            let part = state.checkedPart(of: affected, subtrees: subtrees)
            found = checker.findings(in: RuleContext(model: model.keepingBodies(at: part), date: state.day))
        }
        return grouped(found, in: model).filter { affected.contains($0.key) }
    }

    /// The findings grouped by the position of the body each is about (its first body).
    private func grouped(_ findings: [Finding], in model: Model) -> [Int: [Finding]] {
        Dictionary(grouping: findings) { $0.bodies.first.flatMap(model.bodyPosition) ?? -1 }
    }

    /// The findings that stand at `date` once the waivers are applied, in file order.
    private func report(_ bySubject: [Int: [Finding]], model: Model, date: Day) -> [Finding] {
        checker.report(bySubject.values.flatMap { $0 }, model: model, date: date, dateSource: .given).findings
    }

    /// The bodies that change on each date; a date on which only a waiver expires changes none.
    private func changesByDate(of model: Model) -> [Day: [Int]] {
        var events: [Day: [Int]] = [:]
        for (position, body) in model.bodies.enumerated() {
            for day in Set(body.changeDates + (body.review?.next.map { [$0] } ?? [])) { events[day, default: []].append(position) }
        }
        for waiver in checker.configuration.waivers where waiver.applies(to: model.id) {
            if let day = waiver.until.next, events[day] == nil { events[day] = [] }
        }
        return events
    }
}
