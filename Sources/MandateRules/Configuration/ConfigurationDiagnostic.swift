import MandateModel

/// A configuration problem at its place in the file.
package struct ConfigurationDiagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let location: SourceLocation
    public let problem: ConfigurationProblem

    /// Creates a diagnostic.
    public init(_ problem: ConfigurationProblem, at location: SourceLocation) {
        self.location = location
        self.problem = problem
    }

    /// `file:line:column: error: message`, then the hint on an indented line.
    public var description: String {
        "\(location): error: \(problem.message)\n  hint: \(problem.hint)"
    }

    public static func < (lhs: ConfigurationDiagnostic, rhs: ConfigurationDiagnostic) -> Bool {
        lhs.location < rhs.location
    }
}
