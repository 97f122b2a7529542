import Foundation

/// Runs one of the package's Python scripts (`scripts/`, `Tests/Fixtures/scripts/`) with python3, as the tests
/// do that compare Mandate with an independent computation or read its output back with the standard tools:
/// PyYAML, jsonschema, NetworkX, rdflib, Chromium.
public enum PythonScript {
    /// What a script did.
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: Data
        public let errors: String
    }

    /// The package's root folder, found from this file's place.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `script` (a path in the package) with `arguments`, and waits for it.
    public static func run(_ script: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent(script).path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: data, errors: problems)
    }
}
