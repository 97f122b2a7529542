/// What a rule is, as data: the checker, the configuration, `mandate rules` and the generated rule
/// documentation all read it from here.
public struct RuleDescription: Hashable, Sendable {
    /// The stable identifier users write in configurations and waivers, such as `no-orphan`.
    public let identifier: String
    public let name: String
    /// One sentence: what holds when the rule passes.
    public let summary: String
    /// Why it matters to the people who plan and review a structure.
    public let rationale: String
    public let defaultSeverity: Severity
    public let options: [RuleOption]
    /// Models on which the rule reports at least one finding.
    public let triggeringExamples: [RuleExample]
    /// Models on which the rule reports nothing.
    public let nonTriggeringExamples: [RuleExample]

    /// Creates a description.
    public init(identifier: String, name: String, summary: String, rationale: String, defaultSeverity: Severity,
                options: [RuleOption] = [], triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
