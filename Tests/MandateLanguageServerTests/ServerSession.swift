import Foundation
import MandateLanguageServer

/// A language server driven in process as an editor drives it, message by message; replies are read back with
/// Foundation's JSON parser, not the server's.
final class ServerSession {
    let server = LanguageServer()
    /// Notifications the server sent that no request has taken yet.
    private(set) var notifications: [Reply] = []
    private var nextID = 1

    /// A session on an initialized server.
    static func started(watching: Bool = false) -> ServerSession {
        let session = ServerSession()
        _ = session.request("initialize", ["processId": NSNull(),
                                           "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": watching]]]])
        session.notify("initialized", [:])
        return session
    }

    /// Sends raw bytes as one frame's content; returns every reply.
    @discardableResult
    func send(raw: [UInt8]) -> [Reply] {
        server.handle(raw).map { Reply(try! JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed])) }
    }

    /// Sends a request and returns its response; notifications sent with it are kept.
    func request(_ method: String, _ params: Any) -> Reply {
        let id = nextID
        nextID += 1
        let replies = send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        notifications += replies.filter { $0["method"].string != nil }
        return replies.first { $0["id"].int == id && $0["method"].string == nil } ?? Reply(NSNull())
    }

    /// Sends a notification; returns the notifications it gave rise to.
    @discardableResult
    func notify(_ method: String, _ params: Any) -> [Reply] {
        let replies = send(["jsonrpc": "2.0", "method": method, "params": params])
        notifications += replies
        return replies
    }

    /// Sends a message as JSON.
    func send(_ message: [String: Any]) -> [Reply] {
        send(raw: [UInt8](try! JSONSerialization.data(withJSONObject: message)))
    }

    /// Opens a file with its text on disk, or `text`; returns the diagnostics published for it.
    @discardableResult
    func open(_ url: URL, text: String? = nil) -> [Reply] {
        let text = text ?? (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        versions[url.path] = 1
        return diagnostics(notify("textDocument/didOpen", ["textDocument": ["uri": url.absoluteString, "languageId": "yaml", "version": 1, "text": text]]), for: url)
    }

    private var versions: [String: Int] = [:]

    /// Replaces a file's text in the editor; returns every diagnostics notification it gave rise to, by path.
    @discardableResult
    func change(_ url: URL, to text: String) -> [String: [Reply]] {
        let version = (versions[url.path] ?? 1) + 1
        versions[url.path] = version
        let replies = notify("textDocument/didChange", ["textDocument": ["uri": url.absoluteString, "version": version], "contentChanges": [["text": text]]])
        return Dictionary(replies.filter { $0["method"].string == "textDocument/publishDiagnostics" }.map {
            (URL(string: $0["params"]["uri"].string!)!.path, $0["params"]["diagnostics"].array)
        }, uniquingKeysWith: { $1 })
    }

    /// The diagnostics among `replies` published for `url`.
    func diagnostics(_ replies: [Reply], for url: URL) -> [Reply] {
        replies.last { $0["method"].string == "textDocument/publishDiagnostics" && URL(string: $0["params"]["uri"].string ?? "")?.path == url.path }?["params"]["diagnostics"].array ?? []
    }

    /// The position parameters of a request at (line, character) of `url`.
    static func at(_ url: URL, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": url.absoluteString], "position": ["line": line, "character": character]]
    }
}
