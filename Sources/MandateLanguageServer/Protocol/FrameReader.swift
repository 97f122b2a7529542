import Foundation

/// Cuts a byte stream into the Language Server Protocol's frames: headers (`Content-Length: N`), a blank line,
/// then N bytes of JSON. A frame whose headers make no sense is reported and skipped, so that one bad frame
/// never stops the ones after it.
package struct FrameReader {
    /// What the next frame held.
    package enum Frame: Equatable {
        /// The content of a well-formed frame.
        case message([UInt8])
        /// Headers that could not be read, and why; the frame is skipped.
        case malformed(String)
    }

    /// The largest content accepted, in bytes; a larger `Content-Length` is refused rather than waited for.
    static let maximumContentLength = 64 * 1024 * 1024
    private var buffer: [UInt8] = []
    private var start = 0

    /// A reader with nothing read yet.
    package init() {}

    /// Adds bytes read from the stream.
    package mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or `nil` until more bytes arrive.
    package mutating func next() -> Frame? {
        guard let end = headerEnd() else {
            // Headers longer than any real header block: not a frame; drop them rather than wait for ever.
            if buffer.count - start > 8192 {
                start = buffer.count
                return .malformed("no blank line after the headers")
            }
            return nil
        }
        let headers = String(decoding: buffer[start..<end], as: UTF8.self)
        var length: Int?
        for line in headers.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0].lowercased() == "content-length" { length = Int(parts[1].trimmingCharacters(in: .whitespaces)) }
        }
        guard let length, length >= 0, length <= Self.maximumContentLength else {
            start = end + 4
            return .malformed(headers.isEmpty ? "an empty header block" : "no valid Content-Length header")
        }
        guard buffer.count - (end + 4) >= length else { return nil }
        let content = Array(buffer[(end + 4)..<(end + 4 + length)])
        start = end + 4 + length
        return .message(content)
    }

    /// Where the blank line that ends the next frame's headers starts.
    private func headerEnd() -> Int? {
        var position = start
        while position + 3 < buffer.count {
            if buffer[position] == 13, buffer[position + 1] == 10, buffer[position + 2] == 13, buffer[position + 3] == 10 { return position }
            position += 1
        }
        return nil
    }
}
