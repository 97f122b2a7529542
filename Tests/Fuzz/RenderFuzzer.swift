import MandateModel
import MandateRender

/// libFuzzer's entry: any model that loads is written as DOT and rendered by Graphviz; the renderer may
/// refuse with an error, but neither Mandate nor Graphviz may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let model = try? ModelLoader.load(contents: bytes, file: "fuzz.yaml", format: .yaml),
          model.bodies.count <= 60, let view = DiagramView(model: model, options: DiagramOptions(date: model.date)) else { return 0 }
    let dot = DOTWriter.write(view)
    precondition(dot == DOTWriter.write(view), "the same model gives the same DOT")
    if let svg = try? GraphvizRenderer.shared.render(dot: dot, format: .svg) {
        precondition(svg.starts(with: Array("<?xml".utf8)), "Graphviz wrote SVG")
    }
    return 0
}
