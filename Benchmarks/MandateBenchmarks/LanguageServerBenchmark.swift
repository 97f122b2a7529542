import Foundation
import MandateSynthesis

/// `mandate lsp` as an editor sees it: the time from an edit (`didChange`) to its diagnostics (`publishDiagnostics`)
/// in a 1,000-body file and in one file of a 100,000-body workspace of many files, beside a whole `mandate check` of
/// the same file (what a planner ran after each save before); and the server's memory over 1,000 edits.
enum LanguageServerBenchmark {
    static func run(folder: URL, mandate: String, edits: Int, workspaceBodies: Int) throws {
        var rows: [[String]] = []
        var memory: [[String]] = []
        // One file of 1,000 bodies.
        let file = folder.appendingPathComponent("lsp-1000.yaml")
        try SyntheticModel(bodyCount: 1_000).yaml().write(to: file, atomically: true, encoding: .utf8)
        let (fileLatencies, fileMemory, fileOpen) = try measure(file, mandate: mandate, edits: edits, memoryEvery: edits / 4)
        rows.append(row("1,000 bodies, one file", fileOpen, fileLatencies, peer: try ChildProcess.best(of: 3, [mandate, "check", file.path]).seconds))
        memory.append(["1,000 bodies, one file"] + fileMemory.map { Table.format(Double($0) / 1024, 1) })
        // One file of a workspace of many files.
        let root = folder.appendingPathComponent("lsp-workspace-\(workspaceBodies)")
        let files = try SyntheticWorkspace(SyntheticModel(bodyCount: workspaceBodies), maximumBodiesPerFile: 60).write(to: root)
        let part = root.appendingPathComponent(files.first { $0.path.hasPrefix("parts/") }!.path)
        let workspaceEdits = max(edits / 10, 20)
        let (latencies, workspaceMemory, open) = try measure(part, mandate: mandate, edits: workspaceEdits, memoryEvery: workspaceEdits / 4)
        rows.append(row("\(workspaceBodies) bodies, \(files.count - 1) files", open, latencies,
                        peer: try ChildProcess.best(of: 3, [mandate, "check", part.path]).seconds))
        memory.append(["\(workspaceBodies) bodies, \(files.count - 1) files"] + workspaceMemory.map { Table.format(Double($0) / 1024, 1) })
        Table.print("`mandate lsp`: from an edit to its diagnostics (ms), against a whole `mandate check` of the file (ms)",
                    ["structure", "open ms", "edits", "p50 ms", "p95 ms", "max ms", "check ms"], rows)
        Table.print("`mandate lsp`: resident memory (MiB) after opening and after each quarter of the edits",
                    ["structure", "open", "1/4", "2/4", "3/4", "4/4"], memory)
    }

    /// Opens `file` in a fresh server and edits one body's name `edits` times; the latency of each edit in seconds,
    /// the memory after opening and after each `memoryEvery` edits, and the time from opening to the first diagnostics.
    private static func measure(_ file: URL, mandate: String, edits: Int, memoryEvery: Int) throws -> ([Double], [Int], Double) {
        let client = try LanguageServerClient(mandate: mandate)
        let text = try String(contentsOf: file, encoding: .utf8)
        let uri = file.absoluteString
        let clock = ContinuousClock()
        var start = clock.now
        client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": text]])
        _ = client.diagnostics(of: uri, version: 1)
        let open = seconds(start.duration(to: clock.now))
        var memory = [client.residentKilobytes]
        var latencies: [Double] = []
        let name = text.range(of: "name: ")!
        for edit in 1...edits {
            let edited = text.replacingCharacters(in: name, with: "name: Edit \(edit) ")
            start = clock.now
            client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": edit + 1], "contentChanges": [["text": edited]]])
            _ = client.diagnostics(of: uri, version: edit + 1)
            latencies.append(seconds(start.duration(to: clock.now)))
            if edit % max(memoryEvery, 1) == 0 { memory.append(client.residentKilobytes) }
        }
        client.stop()
        return (latencies, Array(memory.prefix(5)), open)
    }

    private static func row(_ name: String, _ open: Double, _ latencies: [Double], peer: Double) -> [String] {
        let sorted = latencies.sorted()
        let percentile = { (fraction: Double) in sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)] }
        return [name, Table.format(open * 1000, 0), "\(latencies.count)", Table.format(percentile(0.5) * 1000, 1), Table.format(percentile(0.95) * 1000, 1),
                Table.format(sorted.last! * 1000, 1), Table.format(peer * 1000, 0)]
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
