import MandateModel

/// No role is both a permanent member and an ad-hoc participant of one body.
struct AdHocNotMemberRule: Rule {
    static let description = RuleDescription(
        identifier: "adhoc-not-member",
        name: "Ad hoc is not permanent",
        summary: "No role is both a permanent member and an ad-hoc participant of the same body.",
        rationale: "A role listed both ways leaves it unclear whether it has a seat and a vote, or attends when invited.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: both
            roles:
              manager: {title: Afdelingsledelse}
            bodies:
              forum: {name: Forum, kind: forum, root: true, members: [manager], adHoc: [↓manager]}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: apart
            roles:
              director: {title: Direktør}
              manager: {title: Afdelingsledelse}
            bodies:
              forum: {name: Forum, kind: forum, root: true, members: [director], adHoc: [manager]}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (position, body) in context.model.bodies.enumerated() where context.isChecked[position] && !body.adHoc.isEmpty {
            let members = Set(body.members.map(\.role.value))
            for participant in body.adHoc {
                guard case .role(let role) = participant.value, members.contains(role) else { continue }
                findings.append(finding(.adHocMember(member: context.title(role), body: context.name(position)),
                                        bodies: [body.id], at: participant.location))
            }
        }
        return findings
    }
}
