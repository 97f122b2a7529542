import Foundation
import MandateModel
import MandateReporting
import Testing

/// Diagnostics as the editor sees them: `mandate check`'s findings for the file in its workspace, in the models'
/// language, and kept up to date across files as any of them changes, open or not.
@Suite("Language server: diagnostics")
struct DiagnosticsTests {
    @Test("an open file gets the findings mandate check gives for it in its workspace, in Danish, with rule ids as codes")
    func sameAsCheck() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        let diagnostics = session.open(fixture.forum)
        let run = ModelInputs([fixture.forum.path]).check(at: nil)
        let expected = run.reports.flatMap(\.findings).map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message(in: .da))" }
        let published = diagnostics.map { "\($0["range"]["start"]["line"].int! + 1):\($0["range"]["start"]["character"].int! + 1) \($0["code"].string!) \($0["message"].string!)" }
        #expect(!expected.isEmpty)
        #expect(published.sorted() == expected.sorted())
        #expect(diagnostics.allSatisfy { $0["source"].string == "mandate" && [1, 2, 3].contains($0["severity"].int ?? 0) })
        // The review date passed is a warning, in Danish.
        #expect(diagnostics.contains { $0["code"].string == "review-due" && $0["severity"].int == 2 && $0["message"].string!.contains("revideret") })
    }

    @Test("a body removed in one file makes the reference in another dangle there, and putting it back clears it")
    func acrossFiles() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        session.open(fixture.region)
        let removed = Fixture.regionText.replacingOccurrences(of: "  udvalg:\n", with: "  udvalget:\n")
        let published = session.change(fixture.region, to: removed)
        let forum = try #require(published[fixture.forum.path])
        let dangling = try #require(forum.first { $0["code"].string == "load-error" })
        #expect(dangling["message"].string!.contains("region/udvalg"))
        #expect(dangling["severity"].int == 1)
        #expect(dangling["relatedInformation"][0]["message"].string!.hasPrefix("hint: did you mean 'region/udvalget'"))
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        #expect(dangling["range"].span == [line, character, character + "region/udvalg".utf16.count])
        let restored = session.change(fixture.region, to: Fixture.regionText)
        #expect(restored[fixture.forum.path]?.contains { $0["code"].string == "load-error" } == false)
    }

    @Test("a file that does not parse shows its syntax error; the files that name it are noted as not checked")
    func brokenFile() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        session.open(fixture.region)
        let published = session.change(fixture.region, to: Fixture.regionText + "bodies: [unclosed\n")
        #expect(published[fixture.region.path]?.contains { $0["code"].string == "load-error" } == true)
        #expect(published[fixture.forum.path]?.map { $0["code"].string } == ["not-checked"])
    }

    @Test("a file not open is read from disk, and read again when the editor says it changed")
    func watchedFiles() throws {
        let fixture = try Fixture()
        let session = ServerSession.started(watching: true)
        #expect(session.notifications.contains { $0["method"].string == "client/registerCapability" })
        let before = session.open(fixture.forum)
        #expect(!before.contains { $0["code"].string == "load-error" })
        try Fixture.regionText.replacingOccurrences(of: "direktoer", with: "chef").write(to: fixture.region, atomically: true, encoding: .utf8)
        let replies = session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": fixture.region.absoluteString, "type": 2]]])
        let after = session.diagnostics(replies, for: fixture.forum)
        #expect(after.contains { $0["code"].string == "load-error" && $0["message"].string!.contains("region/direktoer") })
    }

    @Test("a closed file's diagnostics are cleared; a YAML file that is not a model gets none")
    func closeAndNonModels() throws {
        let fixture = try Fixture(["ci.yml": "on: push\njobs: {}\n"])
        let session = ServerSession.started()
        session.open(fixture.forum)
        let closed = session.notify("textDocument/didClose", ["textDocument": ["uri": fixture.forum.absoluteString]])
        #expect(session.diagnostics(closed, for: fixture.forum).isEmpty)
        #expect(closed.contains { $0["method"].string == "textDocument/publishDiagnostics" })
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString).yml")
        try "on: push\n".write(to: outside, atomically: true, encoding: .utf8)
        #expect(session.open(outside).isEmpty)
    }

    @Test("a workspace inside a workspace is a structure of its own: an edit in the outer one leaves its diagnostics alone")
    func nestedWorkspace() throws {
        let inner = Fixture.forumText.replacingOccurrences(of: "reportsTo: region/udvalg", with: "reportsTo: nowhere/udvalg")
        let fixture = try Fixture(["inner/.mandate.yml": "workspace: true\n", "inner/forum.yaml": inner])
        let nested = fixture.folder.appendingPathComponent("inner/forum.yaml")
        let session = ServerSession.started()
        let own = session.open(nested)
        #expect(own.contains { $0["message"].string!.contains("nowhere") })
        session.open(fixture.forum)
        let published = session.change(fixture.forum, to: Fixture.forumText + "\n")
        #expect(published[nested.path] == nil)
        #expect(published[fixture.forum.path] != nil)
    }

    @Test("a new file not saved yet is part of its workspace: its references resolve, and go to definition works")
    func unsavedFile() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        let new = fixture.folder.appendingPathComponent("new.yaml")
        let text = "mandate: 1\nmodel: ny\nbodies:\n  ny: {name: Ny, kind: forum, reportsTo: region/raad}\n"
        let diagnostics = session.open(new, text: text)
        #expect(!diagnostics.contains { $0["code"].string == "load-error" })
        let (line, character) = Fixture.position(of: "region/raad", in: text)
        let definition = session.request("textDocument/definition", ServerSession.at(new, line, character + 8))["result"]
        #expect(definition["uri"].string.map { URL(string: $0)!.path } == fixture.region.path)
    }

    @Test("an edit given as ranges is applied to the server's copy as the editor applied it")
    func incrementalChange() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let replies = session.notify("textDocument/didChange", [
            "textDocument": ["uri": fixture.forum.absoluteString, "version": 2],
            "contentChanges": [["range": ["start": ["line": line, "character": character + 7], "end": ["line": line, "character": character + 13]],
                                "text": "raadet"]],
        ])
        let diagnostics = session.diagnostics(replies, for: fixture.forum)
        #expect(diagnostics.contains { $0["message"].string!.contains("region/raadet") })
        let versioned = replies.last { $0["method"].string == "textDocument/publishDiagnostics" }
        #expect(versioned?["params"]["version"].int == 2)
    }
}
