/// A workspace as loaded: one structure of every file that loads, and what stopped the others.
public struct WorkspaceLoad: Sendable {
    /// The structure of the files that load and depend on no file that does not; `nil` when none does.
    public let model: Model?
    /// The problems of the files that do not load, each at its place.
    public let failure: LoadFailure?
    /// Files left out of the structure, though they load, because they name elements of a file that does not:
    /// each with the models it depends on that do not load.
    public let unchecked: [(file: String, dependsOn: [String])]
    /// Files below the folder that are not models (they declare no `mandate:`).
    public let skipped: [String]
    /// Every model file of the workspace, loaded or not.
    public let files: [String]
}
