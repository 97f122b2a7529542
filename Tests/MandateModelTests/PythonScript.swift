import Foundation

/// Runs one of the package's Python scripts with python3, for the tests that compare Mandate's reading with
/// a standard tool's (PyYAML, jsonschema).
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
        process.arguments = ["python3", TestPaths.packageRoot.appendingPathComponent(script).path] + arguments
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
