import Foundation
import Mandate
import Testing

// The getting-started article's code, as it stands there; a test below checks that every code block of
// the article appears in this file, so the article shows what these tests run.

struct SourceQuotedRule: Rule {
    static let description = RuleDescription(
        identifier: "source-quoted", name: "Source quoted",
        summary: "Every body quotes the sentence of its terms of reference.",
        rationale: "A structure that cites its sources can be checked against them.",
        defaultSeverity: .info, triggeringExamples: [], nonTriggeringExamples: [])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        // Only the bodies under check: those that exist on the date and are not outside the structure.
        context.model.bodies.indices.filter { context.isChecked[$0] && context.model.bodies[$0].source == nil }.map { position in
            let body = context.model.bodies[position]
            return finding("'\(body.name)' quotes no source", bodies: [body.id], at: body.location)
        }
    }
}

/// A rule that takes a standard rule's identifier, which a registry refuses.
struct NamesakeRule: Rule {
    static let description = RuleDescription(identifier: "no-orphan", name: "Namesake", summary: "A rule with a name taken.",
                                             rationale: "None.", defaultSeverity: .info, triggeringExamples: [], nonTriggeringExamples: [])
    init(options: [String: Int]) {}
    func check(_ context: RuleContext) -> [Finding] { [] }
}

@Suite("The library as its users write it: `import Mandate` and the getting-started article")
struct GettingStartedTests {
    @Test("load a model and check it: the working group is cut off on 2027-01-01")
    func loadAndCheck() throws {
        let model = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let date = EvaluationDate(given: Day("2027-01-01"), model: model)
        let report = Checker().check(model, at: date)
        for finding in report.findings {
            print("\(finding.location): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]")
        }
        #expect(date.source == .given)
        #expect(report.findings.map(\.rule).sorted() == ["defined-chair", "defined-secretariat", "no-orphan"])
    }

