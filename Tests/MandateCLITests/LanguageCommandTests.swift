import Foundation
import Testing

/// `--language da` (or a model's `language: da`) makes every word a person reads Danish: findings, summaries,
/// spans, gaps, change sentences and headings, in text, Markdown and HTML; rule ids, JSON keys and paths stay.
@Suite("Every command in the reader's language")
struct LanguageCommandTests {
    /// English words of the reports' own sentences; none may remain in a Danish report outside quoted names,
    /// code, paths and rule ids.
    static let english = ["the", "has", "is", "which", "reports", "body", "bodies", "and", "no", "of", "checked", "error", "errors",
                          "warning", "warnings", "comparing", "with", "changes", "change", "findings", "introduced", "resolved",
                          "merged", "split", "added", "removed", "renamed", "moved", "other", "dates", "date", "gap", "gaps",
                          "continuity", "before", "after", "none", "source", "stands", "aliases", "former", "names", "chair",
                          "secretariat", "member", "standing", "declared", "review", "successor", "escalates", "counterparts",
                          "marks", "valid", "from", "until", "throughout", "held", "yes", "kind", "committee", "monthly", "weekly"]

    static func englishWords(in output: String) -> [String] {
        output.split(separator: "\n").flatMap { line -> [String] in
            let text = String(line)
                .replacingOccurrences(of: "'[^']*'", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "[a-z]+(-[a-z]+)+", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "[A-Za-z0-9_./-]+\\.(yaml|yml|json):?[0-9:]*", with: " ", options: .regularExpression)
            return text.lowercased().split { !$0.isLetter }.map(String.init).filter(english.contains)
        }
    }

    @Test("check and timeline in Danish, in text and Markdown, by --language or by the model's language:")
    func checkAndTimeline() throws {
        let seed = "Models/region-sjaelland-integrationsforum.yaml"
        for format in ["text", "markdown"] {
            let check = try MandateBinary.run(["check", "--language", "da", "--format", format, "--at", "2027-01-01", seed])
            #expect(check.standardOutput.contains("så det når ingen rod") && check.standardOutput.contains("1 fejl, 2 advarsler"))
            #expect(Self.englishWords(in: check.standardOutput).isEmpty, "\(check.standardOutput)")
            let timeline = try MandateBinary.run(["timeline", "--language", "da", "--format", format, "Models/national-integration-dated.yaml"])
            #expect(timeline.standardOutput.contains("ændres på"))
            #expect(Self.englishWords(in: timeline.standardOutput).isEmpty, "\(timeline.standardOutput)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-da-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let danish = folder.appendingPathComponent("da.yaml")
        try (try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent(seed), encoding: .utf8))
            .replacingOccurrences(of: "\nbodies:", with: "\nlanguage: da\nbodies:").write(to: danish, atomically: true, encoding: .utf8)
        let byModel = try MandateBinary.run(["check", "--at", "2027-01-01", danish.path])
        #expect(byModel.standardOutput.contains("kontrolleret pr. 2027-01-01"), "\(byModel.standardOutput)")
        let json = try MandateBinary.run(["check", "--format", "json", "--at", "2027-01-01", danish.path])
        #expect(json.standardOutput.contains("\"severity\": \"error\"") && json.standardOutput.contains("så det når ingen rod"))
        let english = try MandateBinary.run(["check", "--language", "en", "--at", "2027-01-01", danish.path])
        #expect(english.standardOutput.contains("so it reaches no root"))
    }

    @Test("diff in Danish: every kind of change, the findings, the headings and the counts, in text, Markdown and HTML")
    func diff() throws {
        let pair = ["Tests/Fixtures/diffs/every-key-before.yaml", "Tests/Fixtures/diffs/every-key-after.yaml"]
        for format in ["text", "markdown"] {
            let run = try MandateBinary.run(["diff", "--language", "da", "--format", format] + pair)
            #expect(run.standardOutput.contains("Sammenligner") || run.standardOutput.contains("lagt sammen"))
            #expect(Self.englishWords(in: run.standardOutput).isEmpty, "\(run.standardOutput)")
        }
        let seeds = try MandateBinary.run(["diff", "--language", "da", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml"])
        #expect(seeds.standardOutput.contains("lagt sammen til") && seeds.standardOutput.contains("har ingen formand"))
        #expect(Self.englishWords(in: seeds.standardOutput).isEmpty, "\(seeds.standardOutput)")
        let html = try MandateBinary.run(["diff", "--language", "da", "--format", "html"] + pair)
        #expect(html.standardOutput.contains("forankret i:") && !html.standardOutput.contains("anchored in:"))
        #expect(html.standardOutput.contains("andre ændringer") && !html.standardOutput.contains("other changes"))
    }

    @Test("the report in Danish: findings, cards with their seats, the timeline")
    func report() throws {
        let run = try MandateBinary.run(["report", "--language", "da", "--at", "2027-01-01", "Models/region-sjaelland-integrationsforum.yaml",
                                         "Tests/Fixtures/structures/seats-and-holders-2025.yaml", "-o", "-"])
        #expect(run.status == 1 || run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("har ingen formand") && !run.standardOutput.contains("has no chair"))
        #expect(!run.standardOutput.contains("vice-chair") && !run.standardOutput.contains("ex officio"))
    }
}
