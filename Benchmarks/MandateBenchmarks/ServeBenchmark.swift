import Foundation
import MandateSynthesis

/// `mandate serve`: the time from a saved edit to its event on the stream, for a 1,000-body file and for one file of a
/// 100,000-body workspace; and the page of the 1,000-body structure (written on the first request after a change,
/// then kept), beside `mandate report` of the same file.
enum ServeBenchmark {
    static func run(folder: URL, mandate: String, saves: Int, workspaceBodies: Int) throws {
        var rows: [[String]] = []
        let file = folder.appendingPathComponent("serve-1000.yaml")
        try SyntheticModel(bodyCount: 1_000).yaml().write(to: file, atomically: true, encoding: .utf8)
        let (latencies, page) = try measure(file, watching: file.path, mandate: mandate, saves: saves, fetchPage: true)
        rows.append(row("1,000 bodies, one file", latencies))
        let report = try ChildProcess.best(of: 3, [mandate, "report", file.path, "-o", folder.appendingPathComponent("serve-1000.html").path])

        let root = folder.appendingPathComponent("serve-workspace-\(workspaceBodies)")
        let files = try SyntheticWorkspace(SyntheticModel(bodyCount: workspaceBodies), maximumBodiesPerFile: 60).write(to: root)
        let part = root.appendingPathComponent(files.first { $0.path.hasPrefix("parts/") }!.path)
        let (workspaceLatencies, _) = try measure(part, watching: root.path, mandate: mandate, saves: max(saves / 2, 10), fetchPage: false)
        rows.append(row("\(workspaceBodies) bodies, \(files.count - 1) files", workspaceLatencies))
        Table.print("`mandate serve`: from a saved edit to its event (ms)", ["structure", "saves", "p50 ms", "p95 ms", "max ms"], rows)
        Table.print("`mandate serve`: the page of 1,000 bodies, against `mandate report` of the file (best of 3)",
                    ["first request after a change s", "next request s", "MB", "mandate report s"],
                    [[Table.format(page.first, 2), Table.format(page.next, 3), Table.format(Double(page.bytes) / 1_000_000, 1),
                      Table.format(report.seconds, 2)]])
    }

    /// Serves `watching`, saves `file` `saves` times with one body's name changed, and times each save to its event;
    /// with `fetchPage`, also the page's first and next request after the last save.
    private static func measure(_ file: URL, watching: String, mandate: String, saves: Int, fetchPage: Bool) throws
        -> ([Double], (first: Double, next: Double, bytes: Int)) {
        let server = Process()
        let output = Pipe()
        server.executableURL = URL(fileURLWithPath: mandate)
        server.arguments = ["serve", "--port", "0", watching]
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            kill(server.processIdentifier, SIGINT)
            server.waitUntilExit()
        }
        let announced = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = Int(announced.components(separatedBy: "127.0.0.1:").last?.prefix { $0.isNumber } ?? "") ?? -1
        let events = try EventStreamReader(port: port)
        guard events.wait(for: 0) else { throw CocoaError(.fileReadUnknown) }
        let text = try String(contentsOf: file, encoding: .utf8)
        let name = text.range(of: "name: ")!
        var latencies: [Double] = []
        for save in 1...saves {
            // Apart by more than the modification time's resolution, and past the poll that follows the save before.
            Thread.sleep(forTimeInterval: 0.3)
            let start = Date()
            try text.replacingCharacters(in: name, with: "name: Save \(save) ").write(to: file, atomically: true, encoding: .utf8)
            guard events.wait(for: save) else { throw CocoaError(.fileReadUnknown) }
            latencies.append(Date().timeIntervalSince(start))
        }
        guard fetchPage else { return (latencies, (0, 0, 0)) }
        let first = EventStreamReader.fetch(port: port)
        let next = EventStreamReader.fetch(port: port)
        return (latencies, (first.seconds, next.seconds, first.bytes))
    }

    private static func row(_ name: String, _ latencies: [Double]) -> [String] {
        let sorted = latencies.sorted()
        let percentile = { (fraction: Double) in sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)] }
        return [name, "\(latencies.count)", Table.format(percentile(0.5) * 1000, 0), Table.format(percentile(0.95) * 1000, 0),
                Table.format(sorted.last! * 1000, 0)]
    }
}
