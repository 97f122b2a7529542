import Foundation
@testable import MandateLanguageServer

/// libFuzzer's entry for the language server's message handling. An input that starts `Content-Length` is a stream
/// of frames; one that starts `{` is one message's content; any other is the new text of an open file of a
/// workspace, followed by requests at positions all over it. Whatever comes, the server answers every request
/// exactly once with valid JSON, its ranges lie on the text's lines, and it goes on answering.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguageServer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("Content-Length".utf8)) {
        // Cut as the server cuts standard input: a malformed frame is answered with a parse error, and the next is read.
        var reader = FrameReader()
        reader.append(bytes)
        while let frame = reader.next() {
            switch frame {
            case .message(let content): _ = replies(to: content)
            case .malformed(let reason): precondition(!LanguageServer.malformedFrame(reason).isEmpty)
            }
        }
    } else if bytes.first == UInt8(ascii: "{") {
        _ = replies(to: bytes)
    } else {
        edit(String(decoding: bytes, as: UTF8.self))
    }
    // Still answering.
    let check = replies(to: message(id: 0, "textDocument/documentSymbol", ["textDocument": ["uri": FuzzWorkspace.shared.forum]]))
    precondition(check.count == 1, "no answer after the input")
    return 0
}

/// The new text of the open file, then requests at two places on each of its first lines (one past its end).
private func edit(_ text: String) {
    FuzzWorkspace.shared.version += 1
    // Lines as the protocol counts them: split on the scalar, since a `\r\n` is one Character.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    let changed = replies(to: message(id: nil, "textDocument/didChange", [
        "textDocument": ["uri": FuzzWorkspace.shared.forum, "version": FuzzWorkspace.shared.version],
        "contentChanges": [["text": text]],
    ]))
    for notification in changed { checkRanges(notification, lines: lines.count) }
    for (number, line) in lines.prefix(8).enumerated() {
        let length = line.utf16.count
        for character in Set([length / 3, length + 2]) {
            let place: [String: Any] = ["textDocument": ["uri": FuzzWorkspace.shared.forum], "position": ["line": number, "character": character]]
            for method in ["textDocument/definition", "textDocument/references", "textDocument/hover", "textDocument/completion",
                           "textDocument/prepareRename"] {
                let answers = replies(to: message(id: number, method, place))
                precondition(answers.count == 1, "\(method) was not answered exactly once")
                checkRanges(answers[0], lines: lines.count)
            }
            var rename = place
            rename["newName"] = number % 2 == 0 ? "nyt-id" : "forum"
            _ = replies(to: message(id: number, "textDocument/rename", rename))
            _ = replies(to: message(id: number, "textDocument/codeAction", [
                "textDocument": ["uri": FuzzWorkspace.shared.forum],
                "range": ["start": ["line": number, "character": 0], "end": ["line": number, "character": length]],
                "context": ["diagnostics": []],
            ]))
        }
    }
}

/// Every reply is valid JSON.
private func replies(to content: [UInt8]) -> [Any] {
    FuzzWorkspace.shared.server.handle(content).map { reply in
        guard let value = try? JSONSerialization.jsonObject(with: Data(reply.utf8)) else { preconditionFailure("a reply is not valid JSON: \(reply)") }
        return value
    }
}

/// Every range in the open file's diagnostics starts on one of its lines, and ends after it starts.
private func checkRanges(_ reply: Any, lines: Int) {
    guard let object = reply as? [String: Any], let params = object["params"] as? [String: Any],
          (params["uri"] as? String) == FuzzWorkspace.shared.forum, let diagnostics = params["diagnostics"] as? [[String: Any]] else { return }
    for diagnostic in diagnostics {
        let range = diagnostic["range"] as! [String: Any]
        let start = range["start"] as! [String: Int], end = range["end"] as! [String: Int]
        precondition(start["line"]! < max(lines, 1), "a diagnostic past the last line: \(diagnostic)")
        precondition((start["line"]!, start["character"]!) <= (end["line"]!, end["character"]!), "a range that ends before it starts: \(diagnostic)")
    }
}

private func message(id: Int?, _ method: String, _ params: [String: Any]) -> [UInt8] {
    var message: [String: Any] = ["jsonrpc": "2.0", "method": method, "params": params]
    if let id { message["id"] = id }
    return [UInt8](try! JSONSerialization.data(withJSONObject: message))
}

/// A workspace of two files in a temporary folder, the server started on it and its forum's file open.
private final class FuzzWorkspace: @unchecked Sendable {
    static let shared = FuzzWorkspace()
    let server = LanguageServer()
    let forum: String
    var version = 1

    private init() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let region = "mandate: 1\nmodel: region\nroles:\n  direktoer: {title: Direktør}\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n"
        try? "workspace: true\n".write(to: folder.appendingPathComponent(".mandate.yml"), atomically: true, encoding: .utf8)
        try? region.write(to: folder.appendingPathComponent("region.yaml"), atomically: true, encoding: .utf8)
        forum = folder.appendingPathComponent("forum.yaml").absoluteString
        _ = server.handle(Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#.utf8))
        _ = server.handle(Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8))
        let open: [String: Any] = ["textDocument": ["uri": forum, "languageId": "yaml", "version": 1,
                                                    "text": "mandate: 1\nmodel: forum\nbodies:\n  forum: {name: Forum, kind: forum, reportsTo: region/raad}\n"]]
        _ = server.handle(try! JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": open]).map { $0 })
    }
}
