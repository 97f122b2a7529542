import Foundation
import Testing

/// Compares text with a committed golden file; with `MANDATE_RECORD=1` in the environment it writes the
/// golden file instead, for review in the diff.
enum Golden {
    static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["MANDATE_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from \(url.lastPathComponent); rerun with MANDATE_RECORD=1 to re-record",
                sourceLocation: sourceLocation)
    }
}
