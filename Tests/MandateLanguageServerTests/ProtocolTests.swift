import Foundation
import MandateLanguageServer
import Testing

/// The protocol itself: starting, stopping, and every kind of bad message answered as JSON-RPC says, never a crash.
@Suite("Language server: the protocol and bad input")
struct ProtocolTests {
    @Test("initialize names the capabilities and UTF-16 positions; shutdown then exit ends with 0")
    func lifecycle() {
        let session = ServerSession()
        let reply = session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        let capabilities = reply["result"]["capabilities"]
        #expect(capabilities["positionEncoding"].string == "utf-16")
        #expect(capabilities["textDocumentSync"]["change"].int == 1)
        for provider in ["definitionProvider", "referencesProvider", "hoverProvider", "documentSymbolProvider", "completionProvider",
                         "renameProvider", "codeActionProvider"] {
            #expect(!capabilities[provider].isNull, "missing \(provider)")
        }
        #expect(capabilities["renameProvider"]["prepareProvider"].bool == true)
        #expect(session.request("shutdown", NSNull())["result"].isNull)
        #expect(session.request("textDocument/hover", ServerSession.at(URL(fileURLWithPath: "/x.yaml"), 0, 0))["error"]["code"].int == -32600)
        session.notify("exit", NSNull())
        #expect(session.server.exitCode == 0)
    }

    @Test("exit without shutdown ends with 1")
    func exitWithoutShutdown() {
        let session = ServerSession.started()
        session.notify("exit", NSNull())
        #expect(session.server.exitCode == 1)
    }

    @Test("a request before initialize is refused with ServerNotInitialized")
    func beforeInitialize() {
        let session = ServerSession()
        #expect(session.request("textDocument/hover", ServerSession.at(URL(fileURLWithPath: "/x.yaml"), 0, 0))["error"]["code"].int == -32002)
    }

    @Test("invalid JSON gets a parse error with a null id; the server goes on")
    func parseError() {
        let session = ServerSession.started()
        for garbage in ["{", "not json", "", "[1, 2", "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": }"] {
            let replies = session.send(raw: Array(garbage.utf8))
            #expect(replies.count == 1)
            #expect(replies.first?["error"]["code"].int == -32700)
            #expect(replies.first?["id"].isNull == true)
        }
        #expect(session.request("shutdown", NSNull())["result"].isNull)
    }

    @Test("a message that is not a request gets InvalidRequest; an unknown method MethodNotFound; a notification nothing")
    func invalidRequests() {
        let session = ServerSession.started()
        #expect(session.send(raw: Array("[1, 2]".utf8)).first?["error"]["code"].int == -32600)
        #expect(session.send(raw: Array("{\"id\": 3, \"method\": \"shutdown\"}".utf8)).first?["error"]["code"].int == -32600)
        #expect(session.send(["jsonrpc": "2.0", "id": 4]).first?["error"]["code"].int == -32600)
        #expect(session.send(["jsonrpc": "2.0", "id": ["x": 1], "method": "shutdown"]).first?["error"]["code"].int == -32600)
        let unknown = session.request("workspace/frobnicate", [:])
        #expect(unknown["error"]["code"].int == -32601)
        #expect(session.notify("workspace/frobnicate", [:]).isEmpty)
        #expect(session.send(["jsonrpc": "2.0", "id": "mandate-1", "result": NSNull()]).isEmpty)
    }

    @Test("requests with missing or wrong parameters get InvalidParams, not a crash")
    func invalidParams() {
        let session = ServerSession.started()
        for method in ["textDocument/definition", "textDocument/references", "textDocument/hover", "textDocument/completion",
                       "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol", "textDocument/codeAction"] {
            for params in [NSNull(), ["textDocument": ["uri": "http://example.org/x"]], ["textDocument": 3, "position": "here"]] as [Any] {
                #expect(session.request(method, params)["error"]["code"].int == -32602, "\(method) \(params)")
            }
        }
    }

    @Test("a request on a position past the end of a file, or on a file not open, answers from what it can read")
    func outOfRange() throws {
        let fixture = try Fixture()
        let session = ServerSession.started()
        #expect(session.request("textDocument/definition", ServerSession.at(fixture.forum, 500, 500))["result"].isNull)
        let (line, character) = Fixture.position(of: "region/udvalg", in: Fixture.forumText)
        let definition = session.request("textDocument/definition", ServerSession.at(fixture.forum, line, character + 8))
        #expect(definition["result"]["uri"].string.map { URL(string: $0)!.path } == fixture.region.path)
    }

    @Test("a YAML alias bomb in an open file is read once per node: its load error comes back, and requests are answered")
    func aliasBomb() throws {
        // Found by scripts/fuzz lsp: the outline walked each alias again, ten to the tenth times.
        let bomb = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/load-errors/alias-bomb.yaml")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bomb.yaml")
        let session = ServerSession.started()
        let diagnostics = session.open(file, text: try String(contentsOf: bomb, encoding: .utf8))
        #expect(diagnostics.contains { $0["code"].string == "load-error" })
        #expect(!session.request("textDocument/documentSymbol", ["textDocument": ["uri": file.absoluteString]])["result"].isNull)
    }
}
