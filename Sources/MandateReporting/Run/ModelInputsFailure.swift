/// Why a command that takes one model cannot go on.
public enum ModelInputsFailure: Error, CustomStringConvertible {
    /// The files could not be used.
    case problems([RunProblem])
    /// The arguments name no model, or several (a folder of several files).
    case notOne([String])

    public var description: String {
        switch self {
        case .problems(let problems): problems.map(\.description).joined(separator: "\n")
        case .notOne(let files) where files.isEmpty: "error: no model to use; name a model file"
        case .notOne(let files):
            "error: this command takes one model, and \(files.count) are named: \(files.joined(separator: ", ")); name one of them, "
                + "or make their folder one workspace with a .mandate.yml that says 'workspace: true'"
        }
    }
}
