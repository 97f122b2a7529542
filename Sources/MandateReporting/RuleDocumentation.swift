import MandateRules

/// The rule documentation, generated from the rules' own descriptions: a Markdown page for the docs and
/// plain text for `mandate rules`.
package enum RuleDocumentation {
    /// One line per rule: identifier, default severity, summary.
    public static func list() -> String {
        let width = RuleRegistry.standard.descriptions.map(\.identifier.count).max() ?? 0
        return RuleRegistry.standard.descriptions.map { rule in
            rule.identifier.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + rule.defaultSeverity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary
        }.joined(separator: "\n") + "\n"
    }

    /// Everything about one rule, as plain text.
    public static func text(for rule: RuleDescription) -> String {
        var output = "\(rule.identifier): \(rule.name)\n\n\(rule.summary)\n\n\(rule.rationale)\n\n"
        output += "Default severity: \(rule.defaultSeverity.rawValue)\n"
        for option in rule.options { output += "Option \(option.name) (default \(option.defaultValue)): \(option.summary)\n" }
        for (title, examples) in [("Reports", rule.triggeringExamples), ("Passes", rule.nonTriggeringExamples)] {
            for example in examples {
                output += "\n\(title):\n" + indent(example.model)
                if let configuration = example.configuration { output += "  with .mandate.yml:\n" + indent(configuration, by: 4) }
            }
        }
        return output
    }

    /// The Markdown page of every rule.
    public static func markdown() -> String {
        var output = """
            # Rules

            Generated from the rules' own descriptions by `mandate rules --markdown`; a test fails when this page is
            out of date. Switch a rule off, change its severity or set its options in `.mandate.yml`:

            ```yaml
            rules:
              defined-secretariat: off
              review-due: info
              span-of-control: {maximum: 12}
            waivers:
              - {rule: defined-chair, body: driftsmoedet, reason: The seed names no chair., until: 2027-06-30}
            ```

            | rule | default severity | holds when |
            |---|---|---|

            """
        for rule in RuleRegistry.standard.descriptions {
            output += "| [`\(rule.identifier)`](#\(rule.identifier)) | \(rule.defaultSeverity.rawValue) | \(rule.summary) |\n"
        }
        for rule in RuleRegistry.standard.descriptions {
            output += "\n## \(rule.identifier)\n\n**\(rule.name).** \(rule.summary)\n\n\(rule.rationale)\n\n"
            output += "Default severity: **\(rule.defaultSeverity.rawValue)**.\n"
            for option in rule.options {
                output += "Option `\(option.name)` (default \(option.defaultValue)): \(option.summary)\n"
            }
            for (title, examples) in [("Reports", rule.triggeringExamples), ("Passes", rule.nonTriggeringExamples)] {
                for example in examples {
                    output += "\n\(title):\n\n```yaml\n\(example.model)\n```\n"
                    if let configuration = example.configuration {
                        output += "\nwith `.mandate.yml`:\n\n```yaml\n\(configuration)\n```\n"
                    }
                }
            }
        }
        return output
    }

    private static func indent(_ text: String, by spaces: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }
            .joined(separator: "\n") + "\n"
    }
}