    @Test("a rule of one's own runs beside the standard rules, and only where it should")
    func ownRule() throws {
        let model = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let date = EvaluationDate(given: Day("2027-01-01"), model: model)
        let registry = try RuleRegistry(adding: [SourceQuotedRule.self])
        let checker = Checker(registry: registry)
        let withOwnRule = checker.check(model, at: date)
        let standard = Checker().check(model, at: date)
        let own = withOwnRule.findings.filter { $0.rule == "source-quoted" }
        #expect(withOwnRule.findings.filter { $0.rule != "source-quoted" } == standard.findings)
        #expect(own.isEmpty, "every body of the model quotes its source")
        // Without sources: a finding for each body under check on the date, none for the ended forum or the external ones.
        let unquoted = Self.unquoted(model)
        #expect(checker.check(unquoted, at: date).findings.filter { $0.rule == "source-quoted" }.map(\.bodies)
                == [[BodyID("driftsmoedet")], [BodyID("arbejdsgruppe-integration")]])
        #expect(throws: RuleRegistryError.identifierTaken("no-orphan")) { try RuleRegistry(adding: [NamesakeRule.self]) }
    }

    static func unquoted(_ model: Model) -> Model {
        Model(id: model.id, file: model.file, bodies: model.bodies.map { var body = $0; body.source = nil; return body })
    }

    @Test("a rule of one's own is configured, waived, baselined and listed in SARIF as a rule of its own")
    func ownRuleConfigured() throws {
        let model = Self.unquoted(try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml"))
        let date = EvaluationDate(given: Day("2027-01-01"), model: model)
        let registry = try RuleRegistry(adding: [SourceQuotedRule.self])
        let configuration = try ConfigurationLoader.load(file: "Tests/Fixtures/configurations/own-rule.yml", registry: registry)
        let configured = Checker(configuration: configuration, registry: registry).check(model, at: date)
        let sarif = ReportFormat.sarif.write(CheckRun(reports: [configured], registry: registry))
        let own = configured.findings.filter { $0.rule == "source-quoted" }
        #expect(own.map(\.bodies) == [[BodyID("driftsmoedet")]] && own.allSatisfy { $0.severity == .warning })
        #expect(configured.waived.map(\.rule) == ["source-quoted"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require((((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]) as? [[String: Any]])
        let index = try #require(rules.firstIndex { $0["id"] as? String == "source-quoted" })
        #expect((rules[index]["shortDescription"] as? [String: Any])?["text"] as? String == SourceQuotedRule.description.summary)
        let results = try #require(run["results"] as? [[String: Any]]).filter { $0["ruleId"] as? String == "source-quoted" }
        #expect(results.count == 2 && results.allSatisfy { $0["ruleIndex"] as? Int == index })
        #expect(results.filter { $0["suppressions"] != nil }.count == 1)
        let off = try ConfigurationLoader.load(file: "Tests/Fixtures/configurations/own-rule-off.yml", registry: registry)
        #expect(Checker(configuration: off, registry: registry).check(model, at: date).findings.allSatisfy { $0.rule != "source-quoted" })
        #expect(throws: ConfigurationFailure.self) { try ConfigurationLoader.load(file: "Tests/Fixtures/configurations/own-rule-off.yml") }
        let baseline = Baseline(reports: [configured])
        let (held, outcome) = baseline.apply(to: [configured], file: "baseline.json")
        #expect(held[0].findings.isEmpty && outcome.heldBack == configured.findings.count)
    }

    @Test("draw it: an SVG with a node for every body, and a PDF of its sheets")
    func draw() throws {
        let model = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let date = EvaluationDate(given: Day("2027-01-01"), model: model)
        let view = DiagramView(model: model, options: DiagramOptions(date: date.day))!
        let svg = try GraphvizRenderer.shared.render(dot: DOTWriter.write(view), format: .svg)
        let sheets = DiagramSheets(view: view, options: SheetOptions(paper: .a4)).sheets
        let pdf = try GraphvizRenderer.shared.render(sheets, format: .pdf)[0]
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        #expect(model.bodies.allSatisfy { text.contains("<title>\($0.id.rawValue.replacingOccurrences(of: "-", with: "&#45;"))</title>") })
        #expect(sheets.count == 1 && pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("compare two versions: the merge of the national agreement")
    func compare() throws {
        let before = try ModelLoader.load(file: "Models/national-integration-before.yaml")
        let after = try ModelLoader.load(file: "Models/national-integration-after.yaml")
        let comparison = Differ().compare(before, after,
                                          beforeDate: EvaluationDate(given: nil, model: before).day,
                                          afterDate: EvaluationDate(given: nil, model: after).day)
        print(try DiffFormat.text.write(comparison, language: .en))
        #expect(comparison.changes.contains { $0.kind == .merged })
    }

    @Test("follow it through time: the working group is cut off from 2027-01-01 on")
    func timeline() throws {
        let dated = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let timeline = TimelineChecker().timeline(of: dated)
        for entry in timeline.findings {
            print("\(entry.period.summary ?? "throughout"): \(entry.finding.message) [\(entry.finding.rule)]")
        }
        print("\(timeline.gaps.count) gaps in continuity")
        let cutOff = try #require(timeline.findings.first { $0.finding.rule == "no-orphan" })
        #expect(cutOff.period == Period(from: Day("2027-01-01"), until: nil))
        #expect(timeline.gaps.isEmpty)
    }

    @Test("every code block of the article is code this file runs")
    func articleMatchesTests() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let article = try String(contentsOf: root.appendingPathComponent("Sources/Mandate/Mandate.docc/GettingStarted.md"), encoding: .utf8)
        let tests = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let testLines = tests.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 7)
        for block in blocks {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let found = testLines.indices.contains { start in
                start + lines.count <= testLines.count && Array(testLines[start..<start + lines.count]) == lines
            }
            #expect(found, "the article's block starting '\(lines.first ?? "")' is not in GettingStartedTests.swift")
        }
    }
}
