import MandateModel

/// A body reports to at most one body.
struct SingleReportingLineRule: Rule {
    static let description = RuleDescription(
        identifier: "single-reporting-line",
        name: "Single reporting line",
        summary: "Every body reports to at most one body.",
        rationale: "With two reporting lines it is unclear whose decisions bind the body, whom it informs and where it escalates.",
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
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        context.model.bodies.indices.compactMap { position in
            let body = context.model.bodies[position]
            guard context.isChecked[position], body.reportsTo.count > 1 else { return nil }
            let parents = context.reportingParents[position]
            let names = parents.map(context.quotedName)
            let list = names.dropLast().joined(separator: ", ") + " and " + names.last!
            return finding("\(context.quotedName(position)) reports to \(parents.count) bodies, \(list); a body reports to exactly one",
                           bodies: [body.id] + parents.map { context.model.bodies[$0].id }, at: body.reportsTo[1].location)
        }
    }
}
