import Foundation

/// Runs the built `mandate` executable, as a user would, and captures what it prints.
struct MandateBinary {
    /// What one run printed and how it ended.
    struct Run {
        let status: Int32
        /// Whether the process ended by a signal (a crash, or the kill after the time limit).
        let wasSignalled: Bool
        /// Whether the process was killed for running past the time limit.
        let timedOut: Bool
        let standardOutput: String
        let standardError: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `mandate` binary that SwiftPM built next to the test bundle.
    static let url: URL = {
        let testBundle = Bundle.main.bundleURL
        let candidates = [testBundle.appendingPathComponent("mandate"), testBundle.deletingLastPathComponent().appendingPathComponent("mandate")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `mandate` with `arguments` in the package root (so relative paths are those of the README), or in
    /// `directory`, with `input` on its standard input.
    static func run(_ arguments: [String], environment: [String: String] = [:], timeLimit: Double = 120,
                    directory: URL? = nil, input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            try pipe.fileHandleForWriting.write(contentsOf: input)
            try pipe.fileHandleForWriting.close()
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.interrupt(); kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: killer)
        let errorData = Data()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorCollected = errorData
        group.enter()
        DispatchQueue.global().async {
            errorCollected = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let timedOut = killer.isCancelled == false && process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        killer.cancel()
        return Run(status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
                   standardOutput: String(decoding: outputData, as: UTF8.self),
                   standardError: String(decoding: errorCollected, as: UTF8.self))
    }
}
