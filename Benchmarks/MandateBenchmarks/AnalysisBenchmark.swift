import Foundation
import MandateSynthesis

/// `mandate seats`, `overlap` and `impact` on the 100,000-body structure, whole processes, beside one
/// `mandate check` of it.
enum AnalysisBenchmark {
    static func run(bodies: Int, folder: URL, mandate: String) throws {
        let file = folder.appendingPathComponent("analyses-\(bodies).yaml")
        try SyntheticModel(bodyCount: bodies).yaml().write(to: file, atomically: true, encoding: .utf8)
        let commands: [(String, [String])] = [
            ("check", ["check", file.path]),
            ("seats --format json", ["seats", file.path, "--format", "json"]),
            ("overlap --format json", ["overlap", file.path, "--format", "json"]),
            ("impact --remove b7 --format json", ["impact", file.path, "--remove", "b7", "--format", "json"]),
        ]
        var rows: [[String]] = []
        var checkSeconds = 1.0
        for (name, arguments) in commands {
            let outcome = try ChildProcess.best(of: 3, [mandate] + arguments + ["--at", "2026-06-01"])
            let peak = try ChildProcess.peakMemory([mandate] + arguments + ["--at", "2026-06-01"])
            if name == "check" { checkSeconds = outcome.seconds }
            rows.append([name, Table.format(outcome.seconds, 2), Table.format(outcome.seconds / checkSeconds, 2) + "x",
                         Table.format(Double(peak) / 1024, 1)])
        }
        Table.print("The analyses of \(bodies) bodies against one check, whole processes (best of 3)", ["command", "s", "/ check", "MiB"], rows)
    }
}
