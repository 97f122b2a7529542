import Foundation

/// Runs a ``LanguageServer`` over standard input and output, as editors start language servers: frames in, frames
/// out, one message at a time, until `exit` (or the end of the input).
public enum StandardStreams {
    /// Serves until the editor sends `exit` or closes the input; returns the status to end with: 0 after `shutdown`
    /// and `exit`, 1 otherwise.
    public static func serve(_ server: LanguageServer, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Int32 {
        // An editor that goes away leaves a closed pipe: writing to it fails rather than kills the process.
        signal(SIGPIPE, SIG_IGN)
        var reader = FrameReader()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return server.exitCode ?? 1 }
            reader.append(chunk[..<count])
            while let frame = reader.next() {
                let replies: [String]
                switch frame {
                case .message(let content): replies = server.handle(content)
                case .malformed(let reason): replies = [LanguageServer.malformedFrame(reason)]
                }
                for reply in replies { guard write(reply, to: output) else { return server.exitCode ?? 1 } }
                if let code = server.exitCode { return code }
            }
        }
    }

    /// Writes one frame; `false` when the output is closed.
    private static func write(_ content: String, to output: Int32) -> Bool {
        let bytes = Array("Content-Length: \(content.utf8.count)\r\n\r\n".utf8) + Array(content.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
}
