import Foundation
import MandateModel
import MandateReporting
import MandateRules

/// Mandate's language server: the Language Server Protocol 3.17, one message at a time. An editor's open model
/// files are checked as they are typed, with the rest of their workspace read from disk; ids can be followed,
/// found, completed and renamed across the workspace's files. Positions are counted in UTF-16 code units, as the
/// protocol says. ``StandardStreams`` runs it over standard input and output.
public final class LanguageServer {
    let registry: RuleRegistry
    /// The documents the editor has open, by absolute path.
    var documents: [String: OpenDocument] = [:]
    /// The structures that open documents belong to, each with its files' outlines.
    var structures: [LoadedStructure.Scope: (structure: LoadedStructure, outlines: OutlineCache)] = [:]
    /// The structure each path named so far belongs to.
    var scopes: [String: LoadedStructure.Scope] = [:]
    /// The diagnostics last sent for each open document, so that an unchanged list is not sent again.
    var published: [String: JSONValue] = [:]
    var isInitialized = false
    var isShuttingDown = false
    /// Whether the editor lets the server ask to be told of changes to files on disk.
    var canWatchFiles = false
    private var nextRequest = 1

    /// The status the process ends with, once `exit` has come: 0 after `shutdown`, 1 without it.
    public private(set) var exitCode: Int32?

    /// A server that checks with the rules of `registry`.
    public init(registry: RuleRegistry = .standard) {
        self.registry = registry
    }

    /// Handles the content of one frame (a JSON-RPC message) and returns the messages to send, each the content of a
    /// frame, in order: the response first, then notifications.
    public func handle(_ content: [UInt8]) -> [String] {
        let message: JSONValue
        do { message = try JSONDecoder().decode(IncomingJSON.self, from: Data(content)).value } catch {
            return [Self.response(to: .null, error: .parseError("the message is not valid JSON")).compact()]
        }
        return handle(message).map { $0.compact() }
    }

    /// The reply to a frame whose headers could not be read.
    public static func malformedFrame(_ reason: String) -> String {
        response(to: .null, error: .parseError("the frame could not be read: \(reason)")).compact()
    }

    /// Handles one message.
    func handle(_ message: JSONValue) -> [JSONValue] {
        let id = message["id"]
        guard case .object = message, message["jsonrpc"]?.string == "2.0" else {
            return [Self.response(to: id ?? .null, error: .invalidRequest("a message is an object with \"jsonrpc\": \"2.0\""))]
        }
        guard let method = message["method"]?.string else {
            // The editor's answer to a request of the server's (to watch files): nothing to do.
            if id != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [Self.response(to: id ?? .null, error: .invalidRequest("a request or notification names its \"method\""))]
        }
        let params = message["params"] ?? .null
        guard let id else {
            return notification(method, params)
        }
        switch id {
        case .int, .string: break
        default: return [Self.response(to: .null, error: .invalidRequest("a request's \"id\" is a number or a string"))]
        }
        var after: [JSONValue] = []
        do {
            let result = try request(method, params, then: &after)
            return [.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])] + after
        } catch let error as ResponseError {
            return [Self.response(to: id, error: error)]
        } catch {
            return [Self.response(to: id, error: ResponseError(code: -32603, message: "\(error)"))]
        }
    }

    /// Answers a request; `after` gathers the notifications and requests to send once it is answered.
    private func request(_ method: String, _ params: JSONValue, then after: inout [JSONValue]) throws -> JSONValue {
        if method == "initialize" {
            guard !isInitialized else { throw ResponseError.invalidRequest("the server is initialized already") }
            return initialize(params)
        }
        guard isInitialized else { throw ResponseError.serverNotInitialized }
        guard !isShuttingDown else { throw ResponseError.invalidRequest("the server is shutting down; send 'exit'") }
        switch method {
        case "shutdown":
            isShuttingDown = true
            return .null
        case "textDocument/definition": return try definition(params)
        case "textDocument/references": return try references(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/documentSymbol": return try documentSymbols(params)
        case "textDocument/completion": return try completion(params)
        case "textDocument/prepareRename": return try prepareRename(params)
        case "textDocument/rename": return try rename(params)
        case "textDocument/codeAction": return try codeActions(params)
        default: throw ResponseError.methodNotFound(method)
        }
    }

    /// Acts on a notification; returns the notifications it gives rise to.
    private func notification(_ method: String, _ params: JSONValue) -> [JSONValue] {
        if method == "exit" {
            exitCode = isShuttingDown ? 0 : 1
            return []
        }
        guard isInitialized, !isShuttingDown else { return [] }
        switch method {
        case "initialized": return initialized()
        case "textDocument/didOpen": return didOpen(params)
        case "textDocument/didChange": return didChange(params)
        case "textDocument/didClose": return didClose(params)
        case "textDocument/didSave": return didSave(params)
        case "workspace/didChangeWatchedFiles": return didChangeWatchedFiles(params)
        default: return []
        }
    }

    /// A request of the server's to the editor.
    func outgoingRequest(_ method: String, _ params: JSONValue) -> JSONValue {
        defer { nextRequest += 1 }
        return .object([("jsonrpc", .string("2.0")), ("id", .string("mandate-\(nextRequest)")), ("method", .string(method)), ("params", params)])
    }

    /// A notification to the editor.
    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    /// An error response.
    static func response(to id: JSONValue, error: ResponseError) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("error", error.json)])
    }
}
