import MandateModel

/// The error thrown when a configuration file cannot be used: every problem found, in file order.
public struct ConfigurationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    package let diagnostics: [ConfigurationDiagnostic]

    /// Creates a failure from its diagnostics, sorted by location.
    package init(_ diagnostics: [ConfigurationDiagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// The problems of reading the file, as configuration problems.
    init(_ failure: LoadFailure) {
        self.init(failure.diagnostics.map { ConfigurationDiagnostic(.file($0.error), at: $0.location) })
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
