import Foundation
import MandateSynthesis
import Testing

/// Workspaces end to end: a folder of model files, each owned by someone, checked, compared, drawn and
/// reported as one structure through the real binary.
@Suite("Workspaces: many files, many owners, one structure", .serialized)
struct WorkspaceTests {
    /// A workspace folder with `files` (path → contents) and a `.mandate.yml` that says `workspace:`.
    static func workspace(_ files: [String: String], marker: String = "workspace: true\n") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-workspace-\(UUID().uuidString)")
        try write(["/.mandate.yml": marker].merging(files) { $1 }.map { ($0.key.hasPrefix("/") ? String($0.key.dropFirst()) : $0.key, $0.value) },
                  to: folder)
        return folder
    }

    static func write(_ files: [(String, String)], to folder: URL) throws {
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static let region = """
        mandate: 1
        model: region
        owner: regional-secretariat
        roles:
          director: {title: Director}
        bodies:
          council: {name: Regional Council, kind: political, root: true}
          board: {name: Board, kind: committee, reportsTo: council, secretariat: [state/agency]}
          forum:
            name: Health Forum
            kind: forum
            reportsTo: state/ministry
            chair: director
            members: [director]
            secretariat: [state/agency]

        """
    static let state = """
        mandate: 1
        model: state
        owner: ministry@example.invalid
        units:
          agency: {name: The Agency}
        bodies:
          ministry: {name: The Ministry, kind: political, root: true}
          group:
            name: Working Group
            kind: working-group
            reportsTo: region/forum

        """

    @Test("a reference across files (MODEL/ID) resolves; each finding is in the file that declares its body, with its owner, in text, JSON and SARIF; a file named alone is checked in its workspace and shows its own findings; --owner and --owners")
    func checkAcrossFiles() throws {
        let folder = try Self.workspace(["region.yaml": Self.region, "state/ministry.yaml": Self.state])
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try MandateBinary.run(["check", "--at", "2027-01-01", "."], directory: folder)
        #expect(whole.status == 0 && whole.standardError.isEmpty, "\(whole.standardError)")
        #expect(whole.standardOutput.contains("state/ministry.yaml:8:3: warning: 'Working Group' has no chair; name a chair, or two or more co-chairs [defined-chair] (owner: ministry@example.invalid)"))
        #expect(whole.standardOutput.contains("region.yaml:8:3: warning: 'Board' has no chair; name a chair, or two or more co-chairs [defined-chair] (owner: regional-secretariat)"))
        let one = try MandateBinary.run(["check", "--at", "2027-01-01", "state/ministry.yaml"], directory: folder)
        #expect(one.status == 0 && !one.standardOutput.contains("region.yaml:") && one.standardOutput.contains("state/ministry.yaml:8:3"), "\(one.standardOutput)")
        let json = try MandateBinary.run(["check", "--at", "2027-01-01", "--format", "json", "."], directory: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let findings = try #require((object["models"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let group = try #require(findings.first { ($0["bodies"] as? [String]) == ["state/group"] })
        #expect(group["owner"] as? String == "ministry@example.invalid")
        #expect((group["location"] as? [String: Any])?["file"] as? String == "state/ministry.yaml")
        let sarif = try MandateBinary.run(["check", "--at", "2027-01-01", "--format", "sarif", "."], directory: folder)
        #expect(sarif.standardOutput.contains("\"owner\": \"regional-secretariat\""))
        let owned = try MandateBinary.run(["check", "--at", "2027-01-01", "--owner", "regional-secretariat", "."], directory: folder)
        #expect(owned.standardOutput.contains("region.yaml:") && !owned.standardOutput.contains("state/ministry.yaml:"))
        let owners = try MandateBinary.run(["check", "--at", "2027-01-01", "--owners", "."], directory: folder)
        #expect(owners.standardOutput == """
            ministry@example.invalid: 0 errors, 2 warnings, 0 info in 1 file: state/ministry.yaml
            regional-secretariat: 0 errors, 1 warning, 0 info in 1 file: region.yaml

            """, "\(owners.standardOutput)")
    }

    @Test("a structure split into many files gives the same findings as the same structure in one file")
    func sameFindingsAsOneFile() throws {
        let model = SyntheticModel(bodyCount: 600, seed: 3, defects: .init(cycles: 2, orphans: 2, doubleReportingLines: 2))
        let workspace = SyntheticWorkspace(model, maximumBodiesPerFile: 40)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-split-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(workspace.files().map { ($0.path, $0.contents) }, to: folder.appendingPathComponent("workspace"))
        try Self.write([("one.yaml", model.yaml())], to: folder)
        #expect(Set(workspace.fileOfBody.values).count > 10)
        func findings(_ path: String) throws -> [String] {
            let run = try MandateBinary.run(["check", "--at", "2026-06-01", "--format", "json", path], directory: folder)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any], "\(run.standardError)")
            let list = try #require((object["models"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
            return list.map { finding in
                let bodies = (finding["bodies"] as? [String] ?? []).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
                return "\(finding["rule"] as? String ?? "") \(bodies.joined(separator: ","))"
            }.sorted()
        }
        let one = try findings("one.yaml")
        #expect(one.count >= 6 && one.contains { $0.hasPrefix("no-cyclic-mandate ") } && one.contains { $0.hasPrefix("no-orphan ") })
        #expect(try findings("workspace") == one)
    }

    @Test("render (boxed by file with --cluster file), timeline, report and export take a workspace as one structure")
    func otherCommands() throws {
        let folder = try Self.workspace(["region.yaml": Self.region, "state/ministry.yaml": Self.state], marker: "workspace: Region and state\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = try MandateBinary.run(["render", "--cluster", "file", "--format", "dot", "-o", "-", "."], directory: folder)
        #expect(dot.status == 0, "\(dot.standardError)")
        #expect(dot.standardOutput.contains("subgraph \"cluster_region\" {\n    label=<region.yaml · regional-secretariat>"))
        #expect(dot.standardOutput.contains("subgraph \"cluster_state\" {\n    label=<state/ministry.yaml · ministry@example.invalid>"))
        #expect(dot.standardOutput.contains("\"region/forum\" -> \"state/group\" [dir=back"))
        let svg = try MandateBinary.run(["render", ".", "-o", "structure.svg"], directory: folder)
        #expect(svg.status == 0 && FileManager.default.fileExists(atPath: folder.appendingPathComponent("structure.svg").path))
        let timeline = try MandateBinary.run(["timeline", "."], directory: folder)
        #expect(timeline.status == 0 && timeline.standardOutput.contains("state/ministry.yaml:8:3"), "\(timeline.standardError)")
        let report = try MandateBinary.run(["report", ".", "-o", "-"], directory: folder)
        #expect(report.status == 0 && report.standardOutput.contains("<h2>Region and state</h2>"))
        for id in ["region/council", "region/forum", "state/ministry", "state/group"] { #expect(report.standardOutput.contains("id=\"card-\(id)\"")) }
        let mermaid = try MandateBinary.run(["export", "--format", "mermaid", "."], directory: folder)
        #expect(mermaid.status == 0 && mermaid.standardOutput.contains("%% Region and state"))
        let seed = try MandateBinary.run(["check", "--format", "json", "Models/midtjylland"])
        #expect(seed.standardError.isEmpty && seed.standardOutput.contains("\"psykiatriforum/psykiatriforum\""))
    }

    @Test("the workspace's .mandate.yml configures the rules for every file, and waives a finding of a body named MODEL/ID")
    func configuration() throws {
        let marker = "workspace: true\nrules:\n  defined-secretariat: off\nwaivers:\n  - {rule: defined-chair, body: state/group, reason: chaired in turn, until: 2030-01-01}\n"
        let folder = try Self.workspace(["region.yaml": Self.region, "state/ministry.yaml": Self.state], marker: marker)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MandateBinary.run(["check", "--at", "2027-01-01", "."], directory: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardOutput.contains("defined-secretariat") && !run.standardOutput.contains("'Working Group' has no chair"))
        #expect(run.standardOutput.contains("'Board' has no chair") && run.standardOutput.contains("(1 waived)"), "\(run.standardOutput)")
    }

    @Test("a cycle across files shows each body with its file")
    func cycleAcrossFiles() throws {
        let folder = try Self.workspace([
            "a.yaml": "mandate: 1\nmodel: a\nbodies:\n  x: {name: X, kind: forum, reportsTo: b/y}\n",
            "b.yaml": "mandate: 1\nmodel: b\nbodies:\n  y: {name: Y, kind: forum, reportsTo: a/x}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MandateBinary.run(["check", "."], directory: folder)
        #expect(run.standardOutput.contains("a.yaml:4:40: error: reporting lines form a cycle: 'X' (a.yaml) → 'Y' (b.yaml) → 'X' (a.yaml) [no-cyclic-mandate]"),
                "\(run.standardOutput)")
    }
}
