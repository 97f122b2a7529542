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
        context.model.bodies.filter { $0.source == nil }.map { body in
            finding("'\(body.name)' quotes no source", bodies: [body.id], at: body.location)
        }
    }
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
        let checker = Checker(rules: RuleCatalogue.rules + [SourceQuotedRule.self])
        let withOwnRule = checker.check(model, at: date)
        let standard = Checker().check(model, at: date)
        let own = withOwnRule.findings.filter { $0.rule == "source-quoted" }
        #expect(withOwnRule.findings.filter { $0.rule != "source-quoted" } == standard.findings)
        #expect(own.map(\.bodies) == model.bodies.filter { $0.source == nil }.map { [$0.id] })
        let unquoted = Model(id: model.id, file: model.file, bodies: model.bodies.map { var body = $0; body.source = nil; return body })
        #expect(checker.check(unquoted, at: date).findings.filter { $0.rule == "source-quoted" }.count == model.bodies.count)
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
        print(DiffTextReporter.write(comparison))
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
        #expect(blocks.count == 6)
        for block in blocks {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let found = testLines.indices.contains { start in
                start + lines.count <= testLines.count && Array(testLines[start..<start + lines.count]) == lines
            }
            #expect(found, "the article's block starting '\(lines.first ?? "")' is not in GettingStartedTests.swift")
        }
    }
}
