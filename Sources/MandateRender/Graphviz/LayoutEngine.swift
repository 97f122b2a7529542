/// The Graphviz layout engines a diagram can be laid out with.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical: the right choice for reporting lines.
    case dot
    case neato
    case fdp
    case sfdp
    case circo
    case twopi
}
