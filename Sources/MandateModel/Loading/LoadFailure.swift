/// The error thrown when a model file cannot be used: every problem found, in file order.
public struct LoadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    package let diagnostics: [LoadDiagnostic]

    /// Creates a failure from its diagnostics, sorted by location.
    package init(_ diagnostics: [LoadDiagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
