import MandateModel

/// Every body that meets has a secretariat.
struct DefinedSecretariatRule: Rule {
    static let description = RuleDescription(
        identifier: "defined-secretariat",
        name: "Defined secretariat",
        summary: """
            Every body that meets (one with a cadence, or a forum, committee, council, steering group or working group) \
            has a secretariat; a shared secretariat of several units or organisations passes.
            """,
        rationale: "Without a secretariat no one prepares the meetings, keeps the minutes or follows up on decisions.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: no-secretariat
            bodies:
              ↓forum: {name: Forum, kind: forum, root: true}
            """)],
        nonTriggeringExamples: [
            RuleExample("""
                mandate: 1
                model: shared-secretariat
                organisations:
                  region: {name: Region, kind: region}
                  municipalities: {name: Kommunerne, kind: municipality}
                bodies:
                  forum: {name: Forum, kind: forum, root: true, secretariat: [region, municipalities]}
                """),
            RuleExample("""
                mandate: 1
                model: management
                bodies:
                  management: {name: Hospital management, kind: executive, root: true}
                """),
        ])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        // Fields read in place: a body is copied only for a finding.
        return bodies.indices.compactMap { position in
            guard context.isChecked[position], bodies[position].secretariat.isEmpty, context.meets(position) else { return nil }
            return finding(.noSecretariat(body: context.name(position)), bodies: [bodies[position].id], at: bodies[position].location)
        }
    }
}
