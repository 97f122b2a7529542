import MandateModel

/// The chair and co-chairs are among the permanent members.
struct ChairIsMemberRule: Rule {
    static let description = RuleDescription(
        identifier: "chair-is-member",
        name: "Chair is a member",
        summary: "A body's chair and co-chairs are among its permanent members, where it lists them.",
        rationale: "A chair from outside the membership has no seat in the decisions it leads; terms of reference list the chair among the members.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: outside-chair
            roles:
              director: {title: Direktør}
              member: {title: Vicedirektør}
            bodies:
              forum: {name: Forum, kind: forum, root: true, chair: ↓director, members: [member]}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: chair-member
            roles:
              director: {title: Direktør}
              member: {title: Vicedirektør}
            bodies:
              forum: {name: Forum, kind: forum, root: true, chair: director, members: [director, member]}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let bodies = context.model.bodies
        // Fields read in place, not a copy of each body.
        for position in bodies.indices where context.isChecked[position] && !bodies[position].members.isEmpty {
            for chair in (bodies[position].chair.map { [$0] } ?? []) + bodies[position].coChairs
                where !bodies[position].members.contains(where: { $0.role.value == chair.value }) {
                findings.append(finding(.chairNotMember(member: context.title(chair.value), body: context.name(position), isCoChair: bodies[position].chair == nil),
                                        bodies: [bodies[position].id], at: chair.location))
            }
        }
        return findings
    }
}
