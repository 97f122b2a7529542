import MandateModel

/// A body reports to at most one body, unless it is declared a joint body.
struct SingleReportingLineRule: Rule {
    static let description = RuleDescription(
        identifier: "single-reporting-line",
        name: "Single reporting line",
        summary: "Every body reports to at most one body, unless it is declared a joint body (`joint: true`).",
        rationale: """
            With two reporting lines it is unclear whose decisions bind the body, whom it informs and where it escalates. \
            A joint committee of two chambers, or a forum set up by a region and its municipalities together, answers to \
            each of them by design: `joint: true` says so, and then every line is intended. Only lines to bodies that \
            exist at the date count: a line to a body that has ended is alive-parent's finding.
            """,
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: two-lines
            bodies:
              board: {name: Board, kind: political, root: true}
              council: {name: Council, kind: political, root: true}
              forum: {name: Forum, kind: forum, reportsTo: [board, ↓council]}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: one-line
            bodies:
              board: {name: Board, kind: political, root: true}
              forum: {name: Forum, kind: forum, reportsTo: board}
            """), RuleExample("""
            mandate: 1
            model: one-line-ended
            date: 2027-01-01
            bodies:
              board: {name: Board, kind: political, root: true}
              old: {name: Old board, kind: political, root: true, valid: {until: 2026-12-31}, successor: board}
              forum: {name: Forum, kind: forum, reportsTo: [old, board]}
            """), RuleExample("""
            mandate: 1
            model: joint
            bodies:
              region: {name: Regionsrådet, kind: political, root: true}
              municipalities: {name: KKR, kind: political, root: true}
              forum: {name: Fælles forum, kind: forum, joint: true, reportsTo: [region, municipalities]}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        return bodies.indices.compactMap { position in
            guard context.isChecked[position], bodies[position].reportsTo.count > 1, !bodies[position].isJoint else { return nil }
            let body = bodies[position]
            // Only lines to bodies that exist at the date count; the line to an ended body is alive-parent's.
            let entries = context.reportingParents[position].indices.filter { context.isActive[context.reportingParents[position][$0]] }
            guard entries.count > 1 else { return nil }
            let parents = entries.map { context.reportingParents[position][$0] }
            return finding(.multipleReportingLines(body: context.name(position), parents: parents.map(context.name)),
                           bodies: [body.id] + parents.map { context.model.bodies[$0].id }, at: body.reportsTo[entries[1]].location)
        }
    }
}
