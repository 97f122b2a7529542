/// A workspace loaded again and again as its files change, as an editor's language server does: each file's
/// reading and decoding is kept, and redone only for a file whose bytes changed, or that names a model whose ids
/// changed. Whatever the workspace as a whole says (which file holds which model, the kinds of body, the files
/// that do not load) is worked out afresh every time; when it changes, every file is decoded again. Loading once
/// is ``WorkspaceLoader/load(root:sources:title:)``, which is a session used once.
public final class WorkspaceSession {
    /// One file as the session last saw it.
    private struct Kept {
        let bytes: [UInt8]
        let firstPass: WorkspaceLoader.FirstPass
        var decoded: (result: Result<Model, LoadFailure>, dependencies: Set<String>)?
    }

    /// The workspace's folder, as messages name it.
    public let root: String
    /// The workspace's title, from its `.mandate.yml`.
    public var title: String?
    private var kept: [String: Kept] = [:]
    private var indexes: [String: IdentifierIndex] = [:]
    /// What the whole workspace said when the files were last decoded: which file holds which model, the models whose
    /// files do not load, the kinds of body, and the clashes between files.
    private var modelsByFile: [String: String] = [:]
    private var broken = Set<String>()
    private var kinds: [String: String] = [:]
    private var clashes: [String] = []

    /// A session with nothing loaded yet.
    public init(root: String, title: String?) {
        self.root = root
        self.title = title
    }

    /// How many files the last ``load(_:)`` decoded again (the others' models were kept).
    public private(set) var lastDecodedCount = 0

    /// Loads the workspace of `sources` (every file of it, as it is now), reusing what is kept of the files that did
    /// not change.
    public func load(_ sources: [WorkspaceLoader.Source]) -> WorkspaceLoad {
        // The first pass of each file whose bytes changed, side by side; the others' are kept.
        let fresh = sources.indices.filter { position in
            guard case .success(let bytes) = sources[position].bytes, let kept = kept[sources[position].file] else { return true }
            return kept.bytes != bytes
        }
        let passes = ParallelWork.map(fresh.count) { WorkspaceLoader.firstPass(sources[fresh[$0]]) }
        var firstPasses = sources.map { kept[$0.file]?.firstPass }
        for (position, pass) in zip(fresh, passes) { firstPasses[position] = pass }
        let changedFiles = Set(fresh.map { sources[$0].file })

        var failures: [LoadDiagnostic] = []
        var skipped: [String] = []
        var files: [String] = []
        var decoders: [(decoder: ModelDecoder, path: String)] = []
        var broken = Set<String>()
        for pass in firstPasses {
            switch pass! {
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
        var clashes: [String] = []
        for position in decoders.indices {
            guard let model = decoders[position].decoder.modelID, let location = decoders[position].decoder.modelLocation else { continue }
            if let first = firstOfModel[model] {
                decoders[position].decoder.report(.duplicateModel(model: model, first: first), at: location)
                clashes.append("duplicate \(model) at \(location)")
            } else {
                firstOfModel[model] = location
            }
            for kind in decoders[position].decoder.declaredKinds {
                if let first = kinds[kind.id], first.like != kind.like || first.label != kind.label {
                    decoders[position].decoder.report(.conflictingKind(id: kind.id, first: first.location), at: kind.location)
                    clashes.append("conflicting kind \(kind.id) at \(kind.location)")
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
        // A file is decoded again when it changed, when a model it names has other ids now, or when the workspace
        // as a whole says something else.
        let kindWords = kinds.mapValues { "\($0.like) \($0.label)" }
        let sameOutline = clashes == self.clashes && modelsByFile == self.modelsByFile && scope.broken == self.broken && kindWords == self.kinds
        // Only a file that changed can declare other ids (a model that comes or goes changes the outline).
        let renamed = Set(modelsByFile.filter { file, model in
            changedFiles.contains(file) && self.indexes[model].map { !$0.declaresTheSame(as: indexes[model]!) } ?? true
        }.values)
        let redo = decoders.indices.filter { position in
            let file = decoders[position].decoder.tree.file
            guard sameOutline, !changedFiles.contains(file), let decoded = kept[file]?.decoded else { return true }
            return !decoded.dependencies.isDisjoint(with: renamed)
        }
        let prepared = decoders
        let outcomes = ParallelWork.map(redo.count) { position in
            var decoder = prepared[redo[position]].decoder
            decoder.workspace = scope
            decoder.ownKinds = scope.kinds
            return (result: decoder.finish(), dependencies: decoder.dependencies)
        }
        var decoded = prepared.map { kept[$0.decoder.tree.file]?.decoded }
        for (position, outcome) in zip(redo, outcomes) { decoded[position] = outcome }
        lastDecodedCount = redo.count

        // What is kept changes in place: the files read again, the files decoded again, and the files gone.
        for (position, pass) in zip(fresh, passes) {
            if case .success(let bytes) = sources[position].bytes {
                kept[sources[position].file] = Kept(bytes: bytes, firstPass: pass, decoded: nil)
            } else {
                kept[sources[position].file] = nil
            }
        }
        for (position, outcome) in zip(redo, outcomes) { kept[prepared[position].decoder.tree.file]?.decoded = outcome }
        // Every file read is kept now (a file not read again was kept already); any more are files gone.
        let readable = sources.count { if case .success = $0.bytes { true } else { false } }
        if kept.count > readable {
            let present = Set(sources.map(\.file))
            kept = kept.filter { present.contains($0.key) }
        }
        (self.indexes, self.modelsByFile, self.broken, self.kinds, self.clashes) = (indexes, modelsByFile, scope.broken, kindWords, clashes)

        var loaded: [(model: Model, path: String, dependencies: Set<String>)] = []
        for (outcome, (decoder, path)) in zip(decoded, prepared) {
            switch outcome!.result {
            case .success(let model): loaded.append((model, path, outcome!.dependencies))
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
        let model = loaded.isEmpty ? nil : WorkspaceLoader.joined(loaded.map { ($0.model, $0.path) }, root: root, title: title,
                                                                  kinds: Array(kinds.values).sorted { $0.location < $1.location })
        return WorkspaceLoad(model: model, failure: failures.isEmpty ? nil : LoadFailure(failures),
                             unchecked: unchecked.sorted { $0.file < $1.file }, skipped: skipped, files: files)
    }
}
