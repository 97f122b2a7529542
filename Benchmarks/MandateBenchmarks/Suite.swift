import Foundation
import MandateDiff
import MandateModel
import MandateRender
import MandateRules
import MandateSynthesis

/// The whole benchmark suite: for each size of synthetic model, load and check against libyaml's bare
/// event scan and against a PyYAML + NetworkX peer, render against `dot -Tsvg`, diff against loading,
/// and peak memory; then `mandate check` on the bundled models. Prints tables, asserts nothing.
enum Suite {
    static let date = Day("2026-06-01")!

    static func run(sizes: [Int]) throws {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let mandate = binaries.appendingPathComponent("mandate").path
        guard FileManager.default.isExecutableFile(atPath: mandate) else {
            print("build the command-line tool first: swift build -c release")
            exit(2)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmarks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        print("Mandate benchmarks on \(ProcessInfo.processInfo.activeProcessorCount) cores; synthetic models from MandateSynthesis (seed 1), "
              + "files in \(folder.path)")
        var load: [[String]] = []
        var peer: [[String]] = []
        var render: [[String]] = []
        var diff: [[String]] = []
        var memory: [[String]] = []
        for bodies in sizes {
            print("  \(bodies) bodies…")
            let synthetic = SyntheticModel(bodyCount: bodies)
            let yaml = Array(synthetic.yaml().utf8)
            let csv = Array(synthetic.csv().utf8)
            let changed = Array(synthetic.changedCopy(PlantedChanges(removed: 40, added: 30, renamed: 25, moved: 20, chairChanged: 15)).yaml.utf8)
            let yamlFile = folder.appendingPathComponent("synthetic-\(bodies).yaml").path
            try Data(yaml).write(to: URL(fileURLWithPath: yamlFile))
            let megabytes = Double(yaml.count) / 1_000_000
            let name = Table.format(Double(bodies), 0)

            // Load and check in-process, alternating with the bare scan so that a busy moment hits both.
            var scan = Double.infinity
            var loadCheck = (seconds: Double.infinity, findings: 0)
            for _ in 0..<5 {
                scan = min(scan, Stopwatch.best(of: 1) { EventScan.count(yaml) }.seconds)
                let run = try Stopwatch.best(of: 1) {
                    Checker().check(try ModelLoader.load(contents: yaml, file: yamlFile, format: .yaml), at: date).findings.count
                }
                if run.seconds < loadCheck.seconds { loadCheck = (run.seconds, run.result) }
            }
            let csvCheck = try Stopwatch.best(of: 3) {
                Checker().check(try ModelLoader.load(contents: csv, file: "synthetic.csv", format: .csv), at: date).findings.count
            }
            load.append([name, Table.format(megabytes, 1), Table.format(scan), Table.format(loadCheck.seconds),
                         Table.format(loadCheck.seconds / scan, 2) + "x", Table.format(Double(csv.count) / 1_000_000, 1),
                         Table.format(csvCheck.seconds), String(loadCheck.findings)])

            // Whole processes, as a user runs them.
            let cli = try ChildProcess.best(of: 3, [mandate, "check", "--format", "json", "--at", "2026-06-01", yamlFile])
            let script = try ChildProcess.best(of: 2, ["python3", "Benchmarks/Peer/check_networkx.py", yamlFile, "2026-06-01"])
            let peerFindings = script.output.split(separator: "\n").last { $0.hasPrefix("total\t") }.map { String($0.dropFirst(6)) } ?? "?"
            peer.append([name, Table.format(cli.seconds), Table.format(script.seconds), Table.format(script.seconds / cli.seconds, 1) + "x",
                         String(findingCount(cli.output)), peerFindings])
            let peak = try (0..<3).map { _ in try ChildProcess.peakMemory([mandate, "check", "--at", "2026-06-01", yamlFile]) }.max()!
            let peerPeak = try ChildProcess.peakMemory(["python3", "Benchmarks/Peer/check_networkx.py", yamlFile, "2026-06-01"])
            memory.append([name, Table.format(megabytes, 1), Table.format(Double(peak) * 1024 / 1_000_000, 1),
                           Table.format(Double(peak) * 1024 / Double(yaml.count), 2) + "x",
                           Table.format(Double(peerPeak) * 1024 / 1_000_000, 1), Table.format(Double(peak) / Double(peerPeak), 2) + "x"])

            // Render: the whole diagram up to 1,000 bodies; past that (dot needs minutes for 10,000 nodes) the
            // view a planner draws of a large structure: the reporting lines two levels around one body.
            let model = try ModelLoader.load(contents: yaml, file: yamlFile, format: .yaml)
            let options = bodies <= 1_000 ? DiagramOptions()
                : DiagramOptions(scope: .reporting, focus: BodyID(SyntheticModel.bodyID(bodies / 2)), depth: 2)
            let view = DiagramView(model: model, options: options)!
            let dotFile = folder.appendingPathComponent("synthetic-\(bodies).dot").path
            try DOTWriter.write(view).write(toFile: dotFile, atomically: true, encoding: .utf8)
            var inProcess = Double.infinity
            var spawned = Double.infinity
            for _ in 0..<3 {
                inProcess = min(inProcess, try Stopwatch.best(of: 1) { try GraphvizRenderer.shared.render(dot: DOTWriter.write(view), format: .svg) }.seconds)
                spawned = min(spawned, try ChildProcess.run(["dot", "-Tsvg", dotFile]).seconds)
            }
            render.append([name, bodies <= 1_000 ? "whole" : "reporting, \(SyntheticModel.bodyID(bodies / 2)) ±2", String(view.bodies.count), Table.format(inProcess),
                           Table.format(spawned), Table.format(inProcess / spawned, 2) + "x"])

            // Diff: two versions with 130 planted changes, against loading both.
            let both = try Stopwatch.best(of: 3) {
                (try ModelLoader.load(contents: yaml, file: "before.yaml", format: .yaml), try ModelLoader.load(contents: changed, file: "after.yaml", format: .yaml))
            }
            let compare = Stopwatch.best(of: 3) { Differ().compare(both.result.0, both.result.1, beforeDate: date, afterDate: date) }
            diff.append([name, Table.format(both.seconds), Table.format(compare.seconds), Table.format(compare.seconds / both.seconds, 2) + "x",
                         String(compare.result.changes.count)])
        }

        Table.print("Load + every rule, in-process (best of 5, alternating with the scan): against libyaml's bare event scan of the same file",
                    ["bodies", "YAML MB", "scan s", "load+check s", "/ scan", "CSV MB", "CSV load+check s", "findings"], load)
        Table.print("`mandate check` against the peer, PyYAML's C loader + NetworkX doing the same checks (whole processes, best of 3 and of 2)",
                    ["bodies", "mandate s", "peer s", "peer / mandate", "findings", "peer findings"], peer)
        Table.print("Rendering SVG in-process through libgvc against `dot -Tsvg` on the same DOT (best of 3, alternating)",
                    ["bodies", "view", "drawn", "mandate s", "dot s", "mandate / dot"], render)
        Table.print("Comparing two versions with 130 planted changes (the rules run on both) against loading both (best of 3)",
                    ["bodies", "load both s", "diff s", "diff / load", "changes"], diff)
        Table.print("Peak resident memory of `mandate check` (largest of 3) and of the peer, whole processes",
                    ["bodies", "file MB", "peak MB", "peak / file", "peer peak MB", "mandate / peer"], memory)
        try MemoryBenchmark.run(bodies: sizes.max() ?? 100_000, folder: folder, mandate: mandate)
        try WorkspaceBenchmark.run(bodies: sizes.max() ?? 100_000, perFile: [60, 1_000], folder: folder, mandate: mandate)
        try AnalysisBenchmark.run(bodies: sizes.max() ?? 100_000, folder: folder, mandate: mandate)
        try LanguageServerBenchmark.run(folder: folder, mandate: mandate, edits: 1_000, workspaceBodies: sizes.max() ?? 100_000)
        try ServeBenchmark.run(folder: folder, mandate: mandate, saves: 40, workspaceBodies: sizes.max() ?? 100_000)
        try SheetsBenchmark.run(folder: folder)
        try TimelineBenchmark.run(bodies: sizes.max() ?? 100_000, dates: 1_000)
        try PhasesCommand.printTable(sizes: [sizes.max() ?? 100_000])

        let seeds = try FileManager.default.contentsOfDirectory(atPath: "Models").filter { $0.hasSuffix(".yaml") }.sorted()
        var seedRows: [[String]] = []
        for seed in seeds {
            let outcome = try ChildProcess.best(of: 10, [mandate, "check", "--at", "2026-06-01", "Models/\(seed)"])
            seedRows.append([seed, Table.format(outcome.seconds * 1000, 1)])
        }
        Table.print("`mandate check` on each bundled model, whole process (best of 10)", ["model", "ms"], seedRows)
    }

    private static func findingCount(_ json: String) -> Int {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let findings = (object["models"] as? [[String: Any]])?.first?["findings"] as? [Any] else { return -1 }
        return findings.count
    }
}
