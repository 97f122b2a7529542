import MandateModel
import MandateRules

/// A file that could not be used in a run: a model that could not be loaded, or a configuration or baseline
/// that could not be read, at its place in the file.
public struct RunProblem: Hashable, Sendable, CustomStringConvertible {
    /// What could not be used.
    public enum Kind: String, Sendable {
        /// A model file.
        case load = "load-error"
        /// A `.mandate.yml` or a baseline.
        case configuration = "configuration-error"
        /// A file of a workspace that loads but was left out: it names elements of a file that does not load.
        case unchecked = "not-checked"
    }

    public let kind: Kind
    public let location: SourceLocation
    public let message: String
    public let hint: String

    /// Creates a problem.
    public init(kind: Kind, location: SourceLocation, message: String, hint: String) {
        self.kind = kind
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// The problems of a model that could not be loaded.
    public static func problems(_ failure: LoadFailure) -> [RunProblem] {
        failure.diagnostics.map { RunProblem(kind: .load, location: $0.location, message: $0.message, hint: $0.hint) }
    }

    /// The problems of a configuration or baseline that could not be read.
    public static func problems(_ failure: ConfigurationFailure) -> [RunProblem] {
        failure.diagnostics.map { RunProblem(kind: .configuration, location: $0.location, message: $0.problem.message, hint: $0.problem.hint) }
    }

    /// The problems of a workspace whose files did not all load: their errors, and the files left out for them.
    public static func problems(_ load: WorkspaceLoad) -> [RunProblem] {
        (load.failure.map(problems) ?? []) + load.unchecked.map(unchecked)
    }

    /// A file of a workspace left out because it names elements of `models`, whose files do not load.
    public static func unchecked(file: String, dependsOn models: [String]) -> RunProblem {
        let named = models.map { "'\($0)'" }.joined(separator: ", ")
        return RunProblem(kind: .unchecked, location: SourceLocation(file: file, line: 1, column: 1),
                          message: "not checked: it names elements of \(models.count == 1 ? "the model" : "the models") \(named), whose file does not load",
                          hint: "correct the errors above; the other files of the workspace were checked")
    }

    /// `file:line:column: error: message` (`note:` for a file left out), then the hint on an indented line.
    public var description: String {
        "\(location): \(kind == .unchecked ? "note" : "error"): \(message)\n  hint: \(hint)"
    }
}
