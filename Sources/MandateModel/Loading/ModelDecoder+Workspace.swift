/// References across the files of a workspace, written `MODEL/ID`: the model of another file (or of this
/// one), a slash, and an id that model declares.
extension ModelDecoder {
    /// The element `text` (`MODEL/ID`) names among the ids of MODEL's file; `nil` where it names none, for
    /// ``crossFileReference(_:at:key:kinds:)`` to say why.
    mutating func acrossFilesAtOnce(_ text: String) -> EntityID? {
        guard let slash = text.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let model = text[..<slash]
        if !model.utf8.elementsEqual(lastModelNamed.model.utf8) {
            guard let other = workspace?.indexes[String(model)] else { return nil }
            lastModelNamed = (String(model), other)
            if lastModelNamed.model != index.qualifier { dependencies.insert(lastModelNamed.model) }
        }
        return lastModelNamed.index.lookup(String(text[text.index(after: slash)...]))
    }

    /// The element `text` (which holds a `/`) names in another file of the workspace; `nil`, reported, where it
    /// names none of `kinds`. A reference to a model whose file does not load is kept as written.
    mutating func crossFileReference(_ text: String, at location: SourceLocation, key: String, kinds: [EntityKind]) -> EntityID? {
        let slash = text.utf8.lastIndex(of: UInt8(ascii: "/"))!
        let model = String(text[..<slash])
        let id = String(text[text.index(after: slash)...])
        guard let workspace else {
            report(.notInWorkspace(reference: text), at: location)
            return nil
        }
        if workspace.broken.contains(model) {
            dependencies.insert(model)
            return EntityID(kinds.first ?? .body, text)
        }
        let own = model == index.qualifier
        guard let entity = own ? index.lookup(id) : workspace.lookup(id, in: model) else {
            guard let other = own ? index : workspace.indexes[model] else {
                reportUnknownModel(model, reference: text, id: id, in: workspace, at: location)
                return nil
            }
            if !own { dependencies.insert(model) }
            var suggestion: String?
            if suggestionsLeft > 0 {
                suggestionsLeft -= 1
                let names = other.namesByKind
                suggestion = Suggestion.closest(to: id, in: kinds.flatMap { names[$0] ?? [] }).map { "\(model)/\($0)" }
            }
            report(.danglingReference(id: text, key: key, expected: kinds, suggestion: suggestion), at: location)
            return nil
        }
        if !own { dependencies.insert(model) }
        guard kinds.contains(entity.kind) else {
            report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: kinds), at: location)
            return nil
        }
        return entity
    }

    /// A reference to a model the workspace does not hold: a file written where a model belongs (inside the
    /// workspace, or outside it), or a model id with the nearest one as a hint.
    private mutating func reportUnknownModel(_ model: String, reference: String, id: String, in workspace: WorkspaceScope,
                                             at location: SourceLocation) {
        let looksLikeFile = model.contains("/") || model.hasPrefix(".") || ModelFormat(path: model) != nil
        guard looksLikeFile else {
            report(.unknownModel(reference: reference, model: model, suggestion: Suggestion.closest(to: model, in: workspace.modelNames)),
                   at: location)
            return
        }
        let folder = tree.file.contains("/") ? String(tree.file[..<tree.file.lastIndex(of: "/")!]) : "."
        let path = WorkspaceScope.standard(model.hasPrefix("/") ? model : folder + "/" + model)
        let inside = workspace.contains(path)
        report(.referenceToFile(reference: reference, outside: inside ? nil : workspace.root,
                                model: workspace.model(ofFile: path).map { "\($0)/\(id)" }), at: location)
    }

    /// A historical reference (`predecessors`) written `MODEL/ID`: the body it names where the workspace has
    /// it, else the text as written, for a comparison to match; `nil`, reported, where it is not an id.
    mutating func historicalCrossFileReference(_ text: String, at location: SourceLocation) -> BodyID? {
        let slash = text.utf8.lastIndex(of: UInt8(ascii: "/"))!
        let (model, id) = (String(text[..<slash]), String(text[text.index(after: slash)...]))
        guard Self.isValidIdentifier(model), Self.isValidIdentifier(id) else {
            report(.invalidIdentifier(id: text), at: location)
            return nil
        }
        guard workspace != nil else {
            report(.notInWorkspace(reference: text), at: location)
            return nil
        }
        let other = model == index.qualifier ? index : workspace?.indexes[model]
        if case .body(let body)? = other?.lookup(id) { return body }
        return BodyID(text)
    }
}
