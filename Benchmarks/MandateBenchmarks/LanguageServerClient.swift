import Foundation
import MandateLanguageServer

/// `mandate lsp` run as an editor runs it: a child process spoken to over its standard input and output.
final class LanguageServerClient {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var reader = FrameReader()
    private var nextID = 1

    /// Starts the server and initializes it.
    init(mandate: String) throws {
        process.executableURL = URL(fileURLWithPath: mandate)
        process.arguments = ["lsp"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        _ = request("initialize", ["processId": NSNull(), "capabilities": [:]])
        notify("initialized", [:])
    }

    /// The server's resident memory now, in kilobytes.
    var residentKilobytes: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }

    func notify(_ method: String, _ params: Any) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: Any) -> [String: Any] {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return wait { $0["id"] as? Int == id }
    }

    /// Waits for the diagnostics of `uri` at `version`.
    func diagnostics(of uri: String, version: Int) -> [String: Any] {
        wait { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics", let params = message["params"] as? [String: Any] else { return false }
            return params["uri"] as? String == uri && params["version"] as? Int == version
        }
    }

    /// Stops the server: shutdown, then exit.
    func stop() {
        _ = request("shutdown", NSNull())
        notify("exit", NSNull())
        process.waitUntilExit()
    }

    private func send(_ message: [String: Any]) {
        let content = try! JSONSerialization.data(withJSONObject: message)
        input.fileHandleForWriting.write(Data("Content-Length: \(content.count)\r\n\r\n".utf8) + content)
    }

    /// Reads messages until one satisfies `condition`.
    private func wait(for condition: ([String: Any]) -> Bool) -> [String: Any] {
        while true {
            while let frame = reader.next() {
                guard case .message(let content) = frame,
                      let message = try? JSONSerialization.jsonObject(with: Data(content)) as? [String: Any] else { continue }
                if condition(message) { return message }
            }
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { fatalError("the language server stopped") }
            reader.append(data)
        }
    }
}
