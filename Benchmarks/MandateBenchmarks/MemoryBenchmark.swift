import Foundation
import MandateModel
import MandateRules
import MandateSynthesis

/// Where the memory of `mandate check` goes, by phase in-process, and its peak as a whole process beside the
/// PyYAML + NetworkX peer's, for the typical, dense and joint shapes of a synthetic model.
enum MemoryBenchmark {
    /// The resident set's growth, in MiB, as one process reads `file`, parses it into a located tree, decodes the
    /// model (the tree freed after) and checks it; and the number of findings.
    static func phases(of file: String) throws -> [String] {
        let start = ResidentMemory.kilobytes
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
        let read = ResidentMemory.kilobytes
        var withTree = 0
        do {
            let tree = try ModelLoader.parse(contents: bytes, file: file, format: .yaml)
            withTree = ResidentMemory.kilobytes
            _ = tree.root
        }
        let afterTree = ResidentMemory.kilobytes
        let model = try ModelLoader.load(contents: bytes, file: file, format: .yaml)
        let withModel = ResidentMemory.kilobytes
        let report = Checker().check(model, at: Day("2026-06-01")!)
        let checked = ResidentMemory.kilobytes
        let mib = { (kilobytes: Int) in Table.format(Double(kilobytes) / 1024, 1) }
        return [mib(read - start), mib(withTree - read), mib(withModel - afterTree), mib(checked - withModel), String(report.findings.count)]
    }

    static func run(bodies: Int, folder: URL, mandate: String) throws {
        var peaks: [[String]] = []
        var phases: [[String]] = []
        for shape in [SyntheticShape.typical, .dense, .joint] {
            let file = folder.appendingPathComponent("memory-\(shape)-\(bodies).yaml")
            try SyntheticModel(bodyCount: bodies, shape: shape).yaml().write(to: file, atomically: true, encoding: .utf8)
            let megabytes = Double((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1_000_000
            let peak = try (0..<3).map { _ in try ChildProcess.peakMemory([mandate, "check", "--at", "2026-06-01", file.path]) }.max()!
            let peer = try ChildProcess.peakMemory(["python3", "Benchmarks/Peer/check_networkx.py", file.path, "2026-06-01"])
            peaks.append(["\(shape)", Table.format(megabytes, 1), Table.format(Double(peak) / 1024, 1), Table.format(Double(peer) / 1024, 1),
                          Table.format(Double(peak) / Double(peer), 3) + "x", "1/" + Table.format(Double(peer) / Double(peak), 1)])
            // Each phase's growth of the resident set, in a fresh process so that no freed memory is reused.
            let benchmarks = CommandLine.arguments[0]
            let growth = try ChildProcess.run([benchmarks, "memory", "--phases", file.path]).output
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
            phases.append(["\(shape)", Table.format(megabytes, 1)] + growth)
        }
        Table.print("Peak resident memory of `mandate check` (largest of 3) and of the peer, whole processes, \(bodies) bodies",
                    ["shape", "file MB", "mandate MiB", "peer MiB", "mandate / peer", ""], peaks)
        Table.print("Where it goes, in-process: the file, the located tree, the model (and decoding's leftovers), the check",
                    ["shape", "file MB", "bytes + MiB", "tree + MiB", "model + MiB", "check + MiB", "findings"], phases)
    }
}
