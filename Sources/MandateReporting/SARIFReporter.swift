import MandateModel
import MandateRules

/// Writes SARIF 2.1.0: one run of the tool `mandate`, every rule described, every finding a result.
public enum SARIFReporter {
    /// The reports as SARIF JSON, ending with a newline.
    public static func write(_ reports: [CheckReport]) -> String {
        let rules = RuleCatalogue.descriptions
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.identifier, $0) })
        let results: [JSONValue] = reports.flatMap(\.findings).map { finding in
            .object([
                ("ruleId", .string(finding.rule)),
                ("ruleIndex", .int(ruleIndex[finding.rule] ?? 0)),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(finding.location.file)))])),
                    ("region", .object([("startLine", .int(finding.location.line)), ("startColumn", .int(finding.location.column))])),
                ]))])])),
            ])
        }
        let driver: JSONValue = .object([
            ("name", .string("mandate")),
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.identifier)),
                    ("name", .string(rule.name)),
                    ("shortDescription", .object([("text", .string(rule.summary))])),
                    ("fullDescription", .object([("text", .string(rule.rationale))])),
                    ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
                ])
            })),
        ])
        let log: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])])),
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

    /// A relative file path as a URI reference: path characters kept, everything else percent-encoded.
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII, character.isLetter || character.isNumber || "-._~/".contains(character) {
                output.append(character)
            } else {
                output += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
