/// The two rules about waivers themselves, which the ``Checker`` applies after every other rule.
package enum WaiverRules {
    private static let model = """
        mandate: 1
        model: waived
        date: 2026-06-01
        bodies:
          forum: {name: Forum, kind: forum, root: true, secretariat: []}
        """

    /// A waiver whose end date has passed: it no longer hides its finding.
    public static let expired = RuleDescription(
        identifier: "expired-waiver",
        name: "Expired waiver",
        summary: "Every waiver's end date is on or after the date of evaluation.",
        rationale: "A waiver accepts a finding for a time; when the time is up, the finding is back and the waiver should be renewed or removed.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - ↓{rule: defined-chair, body: forum, reason: The chair is appointed in the spring., until: 2026-03-31}
            """)],
        nonTriggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - {rule: defined-chair, body: forum, reason: The chair is appointed in the autumn., until: 2026-09-30}
            """)])

    /// A waiver that matches no finding: the problem it accepted is gone, or it names the wrong body or rule.
    public static let unused = RuleDescription(
        identifier: "unused-waiver",
        name: "Unused waiver",
        summary: "Every waiver that has not expired matches a finding.",
        rationale: "A waiver that matches nothing is stale or misspelt, and would silently hide the next finding of its kind.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - ↓{rule: review-due, body: forum, reason: Reviewed in January., until: 2026-12-31}
            """)],
        nonTriggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - {rule: defined-secretariat, body: forum, reason: Served by the chair's own office., until: 2026-12-31}
            """)])

    /// A waiver naming a body the model does not have: misspelt, or meant for another model.
    public static let unknownBody = RuleDescription(
        identifier: "unknown-waiver-body",
        name: "Waiver of an unknown body",
        summary: "Every waiver that applies to a model names one of its bodies.",
        rationale: "A waiver of a body that does not exist hides nothing and says nothing; it is misspelt, or belongs to another model and should say so with `model:`.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - ↓{rule: defined-secretariat, body: froum, reason: Served by the chair's own office., until: 2026-12-31}
            """)],
        nonTriggeringExamples: [RuleExample(model, configuration: """
            waivers:
              - {rule: defined-secretariat, body: forum, reason: Served by the chair's own office., until: 2026-12-31}
              - {rule: defined-chair, body: council, model: another-model, reason: Appointed in the spring., until: 2026-12-31}
            """)])

    /// The rules about waivers, in the order they are documented.
    static let all = [expired, unused, unknownBody]
}
