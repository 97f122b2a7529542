import Foundation
import Testing

@Suite("mandate diff, end to end")
struct DiffCommandTests {
    static let pairs = ["national-integration", "midtjylland-udvalg", "sjaelland-hospital"]

    @Test("the three real reorganisations match their golden text, JSON and Markdown", arguments: pairs)
    func golden(pair: String) throws {
        for (format, suffix) in [("text", "txt"), ("json", "json"), ("markdown", "md")] {
            let run = try MandateBinary.run(["diff", "Models/\(pair)-before.yaml", "Models/\(pair)-after.yaml", "--format", format]
                                            + (pair == "national-integration" ? [] : ["--at", "2026-06-01"]))
            #expect(run.status == 0 && run.standardError.isEmpty)
            try CLIGolden.check(run.standardOutput, against: "diffs/\(pair).\(suffix)")
        }
    }

    @Test("--fail-on-new-findings exits 1 when the change leaves a working group orphaned, 0 when it adds only warnings")
    func failOnNewFindings() throws {
        let orphaning = try MandateBinary.run(["diff", "Tests/Fixtures/diffs/orphaning-before.yaml", "Tests/Fixtures/diffs/orphaning-after.yaml",
                                               "--fail-on-new-findings"])
        #expect(orphaning.status == 1)
        #expect(orphaning.standardOutput.contains("+ Tests/Fixtures/diffs/orphaning-after.yaml:20:3: error: 'Arbejdsgruppe' reports to 'Forum', which does not exist on 2027-01-01 (valid until 2026-12-31), so it reaches no root [no-orphan]"))
        let national = try MandateBinary.run(["diff", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml",
                                              "--fail-on-new-findings"])
        #expect(national.status == 0)
        let without = try MandateBinary.run(["diff", "Tests/Fixtures/diffs/orphaning-before.yaml", "Tests/Fixtures/diffs/orphaning-after.yaml"])
        #expect(without.status == 0)
    }

    @Test("--render draws the change: added, removed and changed bodies marked, the merge as a line")
    func render() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dot = folder.appendingPathComponent("change.dot").path
        let run = try MandateBinary.run(["diff", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml", "--render", dot])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("\"sundhedsraad\" [") && text.contains(">ADDED</B>"))
        #expect(text.contains("\"psykiatriledelse\" [") && text.contains(">REMOVED</B>"))
        #expect(text.contains(">CHANGED</B>"))
        #expect(text.contains("\"psykiatriledelse\" -> \"hospitalsledelse\" [arrowhead=normal, style=\"bold,dashed\", color=\"#7f6000\", fontcolor=\"#7f6000\", xlabel=\"became\""))
        #expect(text.contains("label=\"was: reports to\""))
        let svg = folder.appendingPathComponent("change.svg").path
        #expect(try MandateBinary.run(["diff", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml", "--render", svg]).status == 0)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("Psykiatriens ledelse"))
    }

    @Test("a model that cannot be loaded is reported, exit 2")
    func unusable() throws {
        let run = try MandateBinary.run(["diff", "Models/national-integration-before.yaml", "Tests/Fixtures/load-errors/unknown-key.yaml"])
        #expect(run.status == 2 && run.standardError.contains("unknown key 'reportTo'") && run.standardOutput.isEmpty)
    }
}
