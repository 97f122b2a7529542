import Foundation
import MandateModel
import MandateRules

/// A structure kept loaded while its files change, for an editor's language server and the live view: a workspace
/// (every model file below its folder) or one model file on its own. The files are read from disk, and read again
/// when they are said to have changed; the files an editor has open are taken as the editor holds them. Each
/// ``refresh(open:)`` loads and checks the whole as `mandate check` would (a workspace through a
/// ``WorkspaceSession``, which decodes again only what changed), and keeps what that gave.
package final class LoadedStructure {
    /// A workspace's folder, or a file on its own; absolute.
    package enum Scope: Hashable, Sendable {
        case workspace(root: String)
        case file(String)

        /// The structure `path` (absolute) belongs to: the workspace whose folder holds it, else the file on its own.
        package init(of path: String) {
            // A file not saved yet belongs where its folder does.
            let existing = FileManager.default.fileExists(atPath: path) ? path : (path as NSString).deletingLastPathComponent
            self = WorkspaceFolder.root(of: existing).map { .workspace(root: WorkspaceFolder.standard($0)) } ?? .file(path)
        }
    }

    package let scope: Scope
    private let registry: RuleRegistry
    /// The date of evaluation; `nil` for the model's own date, else today.
    private let date: Day?
    private var session: WorkspaceSession?
    /// The workspace's model files as they are on disk, by absolute path.
    private var disk: [String: Result<[UInt8], LoadFailure>] = [:]

    /// The structure as last loaded; `nil` when no file of it loads.
    package private(set) var model: Model?
    /// The last structure that loaded, for hovers while a file does not.
    package private(set) var lastGoodModel: Model?
    /// The findings of the last check.
    package private(set) var report: CheckReport?
    /// Why files did not load.
    package private(set) var loadDiagnostics: [LoadDiagnostic] = []
    /// Files left out because they name elements of a file that does not load.
    package private(set) var unchecked: [(file: String, dependsOn: [String])] = []
    /// Why the configuration could not be read.
    package private(set) var configurationProblems: [ConfigurationDiagnostic] = []

    /// Whether each path asked about is one of the workspace's (and not of a workspace below it).
    private var held: [String: Bool] = [:]
    /// The configuration the last refresh read.
    package private(set) var configuration = Configuration.standard

    /// The structure `scope` names, its files read from disk, checked with the rules of `registry` at `date`.
    package init(_ scope: Scope, registry: RuleRegistry = .standard, date: Day? = nil) {
        self.scope = scope
        self.registry = registry
        self.date = date
        if case .workspace(let root) = scope {
            session = WorkspaceSession(root: root, title: nil)
            for path in WorkspaceFolder.candidates(in: root) { readFromDisk(root + "/" + path) }
        }
    }

    /// The structure's model files, by absolute path: those on disk, and those `open` in an editor but not saved yet.
    package func files(open: [String: [UInt8]] = [:]) -> [String] {
        switch scope {
        case .workspace: Set(disk.keys).union(open.keys.filter(isModelFile)).sorted()
        case .file(let path): [path]
        }
    }

    /// The `.mandate.yml` whose rules apply.
    package var configurationFile: String? {
        switch scope {
        case .workspace(let root): root + "/" + WorkspaceFolder.markerFile
        case .file(let path): ConfigurationLoader.file(nextTo: path)
        }
    }

    /// Whether `path` (absolute) is one of the structure's files, or its configuration.
    package func holds(_ path: String) -> Bool {
        switch scope {
        case .workspace(let root):
            guard path.hasPrefix(root + "/") else { return false }
            if let known = held[path] { return known }
            // Not a file of a workspace of its own below this one; the file itself need not exist (it may be gone).
            var folder = (path as NSString).deletingLastPathComponent
            while folder != root {
                if WorkspaceFolder.isRoot(folder) {
                    held[path] = false
                    return false
                }
                folder = (folder as NSString).deletingLastPathComponent
            }
            held[path] = true
            return true
        case .file(let file): return path == file || path == configurationFile
        }
    }

    /// Reads a file of the workspace from disk again (or forgets it, if it is gone): the editor says it changed.
    package func readFromDisk(_ path: String) {
        // A configuration that comes or goes may make a folder a workspace of its own.
        if path.hasSuffix("/" + WorkspaceFolder.markerFile) { held = [:] }
        guard isModelFile(path), FileManager.default.fileExists(atPath: path) else {
            disk[path] = nil
            return
        }
        disk[path] = ModelLoader.readBytes(path).map { .success($0) } ?? .failure(LoadFailure([
            LoadDiagnostic(.unreadableFile(reason: "permission denied or read error"), at: SourceLocation(file: path, line: 1, column: 1)),
        ]))
    }

    /// Whether `path` is a model file of the workspace, as its folder's listing counts them: below its folder, not
    /// hidden, not in a workspace of its own, with a model file's extension and not a JSON Schema.
    private func isModelFile(_ path: String) -> Bool {
        guard case .workspace(let root) = scope, holds(path) else { return false }
        let relative = path.dropFirst(root.count + 1)
        let name = relative.split(separator: "/").last.map(String.init) ?? String(relative)
        return !relative.split(separator: "/").contains { $0.hasPrefix(".") } && ModelFormat(path: name) != nil && !name.hasSuffix(".schema.json")
    }

    /// The bytes of `path` as the structure reads them: the editor's, where it is open.
    package func bytes(of path: String, open: [String: [UInt8]] = [:]) -> [UInt8]? {
        if let bytes = open[path] { return bytes }
        if case .success(let bytes) = disk[path] { return bytes }
        return ModelLoader.readBytes(path)
    }

    /// Loads and checks the structure again, with the texts of the open files (`open`, by absolute path). With
    /// `findingsIn`, the report holds only the findings located in those files, from a check of only the part of the
    /// structure they need (``Checker/check(_:at:about:)``): an editor shows no others.
    package func refresh(open: [String: [UInt8]] = [:], findingsIn focus: Set<String>? = nil) {
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
            // The files on disk, and those open in the editor but not saved yet.
            let sources = files(open: open).map { path in
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
                // A YAML or JSON file that declares no `mandate:` is not a model (a CI workflow, a package.json): it
                // gets no diagnostics, as `mandate check` passes it by in a folder.
                guard let loaded = try ModelLoader.load(contentsInFolder: bytes, file: path, format: ModelFormat(path: path) ?? .yaml) else {
                    (model, loadDiagnostics, report) = (nil, [], nil)
                    return
                }
                model = loaded
                loadDiagnostics = []
            } catch {
                model = nil
                loadDiagnostics = error.diagnostics
            }
        }
        self.configuration = configuration
        if let model { lastGoodModel = model }
        report = model.map { model in
            let checker = Checker(configuration: configuration, registry: registry)
            guard let focus else { return checker.check(model, at: EvaluationDate(given: date, model: model)) }
            // A finding is located in the file that declares the body it is about.
            // Compared as strings, not hashed: a file's bodies share its name's storage, so most comparisons are one look.
            let files = Array(focus)
            let bodies = Set(model.bodies.indices.filter { files.contains(model.bodies[$0].location.file) })
            return checker.check(model, at: EvaluationDate(given: date, model: model), about: bodies)
        }
    }

    /// The problems of the last refresh as a run reports them: files that do not load, files left out, a
    /// configuration that cannot be read.
    package var problems: [RunProblem] {
        RunProblem.problems(LoadFailure(loadDiagnostics)) + unchecked.map(RunProblem.unchecked)
            + (configurationProblems.isEmpty ? [] : RunProblem.problems(ConfigurationFailure(configurationProblems)))
    }
}
