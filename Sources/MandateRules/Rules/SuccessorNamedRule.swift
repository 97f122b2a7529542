import MandateModel

/// A body with an end date names a successor, or says that its duties lapse.
struct SuccessorNamedRule: Rule {
    static let description = RuleDescription(
        identifier: "successor-named",
        name: "Successor named",
        summary: "A body with an end date names a successor, or says that its duties lapse (`lapses: true`).",
        rationale: "When a temporary body ends, its open tasks and commissions must go somewhere, or be closed on purpose.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: ends-silently
            bodies:
              ↓forum: {name: Integrationsforum, kind: forum, root: true, valid: {until: 2026-12-31}}
            """)],
        nonTriggeringExamples: [
            RuleExample("""
                mandate: 1
                model: has-successor
                bodies:
                  forum: {name: Integrationsforum, kind: forum, root: true, valid: {until: 2026-12-31}, successor: east}
                  east: {name: Østdansk forum, kind: forum, root: true, valid: {from: 2027-01-01}}
                """),
            RuleExample("""
                mandate: 1
                model: lapses
                bodies:
                  forum: {name: Integrationsforum, kind: forum, root: true, valid: {until: 2026-12-31}, lapses: true}
                """),
        ])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        return bodies.indices.compactMap { position in
            guard !bodies[position].isExternal, let until = bodies[position].validity.until, bodies[position].successor == nil,
                  !bodies[position].lapses else { return nil }
            return finding(.noSuccessor(body: context.name(position), until: until), bodies: [bodies[position].id], at: bodies[position].location)
        }
    }
}
