/// How a comparison diagram marks a body or a line: new in the after model, gone from it, or changed.
package enum DiagramMark: String, Hashable, Sendable, CaseIterable {
    case added
    case removed
    case changed

    /// The colour of the mark's outline and lines.
    var colour: String {
        switch self {
        case .added: "#38761d"
        case .removed: "#cc0000"
        case .changed: "#e69138"
        }
    }
}
