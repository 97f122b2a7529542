import Foundation

/// What a file of a workspace knows of the others while it is decoded: every model's ids, the models whose
/// files do not load, and where each file is, so that a reference written `MODEL/ID` resolves or is
/// reported with a hint. A class: every file's decoder shares the one scope.
final class WorkspaceScope: Sendable {
    /// The workspace's folder.
    let root: String
    /// Each model's ids and aliases, qualified `MODEL/ID`, by model id.
    let indexes: [String: IdentifierIndex]
    /// Models whose files do not decode: a reference to one is accepted as written and marks the referring
    /// file as depending on it.
    let broken: Set<String>
    /// Each model's file, as messages name it.
    let modelsByFile: [String: String]
    /// The kinds of body every file declares, known throughout the workspace.
    let kinds: [String: BodyKind]

    init(root: String, indexes: [String: IdentifierIndex], broken: Set<String>, modelsByFile: [String: String], kinds: [String: BodyKind]) {
        self.root = root
        self.indexes = indexes
        self.broken = broken
        self.modelsByFile = modelsByFile
        self.kinds = kinds
    }

    /// The element `id` names in `model`'s file; `nil` where that file declares no such id (or is not known).
    func lookup(_ id: String, in model: String) -> EntityID? {
        indexes[model]?.lookup(id)
    }

    /// Every model id, for "did you mean" hints.
    var modelNames: [String] { (Array(indexes.keys) + Array(broken)).sorted() }

    /// `path` made absolute and standard, for comparing places.
    static func standard(_ path: String) -> String {
        WorkspaceFolder.standard(path)
    }

    /// The model of the file at `path` (absolute and standard), if it is one of the workspace's.
    func model(ofFile path: String) -> String? {
        modelsByFile.first { Self.standard($0.key) == path }?.value
    }

    /// Whether `path` (absolute and standard) lies below the workspace's folder.
    func contains(_ path: String) -> Bool {
        let folder = Self.standard(root)
        return path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
