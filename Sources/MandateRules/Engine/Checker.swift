import MandateModel

/// Runs the enabled rules over a model at a date, applies the configuration's severities and waivers,
/// and returns the findings in file order. It never prints.
public struct Checker: Sendable {
    public let configuration: Configuration
    /// The rules it knows: the standard ones, and any a library user adds.
    public let registry: RuleRegistry

    /// Creates a checker of the rules in `registry` (the standard ones unless others are given), configured by
    /// `configuration` (which should be read with the same registry, so that it may set and waive every rule).
    public init(configuration: Configuration = .standard, registry: RuleRegistry = .standard) {
        self.configuration = configuration
        self.registry = registry
    }

    /// The rules it runs when enabled.
    public var rules: [any Rule.Type] { registry.rules }

    /// Checks `model` at its date of evaluation.
    public func check(_ model: Model, at date: EvaluationDate) -> CheckReport {
        check(model, at: date.day, dateSource: date.source)
    }

    /// Checks `model` at `date`.
    public func check(_ model: Model, at date: Day, dateSource: DateSource = .given) -> CheckReport {
        report(findings(in: RuleContext(model: model, date: date)), model: model, date: date, dateSource: dateSource)
    }

    /// The enabled rules' findings in `context` at the configured severities, before waivers and unsorted; a cause
    /// that one rule reports is left out of the rules after it.
    public func findings(in context: RuleContext) -> [Finding] {
        let configuration = self.configuration
        let rules = self.rules.filter { configuration.isEnabled($0.description.identifier) }
        // Rules are independent of each other: they run side by side, and their findings are sorted after.
        let findings = ParallelWork.map(rules.count) { index -> [Finding] in
            let description = rules[index].description
            var options = Dictionary(uniqueKeysWithValues: description.options.map { ($0.name, $0.defaultValue) })
            options.merge(configuration.rules[description.identifier]?.options ?? [:]) { $1 }
            let severity = configuration.severity(of: description)
            return rules[index].init(options: options).check(context).map { $0.severity == severity ? $0 : $0.with(severity: severity) }
        }
        // A cause belongs to the first rule that reports it, in the order the rules are given; that rule may
        // report several findings of one cause (several absent parents of one body).
        var claimed = Set<String>()
        return findings.flatMap { ruleFindings in
            let kept = ruleFindings.filter { finding in finding.cause.map { !claimed.contains($0) } ?? true }
            claimed.formUnion(ruleFindings.compactMap(\.cause))
            return kept
        }
    }

    /// The report of `findings` in `model` at `date`: the configuration's waivers applied, findings about the
    /// waivers themselves added, all in file order.
    public func report(_ findings: [Finding], model: Model, date: Day, dateSource: DateSource) -> CheckReport {
        var findings = findings
        let waivers = configuration.waivers.filter { $0.applies(to: model.id) }
        var waived: [Finding] = []
        var reasons: [Finding: String] = [:]
        var used = [Bool](repeating: false, count: waivers.count)
        let current = waivers.indices.filter { date <= waivers[$0].until }
        if !current.isEmpty {
            findings.removeAll { finding in
                guard let index = current.first(where: { waivers[$0].covers(finding) }) else { return false }
                used[index] = true
                waived.append(finding)
                reasons[finding] = waivers[index].reason
                return true
            }
        }
        for (index, waiver) in waivers.enumerated() {
            if model.body(waiver.body) == nil, configuration.isEnabled(WaiverRules.unknownBody.identifier) {
                let suggestion = Suggestion.closest(to: waiver.body.rawValue, in: model.bodies.map(\.id.rawValue))
                findings.append(Finding(rule: WaiverRules.unknownBody.identifier, severity: configuration.severity(of: WaiverRules.unknownBody),
                                        text: .waiverOfUnknownBody(rule: waiver.rule, body: waiver.body.rawValue, model: model.id, suggestion: suggestion),
                                        bodies: [waiver.body], location: waiver.location))
            } else if waiver.until < date, configuration.isEnabled(WaiverRules.expired.identifier) {
                findings.append(Finding(rule: WaiverRules.expired.identifier, severity: configuration.severity(of: WaiverRules.expired),
                                        text: .waiverExpired(rule: waiver.rule, body: waiver.body.rawValue, until: waiver.until),
                                        bodies: [waiver.body], location: waiver.location))
            } else if !used[index], date <= waiver.until, configuration.isEnabled(WaiverRules.unused.identifier) {
                findings.append(Finding(rule: WaiverRules.unused.identifier, severity: configuration.severity(of: WaiverRules.unused),
                                        text: .waiverUnused(rule: waiver.rule, body: waiver.body.rawValue),
                                        bodies: [waiver.body], location: waiver.location))
            }
        }
        return CheckReport(model: model.id, file: model.file, date: date, dateSource: dateSource,
                           findings: findings.sorted(), waived: waived.sorted(), waiverReasons: reasons, language: model.language ?? .en,
                           owners: Dictionary(model.files.compactMap { file in file.owner.map { (file.file, $0) } }, uniquingKeysWith: { first, _ in first }))
    }
}
