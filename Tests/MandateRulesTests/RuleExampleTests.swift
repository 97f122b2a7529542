import Foundation
import Testing
import MandateModel
import MandateReporting
@testable import MandateRules

@Suite("Every rule's own examples")
struct RuleExampleTests {
    /// Where a finding lands, or a mark says one must.
    struct Landing: Comparable {
        let file: String
        let line: Int
        let column: Int

        static func < (lhs: Landing, rhs: Landing) -> Bool { (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column) }
    }

    /// The rule's findings on an example, checked at the example model's date (or 2026-06-01).
    static func findings(of rule: RuleDescription, on example: RuleExample) throws -> [Finding] {
        let model = try ModelLoader.load(contents: Array(example.model.utf8), file: "\(rule.identifier).yaml", format: .yaml)
        let configuration = try example.configuration.map {
            try ConfigurationLoader.load(contents: Array($0.utf8), file: ".mandate.yml")
        } ?? .standard
        let report = Checker(configuration: configuration).check(model, at: model.date ?? Day("2026-06-01")!)
        return report.findings.filter { $0.rule == rule.identifier }
    }

    @Test("every rule has at least one triggering and one non-triggering example",
          arguments: RuleRegistry.standard.descriptions.map(\.identifier))
    func hasExamples(identifier: String) throws {
        let rule = try #require(RuleRegistry.standard.description(of: identifier))
        #expect(!rule.triggeringExamples.isEmpty)
        #expect(!rule.nonTriggeringExamples.isEmpty)
    }

    @Test("triggering examples give one finding of the rule at each ↓ and nowhere else, non-triggering ones none",
          arguments: RuleRegistry.standard.descriptions.map(\.identifier))
    func examples(identifier: String) throws {
        let rule = try #require(RuleRegistry.standard.description(of: identifier))
        for example in rule.triggeringExamples {
            let findings = try Self.findings(of: rule, on: example)
            let expected = example.modelMarks.map { Landing(file: "\(identifier).yaml", line: $0.line, column: $0.column) }
                + example.configurationMarks.map { Landing(file: ".mandate.yml", line: $0.line, column: $0.column) }
            #expect(!expected.isEmpty, "a triggering example marks where its findings land with ↓")
            #expect(findings.map { Landing(file: $0.location.file, line: $0.location.line, column: $0.location.column) }.sorted()
                    == expected.sorted(), "\(identifier) on:\n\(example.model)")
            #expect(findings.allSatisfy { $0.severity == rule.defaultSeverity })
        }
        for example in rule.nonTriggeringExamples {
            let findings = try Self.findings(of: rule, on: example)
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.message))")
        }
    }

    @Test("marks are read out of an example, at the line and column of the character after them")
    func marks() {
        let example = RuleExample("a: ↓x\n↓b: [c, ↓d]", configuration: "w: ↓1")
        #expect(example.model == "a: x\nb: [c, d]" && example.configuration == "w: 1")
        #expect(example.modelMarks == [ExampleMark(line: 1, column: 4), ExampleMark(line: 2, column: 1), ExampleMark(line: 2, column: 8)])
        #expect(example.configurationMarks == [ExampleMark(line: 1, column: 4)])
    }

    @Test("rule identifiers are unique")
    func uniqueIdentifiers() {
        let identifiers = RuleRegistry.standard.descriptions.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
    }

    @Test("the committed rule documentation is what the rules' descriptions generate")
    func documentationUpToDate() throws {
        let file = RulesTestPaths.packageRoot.appendingPathComponent("Sources/Mandate/Mandate.docc/Rules.md")
        if ProcessInfo.processInfo.environment["MANDATE_RECORD"] == "1" {
            try RuleDocumentation.markdown().write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == RuleDocumentation.markdown(),
                "run `swift run mandate rules --markdown > Sources/Mandate/Mandate.docc/Rules.md`")
    }
}
