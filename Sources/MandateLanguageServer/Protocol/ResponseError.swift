import MandateModel

/// A JSON-RPC error answered to a request, with the protocol's codes.
struct ResponseError: Error {
    let code: Int
    let message: String

    static func parseError(_ message: String) -> ResponseError { ResponseError(code: -32700, message: message) }
    static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: -32600, message: message) }
    static func methodNotFound(_ method: String) -> ResponseError { ResponseError(code: -32601, message: "no such method: \(method)") }
    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: message) }
    static let serverNotInitialized = ResponseError(code: -32002, message: "the server is not initialized: send 'initialize' first")
    /// A request the server understood but will not carry out (a rename to an id that is taken).
    static func requestFailed(_ message: String) -> ResponseError { ResponseError(code: -32803, message: message) }

    /// The error as the response's `error` member.
    var json: JSONValue { .object([("code", .int(code)), ("message", .string(message))]) }
}
