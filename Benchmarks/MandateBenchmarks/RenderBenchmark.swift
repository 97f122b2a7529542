import Foundation
import MandateModel
import MandateRender
import MandateSynthesis

/// Render time in-process against `dot -Tsvg` on the same DOT, and memory over many renders.
enum RenderBenchmark {
    static func run(bodies: Int, renders: Int, runs: Int = 7) throws {
        let seed = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let seedDot = DOTWriter.write(DiagramView(model: seed, options: DiagramOptions())!)
        for _ in 0..<20 { _ = try GraphvizRenderer.shared.render(dot: seedDot, format: "svg") }
        let before = ResidentMemory.kilobytes
        for _ in 0..<renders { _ = try GraphvizRenderer.shared.render(dot: seedDot, format: "svg") }
        let after = ResidentMemory.kilobytes
        print("Memory over \(renders) renders of Models/region-sjaelland-integrationsforum.yaml, before any larger render")
        print("resident: \(before) KB after 20 renders to warm up, \(after) KB after \(renders) more: "
              + "\(Table.format(Double(after - before) * 1024 / Double(renders), 0)) bytes per render")

        let model = try ModelLoader.load(contents: Array(SyntheticModel(bodyCount: bodies).yaml().utf8), file: "synthetic.yaml", format: .yaml)
        let view = DiagramView(model: model, options: DiagramOptions())!
        let dot = DOTWriter.write(view)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-benchmark-\(bodies).dot")
        try dot.write(to: file, atomically: true, encoding: .utf8)
        // The two sides alternate, so that a busy moment on the machine does not fall on one side only.
        var inProcess = (seconds: Double.infinity, result: [UInt8]())
        var spawned = (seconds: Double.infinity, result: 0)
        for _ in 0..<runs {
            let mine = try Stopwatch.best(of: 1) { try GraphvizRenderer.shared.render(dot: DOTWriter.write(view), format: "svg") }
            if mine.seconds < inProcess.seconds { inProcess = mine }
            let theirs = try Stopwatch.best(of: 1) { () -> Int in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["dot", "-Tsvg", file.path]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let bytes = pipe.fileHandleForReading.readDataToEndOfFile().count
                process.waitUntilExit()
                return bytes
            }
            if theirs.seconds < spawned.seconds { spawned = theirs }
        }
        print("\nRendering a \(bodies)-body model as SVG, DOT writing included (best of \(runs) alternating runs)")
        print(["mandate s", "dot -Tsvg s", "mandate / dot", "same bytes"].map { Table.pad($0, 15) }.joined())
        print([Table.format(inProcess.seconds), Table.format(spawned.seconds), Table.format(inProcess.seconds / spawned.seconds, 3) + "x",
               inProcess.result.count == spawned.result ? "yes" : "no"].map { Table.pad($0, 15) }.joined())

    }

    /// Renders a seed model `count` times and nothing else: the workload for a leak check under valgrind.
    static func loop(count: Int) throws {
        let seed = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let dot = DOTWriter.write(DiagramView(model: seed, options: DiagramOptions())!)
        var bytes = 0
        for _ in 0..<count { bytes += try GraphvizRenderer.shared.render(dot: dot, format: "svg").count }
        print("rendered \(count) times, \(bytes) bytes")
    }
}
