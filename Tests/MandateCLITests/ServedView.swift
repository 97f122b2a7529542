import Foundation

/// `mandate serve` run as a planner runs it, on a free port; stopped with SIGINT, as Ctrl-C stops it.
final class ServedView {
    let process = Process()
    let port: Int
    let address: String
    private let errors = Pipe()

    /// Starts `mandate serve` with `arguments` (the path among them) in `directory`, and waits for the address it
    /// prints; its port is what the test connects to, on 127.0.0.1.
    init(_ arguments: [String], directory: URL? = nil) throws {
        let output = Pipe()
        process.executableURL = MandateBinary.url
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(30)
        while !line.contains(UInt8(ascii: "\n")), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let scheme = text.range(of: "http://"), let range = text[scheme.upperBound...].range(of: ":") else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "mandate serve printed no address: \(text)"])
        }
        port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? -1
        address = "http://127.0.0.1:\(port)/"
    }

    /// Stops the server with SIGINT; its exit status, or `nil` if it did not stop within 10 seconds.
    func stop() -> Int32? {
        // Once it has ended its number may be another process's: no signal then.
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    /// What it wrote to standard error.
    var standardError: String { String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self) }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
