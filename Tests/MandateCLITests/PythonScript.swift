import Foundation

/// Runs one of the package's Python scripts (`scripts/`, `Tests/Fixtures/scripts/`) with python3, as the tests
/// do that read Mandate's output back with the standard tools: jsonschema, NetworkX, rdflib, Chromium.
enum PythonScript {
    struct Outcome {
        let status: Int32
        let output: Data
        let errors: String
    }

    /// Runs `script` (a path in the package) with `arguments`, and waits for it.
    static func run(_ script: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", MandateBinary.packageRoot.appendingPathComponent(script).path] + arguments
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
