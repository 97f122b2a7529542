import Foundation
import MandateSynthesis
import MandateTestSupport
import Testing

/// `mandate seats`, `overlap` and `impact` against an independent computation (PyYAML and NetworkX, written from
/// the commands' documentation) on generated structures of hundreds of bodies, and on the bundled models.
@Suite("Analyses: seats, overlap, impact", .serialized)
struct AnalysisTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-analyses-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("seats, overlaps and the bodies a removal cuts off agree with PyYAML and NetworkX on generated structures; a wrong answer is caught",
          arguments: [("random", SyntheticTree.random, 300), ("wide", .wide(roots: 2, children: 50, grandchildren: 28), 230),
                      ("flat", .flat, 201)])
    func againstNetworkX(name: String, tree: SyntheticTree, bodies: Int) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed in UInt64(1)...3 {
            let model = folder.appendingPathComponent("\(name)-\(seed).yaml")
            try SyntheticModel(bodyCount: bodies, seed: seed, defects: .init(orphans: 1), tree: tree).yaml()
                .write(to: model, atomically: true, encoding: .utf8)
            let removed = ["b3", "b\(bodies / 7)"]
            var files: [String] = []
            for (command, extra) in [("seats", [String]()), ("overlap", ["--min", "0.3"]), ("impact", ["--remove"] + removed)] {
                let run = try MandateBinary.run([command, model.path, "--format", "json", "--at", "2026-06-01"] + extra)
                #expect(run.status == 0, "\(command): \(run.standardError)")
                let file = folder.appendingPathComponent("\(name)-\(seed)-\(command).json")
                try run.standardOutput.write(to: file, atomically: true, encoding: .utf8)
                files.append(file.path)
            }
            let pairs = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files[1]))) as? [String: Any])["pairs"] as? [Any]
            #expect((pairs?.count ?? 0) > 0, "\(name) \(seed) has overlaps to compare")
            let cutOff = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files[2]))) as? [String: Any])["cutOff"] as? [Any]
            #expect((cutOff?.count ?? 0) > 0 || name == "flat", "\(name) \(seed): removing b3 cuts something off")
            let check = try PythonScript.run("Tests/Fixtures/scripts/analyses.py", [model.path, files[0], files[1], "0.3", files[2]] + removed)
            #expect(check.status == 0, "\(name) \(seed): \(String(decoding: check.output, as: UTF8.self)) \(check.errors)")
            // The comparison can fail: a seat taken away is noticed.
            let seats = try String(contentsOfFile: files[0], encoding: .utf8)
            let tampered = folder.appendingPathComponent("tampered.json")
            try seats.replacingOccurrences(of: "\"meetingsPerYear\": 12", with: "\"meetingsPerYear\": 13").write(to: tampered, atomically: true, encoding: .utf8)
            let wrong = try PythonScript.run("Tests/Fixtures/scripts/analyses.py", [model.path, tampered.path, files[1], "0.3", files[2]] + removed)
            #expect(wrong.status == 1)
        }
    }

    @Test("on the bundled models: the seats of Psykiatriforum, no overlap to measure before the Midtjylland merger, and what dissolving the merged committee cuts off")
    func bundled() throws {
        let seats = try MandateBinary.run(["seats", "--format", "csv", "--at", "2022-06-01", "Models/region-midtjylland-psykiatriforum.yaml"])
        #expect(seats.status == 0 && seats.standardOutput.contains(
            "region-midtjylland-psykiatriforum,koncerndirektoer-rm,\"Koncerndirektør, Region Midtjylland (regional medformand)\",,psykiatriforum,co-chair,,4\r\n"))
        let overlap = try MandateBinary.run(["overlap", "--language", "da", "Models/midtjylland-udvalg-before.yaml"])
        #expect(overlap.standardOutput.contains("Færre end to organer"))
        let impact = try MandateBinary.run(["impact", "--at", "2026-12-01", "--format", "json", "Models/midtjylland",
                                            "--remove", "sundhedssamarbejde/sundhedssamarbejdsudvalget"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(impact.standardOutput.utf8)) as? [String: Any])
        #expect(object["cutOff"] as? [String] == ["sundhedssamarbejde/sundhedsstyregruppen", "psykiatriforum/psykiatriforum"] ||
                object["cutOff"] as? [String] == ["psykiatriforum/psykiatriforum", "sundhedssamarbejde/sundhedsstyregruppen"])
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test("the report's seats table and overlap section, in the language asked; the holder of a post only where the model names one, and never with --no-holders")
    func reportSections() throws {
        let model = "Tests/Fixtures/valid/all-keys.yaml"
        let named = try MandateBinary.run(["report", "--at", "2026-06-01", "--language", "da", model, "-o", "-"])
        #expect(named.status == 0 && named.standardOutput.contains("<h3>Hvem sidder hvor pr. 2026-06-01</h3>"))
        #expect(named.standardOutput.contains("<h3>Organer med næsten de samme medlemmer (mindst 50 %)</h3>"))
        #expect(named.standardOutput.contains("<td>B. Person</td>"), "the holder on the date, in the seats table")
        let hidden = try MandateBinary.run(["report", "--at", "2026-06-01", "--no-holders", model, "-o", "-"])
        #expect(hidden.status == 0 && hidden.standardOutput.contains("<h3>Who sits where on 2026-06-01</h3>"))
        #expect(!hidden.standardOutput.contains("B. Person") && !hidden.standardOutput.contains("A. Person"))
        let seats = try MandateBinary.run(["seats", "--at", "2026-06-01", "--no-holders", "--format", "json", model])
        #expect(seats.status == 0 && !seats.standardOutput.contains("Person"))
    }

    @Test("bad input: an unknown id gets did-you-mean; a move that makes a cycle is the finding it causes; -o writes a proposal that loads")
    func badInputAndProposal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = "Models/region-sjaelland-integrationsforum.yaml"
        let unknown = try MandateBinary.run(["impact", seed, "--remove", "integrationsfrum", "--move", "arbejdsgruppe-integration"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("error: --remove 'integrationsfrum' names no body of region-sjaelland-integrationsforum; did you mean 'integrationsforum'?"))
        #expect(unknown.standardError.contains("error: --move 'arbejdsgruppe-integration' is not written ID:PARENT"))
        let underRemoved = try MandateBinary.run(["impact", seed, "--remove", "integrationsforum", "--move", "arbejdsgruppe-integration:integrationsforum"])
        #expect(underRemoved.status == 2 && underRemoved.standardError.contains("names 'integrationsforum', which --remove dissolves; move a body that stays under a body that stays"))
        let cycle = try MandateBinary.run(["impact", "--at", "2026-06-01", seed, "--move", "integrationsforum:arbejdsgruppe-integration"])
        #expect(cycle.status == 0 && cycle.standardOutput.contains("[no-cyclic-mandate]"), "\(cycle.standardOutput)")
        let proposal = folder.appendingPathComponent("proposal.yaml")
        let written = try MandateBinary.run(["impact", "--at", "2026-06-01", seed, "--remove", "integrationsforum", "-o", proposal.path])
        #expect(written.status == 0, "\(written.standardError)")
        let check = try MandateBinary.run(["check", "--at", "2026-06-01", "--format", "json", proposal.path])
        #expect(check.status != 2, "\(check.standardError)")
        let text = try String(contentsOf: proposal, encoding: .utf8)
        #expect(!text.contains("  integrationsforum:") && !text.contains("reportsTo: integrationsforum"))
        let html = try MandateBinary.run(["impact", "--format", "html", seed, "--remove", "driftsmoedet"])
        #expect(html.status == 0 && html.standardOutput.contains("class=\"cut-off\""))
    }
}
