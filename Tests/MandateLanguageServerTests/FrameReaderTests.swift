@testable import MandateLanguageServer
import Testing

/// Frames cut from a stream however it arrives, and bad headers skipped without losing the frames after them.
@Suite("Language server: frames")
struct FrameReaderTests {
    @Test("frames split across reads and run together are cut where their headers say")
    func splitAndJoined() {
        let first = "{\"a\":1}", second = "{\"b\":\"æ\"}"
        let stream = Array("Content-Length: \(first.utf8.count)\r\n\r\n\(first)Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: \(second.utf8.count)\r\n\r\n\(second)".utf8)
        for cut in 0...stream.count {
            var reader = FrameReader()
            var frames: [FrameReader.Frame] = []
            reader.append(stream[..<cut])
            while let frame = reader.next() { frames.append(frame) }
            reader.append(stream[cut...])
            while let frame = reader.next() { frames.append(frame) }
            #expect(frames == [.message(Array(first.utf8)), .message(Array(second.utf8))], "cut at \(cut)")
        }
    }

    @Test("headers without a length, a negative or huge length are reported, and the next frame is still read")
    func malformedHeaders() {
        for header in ["X-Nothing: 1", "Content-Length: -4", "Content-Length: many", "Content-Length: 99999999999"] {
            var reader = FrameReader()
            reader.append(Array("\(header)\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8))
            guard case .malformed = reader.next() else {
                Issue.record("\(header) was not reported")
                continue
            }
            #expect(reader.next() == .message(Array("{}".utf8)))
        }
    }

    @Test("bytes with no blank line are dropped after 8 KiB rather than waited on for ever")
    func endlessHeaders() {
        var reader = FrameReader()
        reader.append([UInt8](repeating: UInt8(ascii: "x"), count: 9000))
        guard case .malformed = reader.next() else { Issue.record("not reported"); return }
        reader.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }
}
