import MandateModel

/// The formats `mandate export` writes a model in, each with its writer.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// JSON in the structure of the model file.
    case json
    /// A YAML model file, as a person would write it.
    case yaml
    /// A Mermaid flowchart.
    case mermaid
    /// GraphML, for yEd, Gephi and NetworkX.
    case graphml
    /// JSON-LD in the W3C Organization Ontology.
    case jsonld

    /// Whether the format writes a body's dated changes; the others show the relations of one date.
    public var keepsChanges: Bool { self == .json || self == .yaml }

    /// Writes `model` in this format.
    public func write(_ model: Model) -> String {
        switch self {
        case .json: ModelJSONWriter.write(model)
        case .yaml: ModelYAMLWriter.write(model)
        case .mermaid: MermaidExporter.write(model)
        case .graphml: GraphMLExporter.write(model)
        case .jsonld: ORGExporter.write(model)
        }
    }
}
