import Foundation
import Testing

/// What a workspace refuses, each at its place with advice, and what a broken file leaves standing; and a
/// workspace read at two git revisions, compared.
@Suite("Workspaces: bad input, broken files, revisions", .serialized)
struct WorkspaceInputTests {
    static func body(_ id: String, reportsTo: String? = nil) -> String {
        "  \(id): {name: \(id.capitalized), kind: forum\(reportsTo.map { ", reportsTo: \($0)" } ?? ", root: true")}\n"
    }

    @Test("each bad reference or declaration is reported in the referring file with file:line:column and advice, all at once")
    func badInput() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-outside-\(UUID().uuidString).yaml")
        try "mandate: 1\nmodel: outside\nbodies:\n  far: {name: Far, kind: forum, root: true}\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        let folder = try WorkspaceTests.workspace([
            "region.yaml": "mandate: 1\nmodel: region\nkinds:\n  caucus: {label: Caucus, like: forum}\nbodies:\n" + Self.body("council"),
            "forum.yaml": "mandate: 1\nmodel: forum\nbodies:\n"
                + Self.body("a", reportsTo: "regoin/council")
                + Self.body("b", reportsTo: "region/councl")
                + Self.body("c", reportsTo: "../\(outside.lastPathComponent)/far")
                + Self.body("d", reportsTo: "./region.yaml/council")
                + "  e: {name: E, kind: caucus, reportsTo: region/council}\n",
            "zcopy.yaml": "mandate: 1\nmodel: region\nkinds:\n  caucus: {label: Caucus, like: committee}\nbodies:\n" + Self.body("other"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MandateBinary.run(["check", "."], directory: folder)
        #expect(run.status == 2)
        let expected = [
            "forum.yaml:4:40: error: 'regoin/council' names the model 'regoin', which no file of the workspace declares\n  hint: did you mean 'region'? write MODEL/ID, MODEL being another file's 'model:'",
            "forum.yaml:5:40: error: 'reportsTo' names 'region/councl', which is no body in the workspace\n  hint: did you mean 'region/council'?",
            "forum.yaml:6:40: error: '../\(outside.lastPathComponent)/far' names a file outside the workspace .\n  hint: move the file into .",
            "forum.yaml:7:40: error: './region.yaml/council' names a file, not a model\n  hint: write 'region/council': a reference names the file's 'model:', not its path",
            "zcopy.yaml:2:8: error: the model 'region' is declared by another file of the workspace too (region.yaml:2:8)\n  hint: give each file of the workspace its own 'model:' id",
            "zcopy.yaml:4:3: error: the kind 'caucus' is declared differently in another file of the workspace (region.yaml:4:3)",
        ]
        for message in expected { #expect(run.standardError.contains(message), "\(message)\n---\n\(run.standardError)") }
        let alone = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-alone-\(UUID().uuidString).yaml")
        try ("mandate: 1\nmodel: alone\nbodies:\n" + Self.body("a", reportsTo: "other/b")).write(to: alone, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: alone) }
        let single = try MandateBinary.run(["check", alone.path])
        #expect(single.status == 2 && single.standardError.contains(":4:40: error: 'other/b' names an element of another model, but this file belongs to no workspace"))
    }

    @Test("a broken file is reported; the files that name its elements are left out, saying so; the rest is checked")
    func brokenFile() throws {
        let folder = try WorkspaceTests.workspace([
            "a.yaml": "mandate: 1\nmodel: a\nbodies:\n  top: {name: Top, kind: forum, root: true\n",
            "b.yaml": "mandate: 1\nmodel: b\nbodies:\n" + Self.body("x", reportsTo: "a/top"),
            "c.yaml": "mandate: 1\nmodel: c\nbodies:\n" + Self.body("y", reportsTo: "b/x"),
            "d.yaml": "mandate: 1\nmodel: d\nbodies:\n" + Self.body("root") + Self.body("z", reportsTo: "d/root") + "  lost: {name: Lost, kind: forum}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MandateBinary.run(["check", "--format", "json", "."], directory: folder)
        #expect(run.status == 2)
        #expect(run.standardError.contains("a.yaml:5:1: error: syntax error"))
        #expect(run.standardError.contains("b.yaml:1:1: note: not checked: it names elements of the model 'a', whose file does not load"))
        #expect(run.standardError.contains("c.yaml:1:1: note: not checked: it names elements of the model 'b', whose file does not load"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let findings = try #require((object["models"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "no-orphan" && $0["bodies"] as? [String] == ["d/lost"] })
        #expect(!run.standardError.contains("d.yaml"))
        #expect(!findings.contains { ($0["bodies"] as? [String] ?? []).contains { $0.hasPrefix("b/") || $0.hasPrefix("c/") } })
    }

    @Test("two revisions of a workspace read through REV:DIR: a body moved to another file is a move; a renamed file changes nothing")
    func revisions() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-workspace-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let folder = repository.appendingPathComponent("governance")
        try WorkspaceTests.write([
            (".mandate.yml", "workspace: Governance\n"),
            ("region.yaml", "mandate: 1\nmodel: region\nbodies:\n" + Self.body("council") + Self.body("forum", reportsTo: "council")),
            ("state.yaml", "mandate: 1\nmodel: state\nbodies:\n" + Self.body("ministry") + Self.body("group", reportsTo: "region/forum")),
        ], to: folder)
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.currentDirectoryURL = repository
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-q", "-m", "before")
        // The working group moves into the region's file; the region's file is renamed.
        try WorkspaceTests.write([
            ("state.yaml", "mandate: 1\nmodel: state\nbodies:\n" + Self.body("ministry")),
            ("regionen.yaml", "mandate: 1\nmodel: region\nbodies:\n" + Self.body("council") + Self.body("forum", reportsTo: "council")
                + Self.body("group", reportsTo: "forum")),
        ], to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("region.yaml"))
        let diff = try MandateBinary.run(["diff", "HEAD:governance", "governance"], directory: repository)
        #expect(diff.status == 0, "\(diff.standardError)")
        #expect(diff.standardOutput.contains("~ 'Group' declared in: state.yaml → regionen.yaml"), "\(diff.standardOutput)")
        #expect(diff.standardOutput.contains("0 merged, 0 split, 0 added, 0 removed, 0 started, 0 ended, 0 renamed, 0 moved, 1 other change"))
        let json = try MandateBinary.run(["diff", "--format", "json", "HEAD:governance", "governance"], directory: repository)
        #expect(json.standardOutput.contains("\"type\": \"file-changed\""))
        let same = try MandateBinary.run(["diff", "HEAD:governance", "HEAD:governance"], directory: repository)
        #expect(same.status == 0 && same.standardOutput.contains("No changes."), "\(same.standardOutput)")
    }
}
