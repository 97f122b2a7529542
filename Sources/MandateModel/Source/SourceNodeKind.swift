/// The three shapes a node of a YAML or JSON document takes.
package enum SourceNodeKind: UInt8, Sendable {
    case scalar
    case sequence
    case mapping

    /// How a message names this shape to the author of the file.
    public var noun: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
