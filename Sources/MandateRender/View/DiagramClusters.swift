/// What the boxes around groups of bodies in a diagram stand for.
public enum DiagramClusters: String, Hashable, Sendable, CaseIterable {
    /// A box per organisation, around the bodies and units that belong to it.
    case organisation
    /// A box per file of a workspace, around the bodies and units it declares, titled with the file's title
    /// (or path) and owner.
    case file
}
