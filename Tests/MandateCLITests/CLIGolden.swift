import Foundation
import Testing

/// Compares output with a golden file under `Tests/Fixtures`; `MANDATE_RECORD=1` writes it instead.
enum CLIGolden {
    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = MandateBinary.packageRoot.appendingPathComponent("Tests/Fixtures/\(relativePath)")
        if ProcessInfo.processInfo.environment["MANDATE_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from \(relativePath); rerun with MANDATE_RECORD=1 to re-record", sourceLocation: sourceLocation)
    }
}
