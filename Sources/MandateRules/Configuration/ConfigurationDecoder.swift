import MandateModel

/// Decodes the located tree of a `.mandate.yml` into a ``Configuration``, collecting every problem.
struct ConfigurationDecoder {
    let tree: SourceTree
    /// The rules the configuration may set and waive.
    let registry: RuleRegistry
    private(set) var diagnostics: [ConfigurationDiagnostic] = []

    init(tree: SourceTree, registry: RuleRegistry) {
        self.tree = tree
        self.registry = registry
    }

    /// `workspace:` makes the folder a workspace; ``MandateModel/WorkspaceSettings`` reads it.
    private static let topKeys = ["rules", "waivers", "documentation", "workspace"]
    private static let waiverKeys = ["rule", "body", "reason", "until"]
    private static let optionalWaiverKeys = ["model"]
    private static let settingKeys = ["enabled", "severity"]

    mutating func decode() -> Configuration {
        var configuration = Configuration(file: tree.file)
        guard let root = tree.root, !tree.isNull(root) else { return configuration }
        for (key, value) in mapping(root, keys: Self.topKeys, context: "the configuration") {
            switch key {
            case "rules": configuration.rules = rules(value)
            case "waivers": configuration.waivers = waivers(value)
            case "workspace":
                // Read by the workspace loader; here only its form is checked.
                if tree.kind(of: value) != .scalar || tree.isNull(value) {
                    report(.wrongType(key: "workspace", expected: "true, false or the workspace's title", found: tree.isNull(value) ? "nothing" : tree.kind(of: value).noun), at: value)
                }
            case "documentation":
                let address = tree.text(of: value)
                if tree.kind(of: value) == .scalar, address.hasPrefix("https://") || address.hasPrefix("http://") {
                    configuration.documentation = address
                } else {
                    report(.wrongType(key: "documentation", expected: "a web address (https://…) of the rules' documentation",
                                      found: "'\(address)'"), at: value)
                }
            default: break
            }
        }
        return configuration
    }

    private mutating func rules(_ node: SourceTree.Node) -> [String: RuleSetting] {
        var result: [String: RuleSetting] = [:]
        let descriptions = Dictionary(uniqueKeysWithValues: registry.descriptions.map { ($0.identifier, $0) })
        for (id, value) in mapping(node, keys: registry.descriptions.map(\.identifier), context: "rules", unknown: { key, keys in
            .unknownRule(id: key, suggestion: Suggestion.closest(to: key, in: keys))
        }) {
            guard let rule = descriptions[id] else { continue }
            if tree.kind(of: value) == .scalar {
                switch (tree.isPlain(value), tree.text(of: value)) {
                case (true, "off"), (true, "false"): result[id] = RuleSetting(isEnabled: false)
                case (true, "on"), (true, "true"): result[id] = RuleSetting(isEnabled: true)
                case (_, let text):
                    if let severity = Severity(rawValue: text) { result[id] = RuleSetting(severity: severity); continue }
                    report(.invalidChoice(key: id, text: text, allowed: ["off", "on"] + Severity.allCases.map(\.rawValue),
                                          suggestion: nil), at: value)
                }
                continue
            }
            var setting = RuleSetting()
            let keys = Self.settingKeys + rule.options.map(\.name)
            for (key, option) in mapping(value, keys: keys, context: "the settings of '\(id)'") {
                switch key {
                case "enabled":
                    switch (tree.isPlain(option), tree.text(of: option)) {
                    case (true, "true"): setting.isEnabled = true
                    case (true, "false"): setting.isEnabled = false
                    default: report(.wrongType(key: key, expected: "true or false", found: "'\(tree.text(of: option))'"), at: option)
                    }
                case "severity":
                    let text = tree.text(of: option)
                    if let severity = Severity(rawValue: text), tree.kind(of: option) == .scalar {
                        setting.severity = severity
                    } else {
                        let allowed = Severity.allCases.map(\.rawValue)
                        report(.invalidChoice(key: key, text: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
                               at: option)
                    }
                default:
                    if tree.kind(of: option) == .scalar, tree.isPlain(option), let number = Int(tree.text(of: option)), number >= 0 {
                        setting.options[key] = number
                    } else {
                        report(.invalidNumber(key: key, text: "'\(tree.text(of: option))'", minimum: 0), at: option)
                    }
                }
            }
            result[id] = setting
        }
        return result
    }

    private mutating func waivers(_ node: SourceTree.Node) -> [Waiver] {
        guard tree.kind(of: node) == .sequence else {
            report(.wrongType(key: "waivers", expected: "a list", found: tree.kind(of: node).noun), at: node)
            return []
        }
        var result: [Waiver] = []
        for item in tree.children(of: node) {
            var fields: [String: SourceTree.Node] = [:]
            for (key, value) in mapping(item, keys: Self.waiverKeys + Self.optionalWaiverKeys, context: "a waiver") { fields[key] = value }
            var complete = true
            for key in Self.waiverKeys where fields[key] == nil {
                report(.missingKey(key: key, context: "a waiver"), at: item)
                complete = false
            }
            guard complete, let rule = fields["rule"], let body = fields["body"], let reason = fields["reason"],
                  let until = fields["until"] else { continue }
            let ruleText = tree.text(of: rule)
            let identifiers = registry.descriptions.map(\.identifier)
            guard identifiers.contains(ruleText) else {
                report(ConfigurationProblem.unknownRule(id: ruleText, suggestion: Suggestion.closest(to: ruleText, in: identifiers)), at: rule)
                continue
            }
            guard let day = Day(tree.text(of: until)) else {
                report(.invalidDate(key: "until", text: tree.text(of: until)), at: until)
                continue
            }
            result.append(Waiver(rule: ruleText, body: BodyID(tree.text(of: body)), model: fields["model"].map { tree.text(of: $0) },
                                 reason: tree.text(of: reason), until: day, location: tree.location(of: item)))
        }
        return result
    }

    /// The entries of a mapping whose keys are among `keys`; reports the others, duplicates and non-mappings.
    private mutating func mapping(_ node: SourceTree.Node, keys: [String], context: String,
                                  unknown: ((String, [String]) -> ConfigurationProblem)? = nil) -> [(String, SourceTree.Node)] {
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: context, found: tree.kind(of: node)), at: node)
            return []
        }
        var seen: [String: SourceLocation] = [:]
        var result: [(String, SourceTree.Node)] = []
        for (keyNode, value) in tree.pairs(of: node) {
            let key = tree.text(of: keyNode)
            if let first = seen[key] {
                report(.duplicateKey(key: key, first: first), at: keyNode)
                continue
            }
            seen[key] = tree.location(of: keyNode)
            guard keys.contains(key) else {
                report(unknown?(key, keys)
                       ?? .file(.unknownKey(key: key, context: context, suggestion: Suggestion.closest(to: key, in: keys), allowed: keys)),
                       at: keyNode)
                continue
            }
            result.append((key, value))
        }
        return result
    }

    private mutating func report(_ error: LoadError, at node: SourceTree.Node) {
        report(.file(error), at: node)
    }

    private mutating func report(_ problem: ConfigurationProblem, at node: SourceTree.Node) {
        diagnostics.append(ConfigurationDiagnostic(problem, at: tree.location(of: node)))
    }
}
