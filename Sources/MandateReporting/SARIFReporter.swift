import MandateModel
import MandateRules

/// Writes SARIF 2.1.0: one run of the tool `mandate` with its version and every rule described; every
/// finding a result, every waived finding a result with its suppression, every problem of a model that could
/// not be loaded a result of the rule `load-error`, and configuration problems as notifications of a failed
/// invocation. Paths the user named relative to the folder the run started in are written relative to
/// `SRCROOT`, which `originalUriBaseIds` gives.
package enum SARIFReporter {
    /// The rule that load errors are results of.
    static let loadError = RuleDescription(
        identifier: RunProblem.Kind.load.rawValue, name: "Load error",
        summary: "The model file can be read: its syntax, keys, values and references are what the model format takes.",
        rationale: "A model that cannot be loaded cannot be checked; every problem is reported at its place, with what to write instead.",
        defaultSeverity: .error, triggeringExamples: [], nonTriggeringExamples: [])

    /// The run as SARIF JSON, ending with a newline. `sourceRoot` is the absolute path relative paths are
    /// relative to. Every rule the run knows has an entry, the user's own among them; each links to the run's
    /// documentation address, where the configuration gives one, and nowhere else.
    public static func write(_ run: CheckRun, sourceRoot: String? = nil) -> String {
        let rules = run.rules + [loadError]
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.identifier, $0) })
        func location(_ place: SourceLocation) -> JSONValue {
            .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact(place.file, sourceRoot: sourceRoot)),
                ("region", .object([("startLine", .int(max(1, place.line))), ("startColumn", .int(max(1, place.column)))])),
            ]))])])
        }
        func result(_ finding: Finding, suppression: String?, language: ModelLanguage, owner: String?) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(finding.rule)), ("ruleIndex", .int(ruleIndex[finding.rule]!)),
                ("level", .string(level(finding.severity))), ("message", .object([("text", .string(finding.message(in: language)))])),
                ("locations", location(finding.location)),
                ("partialFingerprints", .object([("mandate/v1", .string(Fingerprint.of(
                    [finding.rule, finding.bodies.map(\.rawValue).joined(separator: ","), finding.message].joined(separator: "|"))))])),
            ]
            if let owner { fields.append(("properties", .object([("owner", .string(owner))]))) }
            if let suppression {
                fields.append(("suppressions", .array([.object([("kind", .string("external")), ("justification", .string(suppression))])])))
            }
            return .object(fields)
        }
        var results: [JSONValue] = []
        for problem in run.problems where problem.kind == .load {
            results.append(.object([
                ("ruleId", .string(loadError.identifier)), ("ruleIndex", .int(ruleIndex[loadError.identifier]!)), ("level", .string("error")),
                ("message", .object([("text", .string(problem.message + "; " + problem.hint))])), ("locations", location(problem.location)),
            ]))
        }
        for report in run.reports {
            let language = run.language(of: report)
            results += report.findings.map { result($0, suppression: nil, language: language, owner: report.owner(of: $0)) }
            results += report.waived.map {
                result($0, suppression: report.waiverReasons[$0] ?? "waived in the configuration", language: language, owner: report.owner(of: $0))
            }
        }
        var driver: [(String, JSONValue)] = [
            ("name", .string("mandate")), ("version", .string(ToolVersion.current)), ("semanticVersion", .string(ToolVersion.current)),
        ]
        if let documentation = run.documentation { driver.append(("informationUri", .string(documentation))) }
        driver.append(("rules", .array(rules.map { rule in
            var fields: [(String, JSONValue)] = [
                ("id", .string(rule.identifier)), ("name", .string(rule.name)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.rationale))])),
                ("help", .object([("text", .string("\(rule.summary) \(rule.rationale) `mandate rules \(rule.identifier)` explains it, with examples."))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ]
            if let documentation = run.documentation { fields.append(("helpUri", .string(documentation + "#" + rule.identifier))) }
            return .object(fields)
        })))
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(run.isComplete))]
        let notifications = run.problems.filter { $0.kind == .configuration }
        if !notifications.isEmpty {
            invocation.append(("toolConfigurationNotifications", .array(notifications.map { problem in
                .object([("level", .string("error")), ("message", .object([("text", .string(problem.message + "; " + problem.hint))])),
                         ("locations", location(problem.location))])
            })))
        }
        var sarifRun: [(String, JSONValue)] = [("tool", .object([("driver", .object(driver))])), ("invocations", .array([.object(invocation)]))]
        if let sourceRoot { sarifRun.append(("originalUriBaseIds", .object([("SRCROOT", .object([("uri", .string(fileURI(sourceRoot) + "/"))]))]))) }
        sarifRun.append(("results", .array(results)))
        if let baseline = run.baseline {
            sarifRun.append(("properties", .object([("baselineFile", .string(baseline.file)), ("baselineHeldBack", .int(baseline.heldBack))])))
        }
        let log: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(sarifRun)])),
        ])
        return log.formatted() + "\n"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Where a file is: relative to `SRCROOT` when it lies under the root, else an absolute `file:` URI.
    private static func artifact(_ path: String, sourceRoot: String?) -> JSONValue {
        guard let sourceRoot else { return .object([("uri", .string(uri(path)))]) }
        if !path.hasPrefix("/") { return .object([("uri", .string(uri(path))), ("uriBaseId", .string("SRCROOT"))]) }
        if path.hasPrefix(sourceRoot + "/") {
            return .object([("uri", .string(uri(String(path.dropFirst(sourceRoot.count + 1))))), ("uriBaseId", .string("SRCROOT"))])
        }
        return .object([("uri", .string(fileURI(path)))])
    }

    private static func fileURI(_ absolutePath: String) -> String {
        "file://" + uri(absolutePath)
    }

    /// A path as a URI reference: path characters kept, everything else percent-encoded.
    static func uri(_ path: String) -> String {
        PercentEncoding.encode(path, keeping: "-._~/")
    }
}
