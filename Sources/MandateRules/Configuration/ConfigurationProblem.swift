import MandateModel

/// What can make a `.mandate.yml` unusable: a problem of the file or its form, as the model loader reports
/// it, or a rule that does not exist.
package enum ConfigurationProblem: Hashable, Sendable {
    /// The file cannot be read, or a key or value is not of the form the configuration takes.
    case file(LoadError)
    /// A rule id that names no rule.
    case unknownRule(id: String, suggestion: String?)
    /// A baseline file that is not what `--write-baseline` writes.
    case notABaseline

    /// One line saying what is wrong.
    public var message: String {
        switch self {
        case .file(let error): error.message
        case .unknownRule(let id, _): "no rule is called '\(id)'"
        case .notABaseline: "this is not a baseline: it has no list of findings, each with a model, rule, bodies and fingerprint"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .file(let error): error.hint
        case .unknownRule(_, let suggestion): suggestion.map { "did you mean '\($0)'?" } ?? "`mandate rules` lists the rules"
        case .notABaseline: "write the baseline with `mandate check --write-baseline FILE`, and pass that file to --baseline"
        }
    }
}
