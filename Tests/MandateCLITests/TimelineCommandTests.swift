import Foundation
import Testing

@Suite("mandate timeline, end to end")
struct TimelineCommandTests {
    @Test("the dated seed models' timelines match their golden files in text, JSON and Markdown",
          arguments: ["national-integration-dated", "region-sjaelland-integrationsforum"])
    func goldenTimelines(model: String) throws {
        for (format, suffix) in [("text", "txt"), ("json", "json"), ("markdown", "md")] {
            let run = try MandateBinary.run(["timeline", "Models/\(model).yaml", "--format", format])
            #expect(run.standardError.isEmpty)
            #expect(run.status == (model == "region-sjaelland-integrationsforum" ? 1 : 0))
            try CLIGolden.check(run.standardOutput, against: "timelines/\(model).\(suffix)")
        }
    }

    @Test("a transition with a month between the old forum and the new one: the gap and the cut-off group, dated, exit 1")
    func gap() throws {
        let run = try MandateBinary.run(["timeline", "Tests/Fixtures/timelines/transition-gap.yaml"])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains(
            "transition-gap.yaml:13:3: error: 2027-01-01 – 2027-01-31: 'Arbejdsgruppe' has no live body to report to; 'Integrationsforum' before, 'Østdansk forum' after [continuity]"))
        #expect(run.standardOutput.contains("transition-gap.yaml:13:3: error: 2027-01-01 – 2027-01-31: 'Arbejdsgruppe' reports to 'Integrationsforum'"))
        #expect(run.standardOutput.hasSuffix("changes on 2 dates, 2027-01-01 to 2027-02-01: 1 error, 0 warnings, 0 info, 1 gap in continuity\n"))
    }

    @Test("the same transition without the month between is clean, exit 0")
    func seamless() throws {
        let run = try MandateBinary.run(["timeline", "Tests/Fixtures/timelines/transition-seamless.yaml", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let model = try #require((object["models"] as? [[String: Any]])?.first)
        #expect(model["dates"] as? [String] == ["2027-01-01"])
        #expect((model["findings"] as? [Any])?.isEmpty == true)
        #expect((model["gaps"] as? [Any])?.isEmpty == true)
    }

    @Test("a broken model is reported with its place and exit 2")
    func broken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.yaml").path
        try """
        mandate: 1
        model: broken
        bodies:
          a: {name: A, kind: forum, root: true, changes: [{from: 2027-01-01, chair: nobody}, {from: 2026-01-01, reportsTo: a}]}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try MandateBinary.run(["timeline", file])
        #expect(run.status == 2)
        #expect(run.standardError.contains("broken.yaml:4:77: error: 'chair' names 'nobody'"))
        #expect(run.standardError.contains("the change from 2026-01-01 does not come after the change above it, from 2027-01-01"))
        #expect(run.standardOutput.isEmpty)
    }
}
