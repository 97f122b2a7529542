import Foundation
import MandateModel
import MandateRules

/// A structure the server keeps: a workspace (every model file below its folder) or one model file on its own.
/// The files that are not open are read from disk (and read again when the editor says they changed); the whole
/// is loaded and checked with the open files' texts, as `mandate check` would, and what that gave is kept for the
/// requests that follow.
final class Structure {
    /// A workspace's folder, or a file on its own; absolute.
    enum Scope: Hashable {
        case workspace(root: String)
        case file(String)
    }

    let scope: Scope
    private let registry: RuleRegistry
    private var session: WorkspaceSession?
    /// The workspace's model files as they are on disk, by absolute path.
    private var disk: [String: Result<[UInt8], LoadFailure>] = [:]
    /// Each file's outline, with the bytes it was read from.
    private var outlines: [String: (bytes: [UInt8], outline: FileOutline)] = [:]

    /// The structure as last loaded; `nil` when no file of it loads.
    private(set) var model: Model?
    /// The last structure that loaded, for hovers while a file does not.
    private(set) var lastGoodModel: Model?
    /// The findings of the last check.
    private(set) var report: CheckReport?
    /// Why files did not load.
    private(set) var loadDiagnostics: [LoadDiagnostic] = []
    /// Files left out because they name elements of a file that does not load.
    private(set) var unchecked: [(file: String, dependsOn: [String])] = []
    /// Why the configuration could not be read.
    private(set) var configurationProblems: [ConfigurationDiagnostic] = []

    /// The structure `scope` names, its files read from disk.
    init(_ scope: Scope, registry: RuleRegistry) {
        self.scope = scope
        self.registry = registry
        if case .workspace(let root) = scope {
            session = WorkspaceSession(root: root, title: nil)
            for path in WorkspaceFolder.candidates(in: root) { readFromDisk(root + "/" + path) }
        }
    }

    /// The structure's model files, by absolute path.
    var files: [String] {
        switch scope {
        case .workspace: disk.keys.sorted()
        case .file(let path): [path]
        }
    }

    /// The `.mandate.yml` whose rules apply.
    var configurationFile: String? {
        switch scope {
        case .workspace(let root): root + "/" + WorkspaceFolder.markerFile
        case .file(let path): ConfigurationLoader.file(nextTo: path)
        }
    }

    /// Whether `path` (absolute) is one of the structure's files, or its configuration.
    func holds(_ path: String) -> Bool {
        switch scope {
        case .workspace(let root): path.hasPrefix(root + "/")
        case .file(let file): path == file || path == configurationFile
        }
    }

    /// Reads a file of the workspace from disk again (or forgets it, if it is gone): the editor says it changed.
    func readFromDisk(_ path: String) {
        guard case .workspace(let root) = scope, path.hasPrefix(root + "/") else { return }
        let relative = String(path.dropFirst(root.count + 1))
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
        guard !hidden, ModelFormat(path: name) != nil, !name.hasSuffix(".schema.json"), FileManager.default.fileExists(atPath: path) else {
            disk[path] = nil
            return
        }
        disk[path] = ModelLoader.readBytes(path).map { .success($0) } ?? .failure(LoadFailure([
            LoadDiagnostic(.unreadableFile(reason: "permission denied or read error"), at: SourceLocation(file: path, line: 1, column: 1)),
        ]))
    }

    /// The bytes of `path` as the structure reads them: the editor's, where it is open.
    func bytes(of path: String, open: [String: [UInt8]]) -> [UInt8]? {
        if let bytes = open[path] { return bytes }
        if case .success(let bytes) = disk[path] { return bytes }
        return ModelLoader.readBytes(path)
    }

    /// Loads and checks the structure again, with the texts of the open files (`open`, by absolute path).
    func refresh(open: [String: [UInt8]]) {
        configurationProblems = []
        var configuration = Configuration.standard
        if let file = configurationFile, let bytes = bytes(of: file, open: open) {
            do { configuration = try ConfigurationLoader.load(contents: bytes, file: file, registry: registry) } catch {
                configurationProblems = error.diagnostics
            }
        }
        switch scope {
        case .workspace(let root):
            let title = configurationFile.flatMap { bytes(of: $0, open: open) }.flatMap { WorkspaceSettings(configuration: $0, file: WorkspaceFolder.markerFile) }?.title
            session?.title = title
            let sources = disk.keys.sorted().map { path in
                WorkspaceLoader.Source(file: path, path: String(path.dropFirst(root.count + 1)), bytes: open[path].map { .success($0) } ?? disk[path]!)
            }
            let load = session!.load(sources)
            model = load.model
            loadDiagnostics = load.failure?.diagnostics ?? []
            unchecked = load.unchecked
        case .file(let path):
            unchecked = []
            do throws(LoadFailure) {
                guard let bytes = bytes(of: path, open: open) else {
                    throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "no such file"), at: SourceLocation(file: path, line: 1, column: 1))])
                }
                let format = ModelFormat(path: path) ?? .yaml
                // A YAML or JSON file that declares no `mandate:` is not a model (a CI workflow, a package.json): it
                // gets no diagnostics, as `mandate check` passes it by in a folder.
                let tree = try? ModelLoader.parse(contents: bytes, file: path, format: format)
                let text = String(decoding: bytes, as: UTF8.self)
                guard format == .csv || (tree?.declaresKey("mandate") ?? (text.contains("mandate:") || text.contains("\"mandate\""))) else {
                    model = nil
                    loadDiagnostics = []
                    report = nil
                    return
                }
                model = try ModelLoader.load(contents: bytes, file: path, format: format)
                loadDiagnostics = []
            } catch {
                model = nil
                loadDiagnostics = error.diagnostics
            }
        }
        if let model { lastGoodModel = model }
        remember(open.keys.filter(holds).sorted(), open: open)
        report = model.map { Checker(configuration: configuration, registry: registry).check($0, at: EvaluationDate(given: nil, model: $0)) }
    }

    /// The outline of every file of the structure, each read again only when its bytes changed; a file that does not
    /// parse keeps the outline it last had.
    func outlines(open: [String: [UInt8]]) -> [FileOutline] {
        let paths = files
        let kept = Set(paths)
        outlines = outlines.filter { kept.contains($0.key) }
        remember(paths, open: open)
        return paths.compactMap { outlines[$0]?.outline }
    }

    /// Reads again the outlines of `paths` whose bytes changed: the open files after each edit, so that a file that
    /// stops parsing keeps the outline of its last text that did.
    func remember(_ paths: [String], open: [String: [UInt8]]) {
        for path in paths {
            guard let bytes = bytes(of: path, open: open), outlines[path]?.bytes != bytes,
                  let tree = try? ModelLoader.parse(contents: bytes, file: path, format: ModelFormat(path: path) ?? .yaml) else { continue }
            outlines[path] = (bytes, FileOutline(tree))
        }
    }
}
