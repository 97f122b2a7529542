import MandateModel

/// A body's review date has not passed at the date of evaluation.
struct ReviewDueRule: Rule {
    static let description = RuleDescription(
        identifier: "review-due",
        name: "Review due",
        summary: "No active body's review date has passed at the date of evaluation.",
        rationale: "Terms of reference promise a review (\"evaluering efter 1 år\"); a passed date means the review is due or its outcome is not in the model.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: overdue
            date: 2026-11-23
            bodies:
              ↓forum: {name: Psykiatriforum, kind: forum, root: true, review: 2023-01-31}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: not-yet
            date: 2022-06-01
            bodies:
              forum: {name: Psykiatriforum, kind: forum, root: true, review: 2023-01-31}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        return bodies.indices.compactMap { position in
            guard context.isChecked[position], let review = bodies[position].review, review < context.date else { return nil }
            return finding(.reviewDue(body: context.name(position), review: review), bodies: [bodies[position].id], at: bodies[position].location)
        }
    }
}
