import Foundation
import Testing

/// Adopting Mandate on a structure that already has findings: record them, then fail only on new ones.
@Suite("Baselines", .serialized)
struct BaselineTests {
    @Test("a baseline written, the model edited (lines shifted, one new defect): only the new findings are reported")
    func onlyNewFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.yaml")
        let original = try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Models/region-sjaelland-integrationsforum.yaml"), encoding: .utf8)
        try original.write(to: model, atomically: true, encoding: .utf8)
        let baseline = folder.appendingPathComponent("baseline.json")
        let write = try MandateBinary.run(["check", "--at", "2027-01-01", "--write-baseline", baseline.path, model.path])
        #expect(write.status == 0, "writing a baseline records the findings instead of failing on them")
        let recorded = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: baseline)) as? [String: Any])
        #expect((recorded["findings"] as? [Any])?.count == 3)

        let edited = "# Three lines added at the top,\n# so every finding moves down\n# by three lines.\n" + original
            + "\n  ny-arbejdsgruppe:\n    name: Ny arbejdsgruppe\n    kind: working-group\n    reportsTo: driftsmoedet\n"
        try edited.write(to: model, atomically: true, encoding: .utf8)
        let run = try MandateBinary.run(["check", "--at", "2027-01-01", "--format", "json", "--baseline", baseline.path, model.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let findings = try #require((object["models"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty && findings.allSatisfy { ($0["bodies"] as? [String])?.first == "ny-arbejdsgruppe" }, "\(findings)")
        let outcome = try #require(object["baseline"] as? [String: Any])
        #expect(outcome["heldBack"] as? Int == 3 && (outcome["unmatched"] as? [Any])?.isEmpty == true)
        let text = try MandateBinary.run(["check", "--at", "2027-01-01", "--baseline", baseline.path, model.path])
        #expect(text.standardOutput.contains("baseline.json: 3 known findings held back"))
        #expect(!text.standardOutput.contains("[no-orphan]"))

        // Fixed findings leave entries that match nothing: the report names them.
        let fixed = original.replacingOccurrences(of: "valid: {until: 2026-12-31}", with: "")
        try fixed.write(to: model, atomically: true, encoding: .utf8)
        let after = try MandateBinary.run(["check", "--at", "2027-01-01", "--baseline", baseline.path, model.path])
        #expect(after.standardOutput.contains("of its entries match no finding") && after.standardOutput.contains("[no-orphan]"), "\(after.standardOutput)")
    }

    @Test("a file that is no baseline is refused at its place, with what to write instead, and exit 2")
    func notABaseline() throws {
        let run = try MandateBinary.run(["check", "--baseline", "Models/mandate.schema.json", "Models/region-sjaelland-integrationsforum.yaml"])
        #expect(run.status == 2 && run.standardError.contains("Models/mandate.schema.json:1:1: error: this is not a baseline"))
        #expect(run.standardError.contains("--write-baseline"))
    }
}
