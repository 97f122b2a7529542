import Foundation
import MandateModel
import MandateRender
import MandateSynthesis

/// Diagrams in sheets against the one page they replace: the shapes that could not be read on one page,
/// planned and rendered in-process, against `dot -Tsvg` drawing the whole structure as one page.
enum SheetsBenchmark {
    static let shapes: [(name: String, model: SyntheticModel)] = [
        ("wide: 2 roots, 50 committees each, up to 28 under one", SyntheticModel(bodyCount: 230, tree: .wide(roots: 2, children: 50, grandchildren: 28))),
        ("flat: one parent, 200 leaves", SyntheticModel(bodyCount: 201, tree: .flat)),
        ("random: the benchmarks' 1,000 bodies", SyntheticModel(bodyCount: 1_000)),
    ]

    static func run(folder: URL) throws {
        var rows: [[String]] = []
        for (name, synthetic) in shapes {
            let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "synthetic.yaml", format: .yaml)
            let view = DiagramView(model: model, options: DiagramOptions(date: model.date))!
            let onePage = folder.appendingPathComponent("one-page-\(synthetic.bodyCount).dot")
            try DOTWriter.write(view).write(to: onePage, atomically: true, encoding: .utf8)
            var plan = Double.infinity
            var svg = Double.infinity
            var pdf = Double.infinity
            var dot = Double.infinity
            var count = 0
            for _ in 0..<3 {
                let planned = Stopwatch.best(of: 1) { DiagramSheets(view: view).sheets }
                plan = min(plan, planned.seconds)
                count = planned.result.count
                svg = min(svg, try Stopwatch.best(of: 1) { try GraphvizRenderer.shared.render(DiagramSheets(view: view).sheets, format: .svg) }.seconds)
                pdf = min(pdf, try Stopwatch.best(of: 1) { try GraphvizRenderer.shared.render(DiagramSheets(view: view).sheets, format: .pdf) }.seconds)
                dot = min(dot, try ChildProcess.run(["dot", "-Tsvg", onePage.path]).seconds)
            }
            rows.append([name, String(model.bodies.count), String(count), Table.format(plan), Table.format(svg), Table.format(pdf),
                         Table.format(dot), Table.format(svg / dot, 2) + "x"])
        }
        Table.print("Diagrams in A4 sheets, planned and rendered in-process, against `dot -Tsvg` drawing the same structure as one page "
                    + "(best of 3, alternating)",
                    ["structure", "bodies", "sheets", "plan s", "plan+SVG s", "plan+PDF s", "one page dot s", "SVG / dot"], rows)
    }
}
