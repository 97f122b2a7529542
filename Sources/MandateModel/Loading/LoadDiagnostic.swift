/// A load error at its place in a file.
package struct LoadDiagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let location: SourceLocation
    public let error: LoadError

    /// Creates a diagnostic.
    public init(_ error: LoadError, at location: SourceLocation) {
        self.location = location
        self.error = error
    }

    /// One line saying what is wrong.
    public var message: String { error.message }
    /// What to do about it.
    public var hint: String { error.hint }

    /// `file:line:column: error: message`, then the hint on an indented line.
    public var description: String {
        "\(location): error: \(message)\n  hint: \(hint)"
    }

    public static func < (lhs: LoadDiagnostic, rhs: LoadDiagnostic) -> Bool {
        lhs.location < rhs.location
    }
}
