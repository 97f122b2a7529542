/// One file of a structure: the model it declares and what the file says of itself. A model loaded from one
/// file has one; a workspace has one per file, and each element's id starts with its file's model (`MODEL/ID`).
public struct ModelFile: Hashable, Sendable {
    /// The file's model id (`model:`), unique in its workspace.
    public let model: String
    /// The file as the user named it (or as found below the folder named), as locations name it.
    public let file: String
    /// The file's path from the workspace's folder; the file's name as given for a file on its own. Two
    /// versions of a workspace are matched file by file through it.
    public let path: String
    public let title: String?
    /// Where the file's facts come from.
    public let source: String?
    /// Who keeps the file (`owner:`): a team or an address. Findings in the file carry it.
    public let owner: String?
    public let date: Day?
    public let language: ModelLanguage?

    /// Creates the description of a file.
    public init(model: String, file: String, path: String, title: String? = nil, source: String? = nil, owner: String? = nil,
                date: Day? = nil, language: ModelLanguage? = nil) {
        self.model = model
        self.file = file
        self.path = path
        self.title = title
        self.source = source
        self.owner = owner
        self.date = date
        self.language = language
    }

    /// The same file at another path from the workspace's folder.
    package func at(path: String) -> ModelFile {
        ModelFile(model: model, file: file, path: path, title: title, source: source, owner: owner, date: date, language: language)
    }
}
