import CGraphviz
import Foundation

/// Lays out and renders DOT in-process through libgvc. The only file that touches the C library.
///
/// One `GVC_t` context serves the whole process: freeing a context and creating another leaves Graphviz's
/// text-layout plugin reading freed memory. cgraph is not thread-safe, so every call is serialised. Each
/// render's graph, layout and output buffer are released on every path, and Graphviz's own messages are
/// captured and returned in the error rather than printed.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The renderer of this process.
    public static let shared = GraphvizRenderer()

    private let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        context = gvContext()
        _ = agseterrf(graphvizMessageSink)
        _ = agseterr(AGWARN)
    }

    /// Lays out `dot` with `engine` and renders it as `format`; ``RenderFormat/dot`` gives the DOT itself.
    public func render(dot: String, format: RenderFormat, engine: LayoutEngine = .dot) throws(RenderError) -> [UInt8] {
        guard format != .dot else { return Array(dot.utf8) }
        return try render(dot: dot, format: format.rawValue, engine: engine.rawValue)
    }

    /// The natural size of `dot` laid out with `engine`, in points: Graphviz's bounding box before any
    /// `size` scales it.
    package func naturalSize(dot: String, engine: LayoutEngine = .dot) throws(RenderError) -> PageSize {
        lock.lock()
        defer { lock.unlock() }
        GraphvizMessages.reset()
        _ = agreseterrors()
        guard let graph = Self.read(dot), agerrors() < Int32(AGERR.rawValue) else { throw .syntax(messages: GraphvizMessages.take()) }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine.rawValue) == 0 else { throw .layout(engine: engine.rawValue, messages: GraphvizMessages.take()) }
        defer { gvFreeLayout(context, graph) }
        // GD_bb(graph): the layout's bounding box, in the graph's record of layout data.
        guard let data = graph.pointee.base.data else { throw .layout(engine: engine.rawValue, messages: ["no layout data"]) }
        let box = UnsafeMutableRawPointer(data).assumingMemoryBound(to: Agraphinfo_t.self).pointee.bb
        return PageSize(width: box.UR.x - box.LL.x, height: box.UR.y - box.LL.y)
    }

    /// Lays out and renders through any engine and output format the installed plugins offer.
    func render(dot: String, format: String, engine: String) throws(RenderError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        GraphvizMessages.reset()
        _ = agreseterrors()
        let gvc = context
        guard let graph = Self.read(dot) else {
            throw .syntax(messages: GraphvizMessages.take())
        }
        defer { agclose(graph) }
        guard agerrors() < Int32(AGERR.rawValue) else { throw .syntax(messages: GraphvizMessages.take()) }
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw .layout(engine: engine, messages: GraphvizMessages.take())
        }
        defer { gvFreeLayout(gvc, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data, agerrors() < Int32(AGERR.rawValue) else {
            throw .render(format: format, messages: GraphvizMessages.take())
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}

extension GraphvizRenderer {
    /// Parses DOT with ``GraphvizIdentifiers``, so that the output does not depend on earlier renders.
    private static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(dot.utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<Agraph_t>? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return agread(file, GraphvizIdentifiers.discipline)
        }
    }
}

/// Receives Graphviz's error and warning messages (cgraph calls it instead of writing to stderr).
private func graphvizMessageSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { GraphvizMessages.append(String(cString: message)) }
    return 0
}
