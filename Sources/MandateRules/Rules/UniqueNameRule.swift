import MandateModel

/// No two bodies alive at the date under the same parent carry the same name.
struct UniqueNameRule: Rule {
    static let description = RuleDescription(
        identifier: "unique-name",
        name: "Unique name",
        summary: "No two bodies alive at the date of evaluation under the same parent carry the same name.",
        rationale: """
            Over the years several bodies may carry one name, and bodies under different parents may share one; but two \\
            bodies of one name side by side under one parent are most likely one body written twice, or a renamed body \\
            whose old entry was not ended. Names are compared without regard to case.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: twice
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              ↓tilsyn2: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: apart
            date: 2026-06-01
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              teknik: {name: Teknik- og miljøudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              tilsyn-teknik: {name: Tilsynsgruppen, kind: working-group, reportsTo: teknik}
              gammel: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg, valid: {until: 2019-12-31}}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        for position in context.model.bodies.indices where context.isChecked[position] {
            let parents = context.reportingParents[position]
            guard !parents.isEmpty else { continue }
            let key = parents.map(String.init).joined(separator: ",") + "|" + context.model.bodies[position].name.lowercased()
            guard let earlier = first[key] else {
                first[key] = position
                continue
            }
            let body = context.model.bodies[position]
            let parentNames = parents.map(context.quotedName).joined(separator: " and ")
            findings.append(finding("\(context.quotedName(position)) has the name of another body under \(parentNames), "
                                    + "'\(context.model.bodies[earlier].id)' (line \(context.model.bodies[earlier].location.line)); one of them is likely a duplicate",
                                    bodies: [body.id, context.model.bodies[earlier].id], at: body.location))
        }
        return findings
    }
}
