import Foundation
import MandateSynthesis

/// `mandate check` of one structure kept as one file and as a workspace of many files (a file per subtree of
/// at most so many bodies, references across files written `MODEL/ID`): time and peak memory of the whole
/// process, side by side.
enum WorkspaceBenchmark {
    /// `perFile` are the largest files to try: at 100,000 bodies, 60 gives about 3,900 files, 1,000 a few hundred.
    static func run(bodies: Int, perFile: [Int], folder: URL, mandate: String) throws {
        var rows: [[String]] = []
        for (name, tree) in [("random", SyntheticTree.random), ("wide", .wide(roots: 2, children: 50, grandchildren: 28))] {
            let model = SyntheticModel(bodyCount: bodies, tree: tree)
            let single = folder.appendingPathComponent("workspace-\(name)-\(bodies).yaml")
            try model.yaml().write(to: single, atomically: true, encoding: .utf8)
            let check = { (path: String) in [mandate, "check", "--at", "2026-06-01", path] }
            let oneFile = try ChildProcess.best(of: 3, check(single.path))
            let oneFilePeak = try (0..<3).map { _ in try ChildProcess.peakMemory(check(single.path)) }.max()!
            for most in perFile {
                let root = folder.appendingPathComponent("workspace-\(name)-\(bodies)-\(most)")
                let files = try SyntheticWorkspace(model, maximumBodiesPerFile: most).write(to: root)
                let workspace = try ChildProcess.best(of: 3, check(root.path))
                let workspacePeak = try (0..<3).map { _ in try ChildProcess.peakMemory(check(root.path)) }.max()!
                rows.append([name, "\(most)", "\(files.count - 1)", Table.format(oneFile.seconds, 2), Table.format(workspace.seconds, 2),
                             Table.format(workspace.seconds / oneFile.seconds, 2) + "x",
                             Table.format(Double(oneFilePeak) / 1024, 1), Table.format(Double(workspacePeak) / 1024, 1),
                             Table.format(Double(workspacePeak) / Double(oneFilePeak), 2) + "x"])
                try? FileManager.default.removeItem(at: root)
            }
        }
        Table.print("`mandate check` of \(bodies) bodies as one file and as a workspace (best of 3 s; largest peak of 3 MiB)",
                    ["tree", "per file", "files", "one file s", "workspace s", "ratio", "one file MiB", "workspace MiB", "ratio"], rows)
    }
}
