import Foundation

/// Loads a workspace: every model file below a folder as one structure, in two passes. The first reads
/// each file and indexes its ids as `MODEL/ID`; the second decodes each file, resolving references to the
/// others through the indexes. The files that load are joined into one ``Model``; a file that does not
/// load is reported, and the files that depend on it are left out, saying so.
public enum WorkspaceLoader {
    /// One file as read: its name as messages give it, its path from the workspace's folder, and its bytes
    /// (or why they cannot be read).
    public struct Source: Sendable {
        public let file: String
        public let path: String
        public let bytes: Result<[UInt8], LoadFailure>

        /// Creates a source.
        public init(file: String, path: String, bytes: Result<[UInt8], LoadFailure>) {
            self.file = file
            self.path = path
            self.bytes = bytes
        }
    }

    /// Loads the workspace whose folder is `root`, reading its files from disk.
    public static func load(root: String) -> WorkspaceLoad {
        let folder = root.hasSuffix("/") ? String(root.dropLast()) : root
        let sources = WorkspaceFolder.candidates(in: root).map { path in
            let file = folder == "." ? path : folder + "/" + path
            // The folder's listing says each is a file: read at once, without looking it up again.
            let bytes = ModelLoader.readBytes(file).map { Result<[UInt8], LoadFailure>.success($0) } ?? .failure(LoadFailure([
                LoadDiagnostic(.unreadableFile(reason: "permission denied or read error"), at: SourceLocation(file: file, line: 1, column: 1)),
            ]))
            return Source(file: file, path: path, bytes: bytes)
        }
        let settings = FileManager.default.contents(atPath: folder + "/" + WorkspaceFolder.markerFile).flatMap {
            WorkspaceSettings(configuration: [UInt8]($0), file: WorkspaceFolder.markerFile)
        }
        return load(root: folder, sources: sources, title: settings?.title)
    }

    /// Loads a workspace from files already read; `root` names its folder, `title` is the workspace's title.
    public static func load(root: String, sources: [Source], title: String?) -> WorkspaceLoad {
        WorkspaceSession(root: root, title: title).load(sources)
    }

    /// One structure of the files' models: their elements in file order, the latest of their dates, the language
    /// most of them ask for.
    static func joined(_ parts: [(model: Model, path: String)], root: String, title: String?, kinds: [OwnKind]) -> Model {
        let name = root == "." ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
            : String(root.split(separator: "/").last ?? Substring(root))
        let languages = parts.compactMap(\.model.language)
        let language = Set(languages).max { first, second in
            let (a, b) = (languages.filter { $0 == first }.count, languages.filter { $0 == second }.count)
            return a != b ? a < b : languages.firstIndex(of: first)! > languages.firstIndex(of: second)!
        }
        var bodies: [Body] = []
        bodies.reserveCapacity(parts.reduce(0) { $0 + $1.model.bodies.count })
        for part in parts {
            let first = bodies.count
            bodies.append(contentsOf: part.model.bodies)
            // An id a body had before is an id of its file's model.
            for position in first..<bodies.count where !bodies[position].formerly.isEmpty {
                bodies[position].formerly = bodies[position].formerly.map { $0.utf8.contains(UInt8(ascii: "/")) ? $0 : "\(part.model.id)/\($0)" }
            }
        }
        return Model(id: name, title: title, date: parts.compactMap(\.model.date).max(), language: language, file: root,
                     organisations: parts.flatMap(\.model.organisations), units: parts.flatMap(\.model.units),
                     roles: parts.flatMap(\.model.roles), bodies: bodies, kinds: kinds,
                     files: parts.map { $0.model.files[0].at(path: $0.path) })
    }
}
