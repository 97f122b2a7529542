import MandateModel

/// No active body reports to, is anchored in or is set up by a body that does not exist at the date.
struct AliveParentRule: Rule {
    static let description = RuleDescription(
        identifier: "alive-parent",
        name: "Alive parent",
        summary: "At the date of evaluation, no active body reports to, is anchored in or is set up by a body outside its validity.",
        rationale: """
            When a forum ends, the bodies under it need a new home; when a body starts before the one it reports to \
            exists, its first decisions have nowhere to go. Checking at a future date (`--at`) shows what a planned \
            end date leaves behind. A body that this cuts off from every root gets one finding, from no-orphan, which \
            names every absent body its upward lines name; this rule reports the other absent bodies a body still names \
            (a founder, an anchoring beside a reporting line, an absent parent of a body that still reaches a root).
            """,
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: founder-ends
            date: 2027-01-01
            bodies:
              board: {name: Board, kind: political, root: true}
              forum: {name: Integrationsforum, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              group: {name: Arbejdsgruppe, kind: working-group, reportsTo: board, establishedBy: ↓forum}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: parent-lives
            date: 2026-06-01
            bodies:
              board: {name: Board, kind: political, root: true}
              forum: {name: Integrationsforum, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              group: {name: Arbejdsgruppe, kind: working-group, reportsTo: forum}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let bodies = context.model.bodies
        // The upward lines (reporting, or anchoring where a body reports to none) can cut a body off, which
        // no-orphan reports too: such a finding names its cause, so that the body gets one finding.
        let relations: [([[Int]], KeyPath<Body, [Located<BodyID>]>, FindingText.ParentLine, Bool)] = [
            (context.reportingParents, \.reportsTo, .reportsTo, true), (context.anchoringParents, \.anchoredIn, .anchoredIn, true),
            (context.establishingParents, \.establishedBy, .establishedBy, false),
        ]
        for position in bodies.indices where context.isChecked[position] {
            for (parents, references, verb, isUpward) in relations {
                for (entry, target) in parents[position].enumerated() where !context.isActive[target] {
                    let body = bodies[position]
                    let upward = isUpward && (references == \Body.reportsTo || body.reportsTo.isEmpty)
                    findings.append(finding(.absentParent(body: context.name(position), line: verb, absent: context.absentBody(target)),
                                            bodies: [body.id, bodies[target].id], at: body[keyPath: references][entry].location,
                                            cause: upward ? Finding.cutOff(body.id) : nil))
                }
            }
        }
        return findings
    }
}
