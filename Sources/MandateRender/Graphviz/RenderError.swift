import Foundation

/// Why Graphviz could not turn DOT into a diagram, with the messages Graphviz itself gave.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The DOT could not be read.
    case syntax(messages: [String])
    /// The layout failed, or the engine is unknown.
    case layout(engine: String, messages: [String])
    /// Rendering failed, or the format has no plugin.
    case render(format: String, messages: [String])

    public var description: String {
        switch self {
        case .syntax(let messages): "Graphviz could not read the diagram" + Self.detail(messages)
        case .layout(let engine, let messages): "Graphviz could not lay out the diagram with '\(engine)'" + Self.detail(messages)
        case .render(let format, let messages): "Graphviz could not write the diagram as '\(format)'" + Self.detail(messages)
        }
    }

    private static func detail(_ messages: [String]) -> String {
        let text = messages.joined().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        return text.isEmpty ? "" : ": \(text)"
    }
}
