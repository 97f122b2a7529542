import Foundation
import Testing

/// Following ids across the files of a workspace: definition, references, hover cards and the outline.
@Suite("Language server: navigation")
struct NavigationTests {
    @Test("definition of a reference across files, and of a bare id within the file")
    func definition() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let across = session.request("textDocument/definition", ServerSession.at(fixture.forum, line, character + 9))["result"]
        #expect(across["uri"].string.map { URL(string: $0)!.path } == fixture.region.path)
        let declared = Fixture.position(of: "udvalg:", in: Fixture.regionText)
        #expect(across["range"].span == [declared.line, declared.character, declared.character + 6])
        let local = Fixture.position(of: "reportsTo: forum", in: Fixture.forumText)
        let within = session.request("textDocument/definition", ServerSession.at(fixture.forum, local.line, local.character + 12))["result"]
        #expect(within["range"]["start"]["line"].int == Fixture.position(of: "forum:", in: Fixture.forumText, occurrence: 1).line)
        // Between ids, nothing.
        #expect(session.request("textDocument/definition", ServerSession.at(fixture.forum, line, 1))["result"].isNull)
    }

    @Test("references of a role: its declaration, its chair in its own file and in the other, open or not")
    func references() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.region)
        let (line, character) = Fixture.position(of: "direktoer:", in: Fixture.regionText)
        var params = ServerSession.at(fixture.region, line, character + 3)
        params["context"] = ["includeDeclaration": true]
        let places = session.request("textDocument/references", params)["result"].array
        let files = places.map { URL(string: $0["uri"].string!)!.lastPathComponent }
        #expect(files.sorted() == ["forum.yaml", "region.yaml", "region.yaml"])
        params["context"] = ["includeDeclaration": false]
        #expect(session.request("textDocument/references", params)["result"].array.count == 2)
    }

    @Test("hover on a body shows its card in Danish: kind, chair with holder, secretariat, validity")
    func hoverBody() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let hover = session.request("textDocument/hover", ServerSession.at(fixture.forum, line, character + 2))["result"]
        let text = try #require(hover["contents"]["value"].string)
        #expect(hover["contents"]["kind"].string == "markdown")
        #expect(text.hasPrefix("### Sundhedsudvalget"))
        for expected in ["Direktør (Anne Berg)", "Sekretariatet", "Regionsrådet", "altid"] { #expect(text.contains(expected), "\(expected) in \(text)") }
        #expect(hover["range"].span == [line, character, character + "region/udvalg".utf16.count])
    }

    @Test("hover on a role shows its title and holder")
    func hoverRole() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        let (line, character) = Fixture.position(of: "region/direktoer", in: Fixture.forumText)
        let text = session.request("textDocument/hover", ServerSession.at(fixture.forum, line, character + 10))["result"]["contents"]["value"].string
        #expect(text == "### Direktør\n\nAnne Berg\n")
    }

    @Test("document symbols are the reporting tree, with a group per other section")
    func symbols() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.region)
        session.open(fixture.forum)
        let forum = session.request("textDocument/documentSymbol", ["textDocument": ["uri": fixture.forum.absoluteString]])["result"].array
        #expect(forum.map { $0["name"].string } == ["Psykiatriforum"])
        #expect(forum.first?["children"].array.map { $0["name"].string } == ["Arbejdsgruppen"])
        let region = session.request("textDocument/documentSymbol", ["textDocument": ["uri": fixture.region.absoluteString]])["result"].array
        #expect(region.map { $0["name"].string } == ["Regionsrådet", "units", "roles"])
        #expect(region.first?["children"].array.map { $0["detail"].string } == ["udvalg"])
    }

    @Test("a file that stops parsing still answers from what was last read")
    func brokenFileStillAnswers() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        session.open(fixture.forum)
        session.change(fixture.forum, to: Fixture.forumText + "  broken: [\n")
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let definition = session.request("textDocument/definition", ServerSession.at(fixture.forum, line, character + 9))["result"]
        #expect(definition["uri"].string.map { URL(string: $0)!.path } == fixture.region.path)
        let symbols = session.request("textDocument/documentSymbol", ["textDocument": ["uri": fixture.forum.absoluteString]])["result"].array
        #expect(!symbols.isEmpty)
    }
}
