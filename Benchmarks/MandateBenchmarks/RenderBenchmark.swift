import Foundation
import MandateModel
import MandateRender
import MandateSynthesis

/// Memory over many renders, and the render loop the leak check runs under valgrind.
enum RenderBenchmark {
    /// Resident memory before and after `renders` renders of a seed model, after 20 to warm up.
    static func memory(renders: Int) throws {
        let seed = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let seedDot = DOTWriter.write(DiagramView(model: seed, options: DiagramOptions())!)
        for _ in 0..<20 { _ = try GraphvizRenderer.shared.render(dot: seedDot, format: .svg) }
        let before = ResidentMemory.kilobytes
        for _ in 0..<renders { _ = try GraphvizRenderer.shared.render(dot: seedDot, format: .svg) }
        let after = ResidentMemory.kilobytes
        print("Memory over \(renders) renders of Models/region-sjaelland-integrationsforum.yaml")
        print("resident: \(before) KB after 20 renders to warm up, \(after) KB after \(renders) more: "
              + "\(Table.format(Double(after - before) * 1024 / Double(renders), 0)) bytes per render")
    }

    /// Renders a seed model `count` times and nothing else: the workload for a leak check under valgrind.
    static func loop(count: Int) throws {
        let seed = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let dot = DOTWriter.write(DiagramView(model: seed, options: DiagramOptions())!)
        var bytes = 0
        for _ in 0..<count { bytes += try GraphvizRenderer.shared.render(dot: dot, format: .svg).count }
        print("rendered \(count) times, \(bytes) bytes")
    }
}
