import MandateModel
import MandateReporting

/// Documents opened, edited, saved and closed, files changed on disk, and the diagnostics each gives rise to.
extension LanguageServer {
    func didOpen(_ params: JSONValue) -> [JSONValue] {
        guard let document = params["textDocument"], let path = document["uri"]?.string.flatMap(DocumentURI.path),
              let text = document["text"]?.string else { return [] }
        documents[path] = OpenDocument(text: text, version: document["version"]?.int)
        let replies = recheck(path)
        // The outline of the text as opened, so that navigation answers even if the next edit does not parse; later
        // outlines are read when a request needs them.
        let structure = structure(of: path)
        structures[structure.scope]?.outlines.remember([path], of: structure, open: documents.mapValues(\.bytes))
        return replies
    }

    func didChange(_ params: JSONValue) -> [JSONValue] {
        guard let document = params["textDocument"], let path = document["uri"]?.string.flatMap(DocumentURI.path),
              let open = documents[path], let changes = params["contentChanges"]?.array else { return [] }
        var text = open.text
        for change in changes {
            guard let newText = change["text"]?.string else { continue }
            if let range = TextRange(json: change["range"]) {
                text = TextEdit.apply(newText, at: range, to: text)
            } else {
                text = newText
            }
        }
        documents[path] = OpenDocument(text: text, version: document["version"]?.int)
        return recheck(path)
    }

    func didClose(_ params: JSONValue) -> [JSONValue] {
        guard let path = params["textDocument"]?["uri"]?.string.flatMap(DocumentURI.path), documents[path] != nil else { return [] }
        documents[path] = nil
        published[path] = nil
        let cleared = Self.notification("textDocument/publishDiagnostics", .object([("uri", .string(DocumentURI.uri(path))), ("diagnostics", .array([]))]))
        return [cleared] + recheck(path)
    }

    func didSave(_ params: JSONValue) -> [JSONValue] {
        guard let path = params["textDocument"]?["uri"]?.string.flatMap(DocumentURI.path) else { return [] }
        for (structure, _) in structures.values where structure.holds(path) { structure.readFromDisk(path) }
        return []
    }

    func didChangeWatchedFiles(_ params: JSONValue) -> [JSONValue] {
        let paths = (params["changes"]?.array ?? []).compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
        guard !paths.isEmpty else { return [] }
        // A configuration that comes or goes may make a folder a workspace, or stop it being one.
        if paths.contains(where: { $0.hasSuffix("/" + WorkspaceFolder.markerFile) }) {
            structures = [:]
            scopes = [:]
            published = [:]
            return documents.keys.sorted().flatMap { recheck($0) }
        }
        var touched: [LoadedStructure] = []
        for (structure, _) in structures.values where paths.contains(where: structure.holds) {
            for path in paths { structure.readFromDisk(path) }
            touched.append(structure)
        }
        return touched.flatMap(refresh)
    }

    /// The structure `path` belongs to: the workspace whose folder holds it, else the file on its own.
    func structure(of path: String) -> LoadedStructure {
        // The scope of a path is looked up on disk once (a walk up its folders), until a configuration changes.
        let scope = scopes[path] ?? LoadedStructure.Scope(of: path)
        scopes[path] = scope
        if let known = structures[scope] { return known.structure }
        let structure = LoadedStructure(scope, registry: registry)
        structures[scope] = (structure, OutlineCache())
        return structure
    }

    /// Checks again the structure of `path` (whose text changed) and sends the diagnostics of each of its open
    /// documents that changed; forgets the structure when none of its documents is open.
    private func recheck(_ path: String) -> [JSONValue] {
        let structure = structure(of: path)
        guard documents.keys.contains(where: structure.holds) else {
            structures[structure.scope] = nil
            return []
        }
        return refresh(structure)
    }

    /// Loads and checks `structure` again and sends each open document's diagnostics where they changed.
    private func refresh(_ structure: LoadedStructure) -> [JSONValue] {
        // Diagnostics are sent for open files alone: only their findings are worked out.
        structure.refresh(open: documents.mapValues(\.bytes), findingsIn: Set(documents.keys.filter(structure.holds)))
        return documents.keys.filter(structure.holds).sorted().compactMap { path in
            let diagnostics = Diagnostics(structure: structure) { self.lines(of: $0, in: structure) }.of(path)
            let params = JSONValue.object([("uri", .string(DocumentURI.uri(path))), ("version", documents[path]?.version.map(JSONValue.int) ?? .null),
                                           ("diagnostics", diagnostics)])
            guard published[path] != params else { return nil }
            published[path] = params
            return Self.notification("textDocument/publishDiagnostics", params)
        }
    }

    /// The lines of `path`: the editor's text where it is open, else the file's.
    func lines(of path: String, in structure: LoadedStructure) -> TextLines {
        if let open = documents[path] { return open.lines }
        return TextLines(structure.bytes(of: path).map { String(decoding: $0, as: UTF8.self) } ?? "")
    }
}
