import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import MandateModel
import MandateReporting
@testable import MandateRules

@Suite("Reporters escape user text for their format")
struct ReporterEscapingTests {
    static let hostileName = "Forum \"A\" | *B* <b>&amp;</b> \\N `x`\nline two %0A, a:b [link](http://x) \u{1B}[31mred"

    private func report() throws -> CheckReport {
        let yaml = """
            mandate: 1
            model: hostile
            bodies:
              forum:
                name: \(String(decoding: JSONValue.string(Self.hostileName).formatted().utf8, as: UTF8.self))
                kind: forum
                root: true
            """
        let model = try ModelLoader.load(contents: Array(yaml.utf8), file: "dir, with: odd%chars.yaml", format: .yaml)
        #expect(model.bodies.first?.name == Self.hostileName)
        return Checker().check(model, at: Day("2026-06-01")!)
    }

    @Test("JSON: the name round-trips through a JSON parser unchanged")
    func json() throws {
        let output = JSONReporter.write(CheckRun(reports: [try report()]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let model = try #require((object["models"] as? [[String: Any]])?.first)
        let messages = (model["findings"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
        #expect(messages.contains("'\(Self.hostileName)' has no chair; name a chair, or two or more co-chairs"))
    }

    @Test("Markdown: no raw markup, table pipes or HTML survive, and the text stays on one line per finding")
    func markdown() throws {
        let output = MarkdownReporter.write(CheckRun(reports: [try report()]))
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| warning") }
        #expect(rows.count == 2)
        for row in rows {
            #expect(row.components(separatedBy: " | ").count == 4, "a name's '|' must not add a column")
            #expect(!row.contains("<b>") && row.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
            #expect(row.contains("\\*B\\*") && row.contains("\\[link\\]"))
        }
    }

    @Test("GitHub: percent signs, line breaks, colons and commas cannot end or split a command")
    func github() throws {
        let output = GitHubReporter.write(CheckRun(reports: [try report()]))
        let commands = output.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(commands.count == 2)
        #expect(commands[0].hasPrefix("::warning file=dir%2C with%3A odd%25chars.yaml,line=4,col=3,title=defined-chair::"))
        #expect(commands[0].contains("\\N `x`%0Aline two %250A, a:b [link](http://x) \\u{1B}[31mred"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test("SARIF: the file becomes a URI reference, the message stays literal")
    func sarif() throws {
        let output = SARIFReporter.write(CheckRun(reports: [try report()]))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "dir%2C%20with%3A%20odd%25chars.yaml")
        #expect((result["message"] as? [String: Any])?["text"] as? String == "'\(Self.hostileName)' has no chair; name a chair, or two or more co-chairs")
    }

    @Test("JUnit: the XML parses, and the name comes back as it was written")
    func junit() throws {
        let output = JUnitReporter.write(CheckRun(reports: [try report()]), strict: true)
        let document = try XMLDocument(data: Data(output.utf8), options: [])
        let failures = try document.nodes(forXPath: "//failure").compactMap { $0.stringValue }
        #expect(failures.count == 2)
        #expect(failures.contains { $0.contains("<b>&amp;</b>") && $0.contains("\\N `x`\nline two") })
    }

    @Test("GitLab: the name round-trips through a JSON parser, and each issue has its own fingerprint")
    func gitlab() throws {
        let output = GitLabReporter.write(CheckRun(reports: [try report()]))
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(issues.count == 2 && Set(issues.compactMap { $0["fingerprint"] as? String }).count == 2)
        #expect(issues.contains { ($0["description"] as? String)?.contains(Self.hostileName) == true })
    }

    @Test("text: control characters are shown, not acted on; colour only when asked")
    func text() throws {
        let plain = TextReporter(colour: false).write(CheckRun(reports: [try report()]))
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("\\N `x`\\nline two") && plain.contains("\\u{1B}[31mred"))
        #expect(plain.split(separator: "\n").count == 3)
        let coloured = TextReporter(colour: true).write(CheckRun(reports: [try report()]))
        #expect(coloured.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    }

    @Test("timeline: text, Markdown and JSON keep a hostile name inert in findings and in gaps")
    func timeline() throws {
        let name = String(decoding: JSONValue.string(Self.hostileName).formatted().utf8, as: UTF8.self)
        let yaml = """
            mandate: 1
            model: hostile
            units:
              sek: {name: Sek}
            roles:
              chair: {title: Chair}
            bodies:
              root: {name: Root, kind: political, root: true}
              old: {name: \(name), kind: forum, reportsTo: root, chair: chair, secretariat: sek, valid: {until: 2026-12-31}, lapses: true}
              new: {name: New, kind: forum, reportsTo: root, chair: chair, secretariat: sek, valid: {from: 2027-02-01}}
              group: {name: Group, kind: working-group, reportsTo: old, chair: chair, secretariat: sek, changes: [{from: 2027-02-01, reportsTo: new}]}
            """
        let model = try ModelLoader.load(contents: Array(yaml.utf8), file: "hostile.yaml", format: .yaml)
        let run = TimelineRun(timelines: [TimelineChecker().timeline(of: model)])
        let gap = try #require(run.timelines[0].gaps.first)
        #expect(gap.before == [Self.hostileName])
        let text = TimelineTextReporter.write(run)
        #expect(!text.contains("\u{1B}") && text.contains("\\u{1B}[31mred"))
        #expect(text.split(separator: "\n").count == run.timelines[0].findings.count + 2)
        let markdown = TimelineMarkdownReporter.write(run)
        let gapRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| 2027-01-01 – 2027-01-31 | hostile.yaml:") })
        #expect(gapRow.components(separatedBy: " | ").count == 3, "a name's '|' must not add a column")
        #expect(!gapRow.contains("<b>") && gapRow.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSONReporter.write(run).utf8)) as? [String: Any])
        let gaps = try #require((object["models"] as? [[String: Any]])?.first?["gaps"] as? [[String: Any]])
        #expect(gaps.first?["before"] as? [String] == [Self.hostileName])
    }
}
