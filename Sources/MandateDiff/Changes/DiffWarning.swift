import MandateModel

/// Something a comparison could not settle from the models, at its place in a file: a `predecessors` or
/// `formerly` id that names a body in neither model, or a name that several unmatched bodies carry.
public struct DiffWarning: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String
    /// What to write instead.
    public let hint: String

    /// Creates a warning.
    public init(_ message: String, hint: String, at location: SourceLocation) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: warning: message`, then the hint on an indented line.
    public var description: String {
        "\(location): warning: \(message)\n  hint: \(hint)"
    }

    public static func < (lhs: DiffWarning, rhs: DiffWarning) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
