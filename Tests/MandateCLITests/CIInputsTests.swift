import Foundation
import Testing

/// What a CI pipeline feeds `mandate check`: folders, standard input, waivers for one model of several, and
/// the shell completions.
@Suite("CI: folders, standard input, scoped waivers, completions", .serialized)
struct CIInputsTests {
    static let seed = "Models/region-sjaelland-integrationsforum.yaml"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func copy(_ path: String, to target: URL) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: MandateBinary.packageRoot.appendingPathComponent(path), to: target)
    }

    static func files(_ output: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return (object["models"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
    }

    @Test("a folder is every model file below it, in name order, without hidden files, configuration or schemas")
    func folders() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copy(Self.seed, to: folder.appendingPathComponent("a.yaml"))
        let export = try MandateBinary.run(["export", "Models/national-integration-after.yaml"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try export.standardOutput.write(to: folder.appendingPathComponent("sub/b.json"), atomically: true, encoding: .utf8)
        try Self.copy("Tests/Fixtures/load-errors/dangling-reference.yaml", to: folder.appendingPathComponent(".hidden/c.yaml"))
        try "rules: {}\n".write(to: folder.appendingPathComponent(".mandate.yml"), atomically: true, encoding: .utf8)
        try "{}\n".write(to: folder.appendingPathComponent("x.schema.json"), atomically: true, encoding: .utf8)
        let run = try MandateBinary.run(["check", "--format", "json", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try Self.files(run.standardOutput) == [folder.path + "/a.yaml", folder.path + "/sub/b.json"])
        let bundled = try MandateBinary.run(["check", "--format", "json", "Models/"])
        // Nine model files and one workspace (Models/midtjylland), which is one structure.
        #expect(try Self.files(bundled.standardOutput).count == 10 && bundled.standardError.isEmpty)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try MandateBinary.run(["check", empty.path])
        #expect(none.status == 2 && none.standardError.contains("holds no model file"))
    }

    @Test("a folder passes by the JSON and YAML files that declare no 'mandate:' (a baseline, package.json, docker-compose.yml) and says so; such a file named on its own is an error")
    func otherFilesInAFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copy(Self.seed, to: folder.appendingPathComponent("a.yaml"))
        let baseline = folder.appendingPathComponent("baseline.json").path
        let written = try MandateBinary.run(["check", "--at", "2027-01-01", "--write-baseline", baseline, folder.path])
        #expect(written.status == 0, "\(written.standardError)")
        try "{\"name\": \"x\", \"version\": \"1.0.0\"}\n".write(to: folder.appendingPathComponent("package.json"), atomically: true, encoding: .utf8)
        try "services:\n  web: {image: nginx}\n".write(to: folder.appendingPathComponent("docker-compose.yml"), atomically: true, encoding: .utf8)
        try "services: [unclosed\n".write(to: folder.appendingPathComponent("broken.yml"), atomically: true, encoding: .utf8)
        let run = try MandateBinary.run(["check", "--at", "2027-01-01", "--baseline", baseline, folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("4 files passed by, not models (no 'mandate:'): \(baseline), \(folder.path)/broken.yml, "
                                            + "\(folder.path)/docker-compose.yml, \(folder.path)/package.json"), "\(run.standardOutput)")
        let json = try MandateBinary.run(["check", "--format", "json", folder.path])
        #expect(try Self.files(json.standardOutput) == [folder.path + "/a.yaml"])
        #expect(json.standardOutput.contains("\"skipped\": ["))
        let named = try MandateBinary.run(["check", folder.appendingPathComponent("package.json").path])
        #expect(named.status == 2 && named.standardError.contains("has no 'mandate'"), "\(named.standardError)")
    }

    @Test("- reads a model from standard input, in the format --input-format names")
    func standardInput() throws {
        let export = try MandateBinary.run(["export", Self.seed])
        let run = try MandateBinary.run(["check", "--format", "json", "--input-format", "json", "--at", "2027-01-01", "-"],
                                        input: Data(export.standardOutput.utf8))
        #expect(run.status == 1)
        #expect(try Self.files(run.standardOutput) == ["-"])
        #expect(run.standardOutput.contains("\"no-orphan\""))
    }

    @Test("a waiver with model: applies to that model only; a waiver of a body the model lacks is its own finding, with a did-you-mean")
    func scopedWaivers() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copy(Self.seed, to: folder.appendingPathComponent("sjaelland.yaml"))
        try Self.copy("Models/national-integration-before.yaml", to: folder.appendingPathComponent("national.yaml"))
        func check(waiver: String) throws -> MandateBinary.Run {
            try "waivers:\n  - \(waiver)\n".write(to: folder.appendingPathComponent(".mandate.yml"), atomically: true, encoding: .utf8)
            return try MandateBinary.run(["check", "--strict", "--at", "2026-06-01", folder.appendingPathComponent("national.yaml").path])
        }
        let unscoped = try check(waiver: "{rule: defined-chair, body: arbejdsgruppe-integration, reason: Named later., until: 2027-06-30}")
        #expect(unscoped.status == 1 && unscoped.standardOutput.contains("[unknown-waiver-body]"))
        #expect(unscoped.standardOutput.contains("names 'arbejdsgruppe-integration', which is no body of national-integration-before"))
        let scoped = try check(waiver: "{rule: defined-chair, body: arbejdsgruppe-integration, model: region-sjaelland-integrationsforum, reason: Named later., until: 2027-06-30}")
        #expect(scoped.status == 0, "\(scoped.standardOutput)")
        try "waivers:\n  - {rule: defined-chair, body: arbejdsgruppe-integraton, reason: Named later., until: 2027-06-30}\n"
            .write(to: folder.appendingPathComponent(".mandate.yml"), atomically: true, encoding: .utf8)
        let typo = try MandateBinary.run(["check", "--at", "2027-01-01", folder.appendingPathComponent("sjaelland.yaml").path])
        #expect(typo.standardOutput.contains("did you mean 'arbejdsgruppe-integration'? [unknown-waiver-body]"))
    }

    @Test("completions: model files by extension, rule ids, and the body ids of the model on the command line")
    func completions() throws {
        let script = try MandateBinary.run(["--generate-completion-script", "bash"]).standardOutput
        #expect(script.contains("yaml") && script.contains("csv") && script.contains("no-orphan") && script.contains("---completion"))
        let focus = try MandateBinary.run(["---completion", "render", "--", "--focus", "3", "3", "render", Self.seed, "--focus", "arb"])
        #expect(focus.standardOutput.split(separator: "\n") == ["arbejdsgruppe-integration"])
        let all = try MandateBinary.run(["---completion", "render", "--", "--focus", "3", "0", "render", Self.seed, "--focus", ""])
        #expect(all.standardOutput.split(separator: "\n").count == 6)
    }
}
