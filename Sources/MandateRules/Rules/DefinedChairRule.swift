import MandateModel

/// A body has a chair, or two or more co-chairs.
struct DefinedChairRule: Rule {
    static let description = RuleDescription(
        identifier: "defined-chair",
        name: "Defined chair",
        summary: "Every body that meets (one with a cadence, or a forum, committee, council, steering group or working group) has a chair, or two or more co-chairs.",
        rationale: """
            Someone must call the meetings, set the agenda and speak for the body; a single co-chair is a chair with a \
            missing partner. In `changes`, `chair` and `coChairs` are one slot: a change that names a chair ends the \
            co-chairs, and one that names co-chairs ends the chair.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
                mandate: 1
                model: no-chair
                bodies:
                  ↓forum: {name: Forum, kind: forum, root: true}
                """),
            RuleExample("""
                mandate: 1
                model: one-co-chair
                roles:
                  director: {title: Director}
                bodies:
                  forum: {name: Forum, kind: forum, root: true, coChairs: [↓director]}
                """),
            RuleExample("""
                mandate: 1
                model: co-chair-from-a-date
                date: 2026-06-01
                roles:
                  director: {title: Director}
                  mayor: {title: Mayor}
                bodies:
                  forum:
                    name: Forum
                    kind: forum
                    root: true
                    chair: director
                    changes:
                      - {from: 2026-01-01, coChairs: [↓mayor]}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                mandate: 1
                model: management
                bodies:
                  management: {name: Hospital management, kind: executive, root: true}
                """),
            RuleExample("""
                mandate: 1
                model: co-chairs
                roles:
                  regional: {title: Koncerndirektør}
                  municipal: {title: KOSU-formand}
                bodies:
                  forum: {name: Forum, kind: forum, root: true, coChairs: [regional, municipal]}
                """),
        ])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        // Fields read in place: a body is copied only for a finding.
        return bodies.indices.compactMap { position in
            guard context.isChecked[position], bodies[position].chair == nil, bodies[position].coChairs.count < 2, context.meets(position) else { return nil }
            let body = bodies[position]
            if let only = body.coChairs.first {
                return finding(.singleCoChair(body: context.name(position), coChair: context.title(only.value)),
                               bodies: [body.id], at: only.location)
            }
            return finding(.noChair(body: context.name(position)),
                           bodies: [body.id], at: body.location)
        }
    }
}
