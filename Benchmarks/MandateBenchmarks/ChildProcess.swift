import Foundation

/// Runs another program to completion, as a user would from the shell, and measures it.
enum ChildProcess {
    /// How a run went: wall time, peak resident memory and what it printed.
    struct Outcome {
        let seconds: Double
        let peakKilobytes: Int
        let output: String
    }

    /// Runs `arguments[0]` (looked up on the PATH) with the rest as arguments; standard error is discarded.
    static func run(_ arguments: [String]) throws -> Outcome {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmark-output-\(getpid())")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableNotLoadable, userInfo: [NSFilePathErrorKey: arguments[0]]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = start.duration(to: clock.now)
        let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outputFile)
        return Outcome(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                       peakKilobytes: usage.ru_maxrss, output: output)
    }

    /// The peak resident memory of a run of `arguments`, in kilobytes, measured from a small helper process.
    ///
    /// Linux counts a child's memory from before its `exec` in its peak, and a spawned child starts as a
    /// view of its parent, so a benchmark holding large models would inflate the figure; the helper
    /// (`mandate-benchmarks peak-memory …`) holds nothing.
    static func peakMemory(_ arguments: [String]) throws -> Int {
        let helper = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let outcome = try run([helper, "peak-memory"] + arguments)
        return Int(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The fastest of `runs` runs.
    static func best(of runs: Int, _ arguments: [String]) throws -> Outcome {
        try (0..<runs).map { _ in try run(arguments) }.min { $0.seconds < $1.seconds }!
    }
}
