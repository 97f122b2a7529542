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
        var failures: [LoadDiagnostic] = []
        var skipped: [String] = []
        var files: [String] = []
        var decoders: [(decoder: ModelDecoder, path: String)] = []
        var broken = Set<String>()
        // The first pass: read, parse and index every file, the files side by side on every core.
        for outcome in ParallelWork.map(sources.count, { firstPass(sources[$0]) }) {
            switch outcome {
            case .notModel(let file): skipped.append(file)
            case .broken(let file, let diagnostics, let model):
                files.append(file)
                failures += diagnostics
                if let model { broken.insert(model) }
            case .prepared(let decoder, let path):
                files.append(decoder.tree.file)
                decoders.append((decoder, path))
            }
        }
        // Model ids are unique in the workspace; kinds are known throughout it.
        var firstOfModel: [String: SourceLocation] = [:]
        var kinds: [String: OwnKind] = [:]
        for position in decoders.indices {
            guard let model = decoders[position].decoder.modelID, let location = decoders[position].decoder.modelLocation else { continue }
            if let first = firstOfModel[model] {
                decoders[position].decoder.report(.duplicateModel(model: model, first: first), at: location)
            } else {
                firstOfModel[model] = location
            }
            for kind in decoders[position].decoder.declaredKinds {
                if let first = kinds[kind.id], first.like != kind.like || first.label != kind.label {
                    decoders[position].decoder.report(.conflictingKind(id: kind.id, first: first.location), at: kind.location)
                } else if kinds[kind.id] == nil {
                    kinds[kind.id] = kind
                }
            }
        }
        var indexes: [String: IdentifierIndex] = [:]
        var modelsByFile: [String: String] = [:]
        for (decoder, _) in decoders {
            guard let model = decoder.modelID, indexes[model] == nil else { continue }
            indexes[model] = decoder.index
            modelsByFile[decoder.tree.file] = model
        }
        let scope = WorkspaceScope(root: root, indexes: indexes, broken: broken.subtracting(indexes.keys), modelsByFile: modelsByFile,
                                   kinds: kinds.mapValues(\.like))
        // The second pass: decode every file with the others' ids in reach, side by side.
        let prepared = decoders
        decoders = []
        let outcomes = ParallelWork.map(prepared.count) { position in
            var decoder = prepared[position].decoder
            decoder.workspace = scope
            decoder.ownKinds = scope.kinds
            return (decoder.finish(), decoder.dependencies)
        }
        var loaded: [(model: Model, path: String, dependencies: Set<String>)] = []
        for ((result, dependencies), (decoder, path)) in zip(outcomes, prepared) {
            switch result {
            case .success(let model): loaded.append((model, path, dependencies))
            case .failure(let failure):
                failures += failure.diagnostics
                if let model = decoder.modelID { broken.insert(model) }
            }
        }
        // A file that names an element of a file that does not load is left out, and so on down.
        var unchecked: [(file: String, dependsOn: [String])] = []
        var changed = true
        while changed {
            changed = false
            loaded.removeAll { entry in
                let missing = entry.dependencies.intersection(broken)
                guard !missing.isEmpty else { return false }
                unchecked.append((entry.model.file, missing.sorted()))
                broken.insert(entry.model.id)
                changed = true
                return true
            }
        }
        let model = loaded.isEmpty ? nil : joined(loaded.map { ($0.model, $0.path) }, root: root, title: title,
                                                  kinds: Array(kinds.values).sorted { $0.location < $1.location })
        return WorkspaceLoad(model: model, failure: failures.isEmpty ? nil : LoadFailure(failures),
                             unchecked: unchecked.sorted { $0.file < $1.file }, skipped: skipped, files: files)
    }

    /// One structure of the files' models: their elements in file order, the latest of their dates, the language
    /// most of them ask for.
    private static func joined(_ parts: [(model: Model, path: String)], root: String, title: String?, kinds: [OwnKind]) -> Model {
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
