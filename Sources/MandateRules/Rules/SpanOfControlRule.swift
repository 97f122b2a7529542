import MandateModel

/// Informs where a body has more direct reports than a threshold.
struct SpanOfControlRule: Rule {
    static let description = RuleDescription(
        identifier: "span-of-control",
        name: "Span of control",
        summary: "No body has more bodies reporting directly to it than the threshold (`maximum`, default 8).",
        rationale: "A body that receives many reporting lines cannot follow each of them closely; it may need an intermediate level.",
        defaultSeverity: .info,
        options: [RuleOption(name: "maximum", defaultValue: 8, summary: "The most direct reports a body may have without a finding.")],
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: wide
            bodies:
              ↓board: {name: Board, kind: political, root: true}
              a: {name: A, kind: forum, reportsTo: board}
              b: {name: B, kind: forum, reportsTo: board}
              c: {name: C, kind: forum, reportsTo: board}
            """, configuration: """
            rules:
              span-of-control: {maximum: 2}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: narrow
            bodies:
              board: {name: Board, kind: political, root: true}
              a: {name: A, kind: forum, reportsTo: board}
              b: {name: B, kind: forum, reportsTo: board}
            """, configuration: """
            rules:
              span-of-control: {maximum: 2}
            """)])

    let maximum: Int

    init(options: [String: Int]) {
        maximum = options["maximum"] ?? 8
    }

    func check(_ context: RuleContext) -> [Finding] {
        context.model.bodies.indices.compactMap { position in
            let reports = context.reportingChildren[position].count
            guard context.isChecked[position], reports > maximum else { return nil }
            return finding(.spanOfControl(body: context.name(position), reports: reports, maximum: maximum),
                           bodies: [context.model.bodies[position].id], at: context.model.bodies[position].location)
        }
    }
}
