import Foundation
import MandateModel
import Testing

/// Writing with the server's help: completion of ids, keys and values; rename across files; the hints' quick fixes.
@Suite("Language server: editing")
struct EditingTests {
    /// The labels completed at the end of `line` in `text` (opened as the forum's file).
    static func completions(_ text: String, line: String, session: ServerSession, fixture: Fixture) -> [Reply] {
        session.open(fixture.forum, text: text)
        let number = text.components(separatedBy: "\n").firstIndex(of: line)!
        return session.request("textDocument/completion", ServerSession.at(fixture.forum, number, line.utf16.count))["result"]["items"].array
    }

    @Test("bodies after reportsTo, with their names; roles after chair and in members; units after secretariat")
    func ids() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        let base = Fixture.forumText.replacingOccurrences(of: "    reportsTo: forum\n", with: "")
        let reports = Self.completions(base + "    reportsTo: ", line: "    reportsTo: ", session: session, fixture: fixture)
        #expect(reports.map { $0["label"].string } == ["forum", "gruppe", "region/raad", "region/udvalg"])
        #expect(reports.first { $0["label"].string == "region/udvalg" }?["detail"].string == "Sundhedsudvalget")
        let chair = Self.completions(base + "    chair: reg", line: "    chair: reg", session: session, fixture: fixture)
        #expect(chair.map { $0["label"].string } == ["region/direktoer"])
        #expect(chair.first?["textEdit"]["newText"].string == "region/direktoer")
        let member = Self.completions(base + "    members:\n      - ", line: "      - ", session: session, fixture: fixture)
        #expect(member.map { $0["label"].string } == ["region/direktoer"])
        let inList = Self.completions(base + "    members: [region/direktoer, ", line: "    members: [region/direktoer, ", session: session, fixture: fixture)
        #expect(inList.map { $0["label"].string } == ["region/direktoer"])
        let secretariat = Self.completions(base + "    secretariat: [", line: "    secretariat: [", session: session, fixture: fixture)
        #expect(secretariat.map { $0["label"].string } == ["region/sekretariat"])
    }

    @Test("keys of the object at the cursor, with the schema's words; values from fixed sets")
    func keysAndValues() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        let keys = Self.completions(Fixture.forumText + "    cad", line: "    cad", session: session, fixture: fixture)
        #expect(keys.map { $0["label"].string } == ["cadence"])
        #expect(keys.first?["documentation"]["value"].string == ModelSchema.body.key("cadence")?.summary)
        let all = Self.completions(Fixture.forumText + "    ", line: "    ", session: session, fixture: fixture)
        #expect(all.map { $0["label"].string } == ModelSchema.body.keyNames)
        let top = Self.completions(Fixture.forumText + "ti", line: "ti", session: session, fixture: fixture)
        #expect(top.map { $0["label"].string } == ["title"])
        let cadence = Self.completions(Fixture.forumText + "    cadence: ", line: "    cadence: ", session: session, fixture: fixture)
        #expect(cadence.map { $0["label"].string } == ModelSchema.cadences)
        let kind = Self.completions(Fixture.forumText + "    kind: st", line: "    kind: st", session: session, fixture: fixture)
        #expect(kind.map { $0["label"].string } == ["steering-group"])
        let seat = Self.completions(Fixture.forumText + "    members:\n      - role: region/direktoer\n        seat: ", line: "        seat: ", session: session, fixture: fixture)
        #expect(seat.map { $0["label"].string } == Seat.allCases.map(\.rawValue))
        let change = Self.completions(Fixture.forumText + "    changes:\n      - from: 2027-01-01\n        cha", line: "        cha", session: session, fixture: fixture)
        #expect(change.map { $0["label"].string } == ["chair"])
    }

    @Test("rename an id: one edit per place across files, the MODEL/ prefix kept; a taken id is refused")
    func rename() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let prepared = session.request("textDocument/prepareRename", ServerSession.at(fixture.forum, line, character + 9))["result"]
        #expect(prepared["placeholder"].string == "udvalg")
        #expect(prepared["range"].span == [line, character + 7, character + 13])
        var params = ServerSession.at(fixture.forum, line, character + 9)
        params["newName"] = "sundhedsudvalg"
        let edit = session.request("textDocument/rename", params)["result"]["changes"]
        let region = edit[fixture.region.absoluteString].array, forum = edit[fixture.forum.absoluteString].array
        #expect(region.count == 1 && forum.count == 1)
        // Applied, the workspace loads with the new id in both files.
        try apply(region, to: fixture.region)
        try apply(forum, to: fixture.forum)
        let load = WorkspaceLoader.load(root: fixture.folder.path)
        #expect(load.failure == nil)
        #expect(load.model?.body(BodyID("region/sundhedsudvalg")) != nil)
        params["newName"] = "raad"
        let taken = session.request("textDocument/rename", params)
        #expect(taken["error"]["message"].string?.contains("'raad' is taken") == true)
        params["newName"] = "-no"
        #expect(session.request("textDocument/rename", params)["error"]["message"].string?.contains("not an id") == true)
    }

    @Test("a dangling reference's did-you-mean is a quick fix whose edit makes the file load")
    func quickFix() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        let typo = Fixture.forumText.replacingOccurrences(of: "reportsTo: forum", with: "reportsTo: forumm")
        let diagnostics = session.open(fixture.forum, text: typo)
        let dangling = try #require(diagnostics.first { $0["message"].string!.contains("forumm") })
        let actions = session.request("textDocument/codeAction", ["textDocument": ["uri": fixture.forum.absoluteString], "range": dangling["range"].value,
                                                                  "context": ["diagnostics": [dangling.value]]])["result"].array
        #expect(actions.map { $0["title"].string } == ["Write 'forum'"])
        try typo.write(to: fixture.forum, atomically: true, encoding: .utf8)
        try apply(actions[0]["edit"]["changes"][fixture.forum.absoluteString].array, to: fixture.forum)
        #expect(WorkspaceLoader.load(root: fixture.folder.path).failure == nil)
    }

    /// Applies one-line text edits to a file on disk, from the last to the first.
    private func apply(_ edits: [Reply], to url: URL) throws {
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for edit in edits.sorted(by: { $0["range"].span.lexicographicallyPrecedes($1["range"].span) }).reversed() {
            let span = edit["range"].span
            var units = Array(lines[span[0]].utf16)
            units.replaceSubrange(span[1]..<span[2], with: Array(edit["newText"].string!.utf16))
            lines[span[0]] = String(decoding: units, as: UTF16.self)
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
