import MandateModel

/// Writing: the outline of a file, completion, renaming an id across the files, and the hints' quick fixes.
extension LanguageServer {
    func documentSymbols(_ params: JSONValue) throws -> JSONValue {
        guard let path = params["textDocument"]?["uri"]?.string.flatMap(DocumentURI.path) else {
            throw ResponseError.invalidParams("the request names no file:// document")
        }
        let (structure, index) = index(of: path)
        guard let outline = index.outlines.first(where: { $0.file == path }) else { return .array([]) }
        return DocumentSymbols(outline: outline, index: index, model: structure.model, lines: lines(of: path, in: structure)).json
    }

    func completion(_ params: JSONValue) throws -> JSONValue {
        let place = try position(params)
        let structure = structure(of: place.path)
        let lines = lines(of: place.path, in: structure)
        guard let (spot, spec) = CompletionSpot.at(line: place.line, character: place.character, in: lines) else { return .array([]) }
        let (_, index) = index(of: place.path)
        return Completion(spot: spot, spec: spec, index: index, file: place.path, ownKinds: structure.lastGoodModel?.kinds.map(\.id) ?? [],
                          line: place.line, character: place.character).json
    }

    func prepareRename(_ params: JSONValue) throws -> JSONValue {
        guard let (_, index, occurrence, range) = occurrence(at: try position(params)) else { return .null }
        let declared = try renamable(occurrence, in: index)
        return .object([("range", idRange(of: occurrence, in: range).json), ("placeholder", .string(declared.id))])
    }

    func rename(_ params: JSONValue) throws -> JSONValue {
        guard let newName = params["newName"]?.string else { throw ResponseError.invalidParams("the request gives no newName") }
        guard let (structure, index, occurrence, _) = occurrence(at: try position(params)) else {
            throw ResponseError.requestFailed("there is no id here to rename: put the cursor on an id or a reference to one")
        }
        let declared = try renamable(occurrence, in: index)
        guard ModelSchema.isIdentifier(newName) else {
            throw ResponseError.requestFailed("'\(newName)' is not an id: write a letter or digit first, then letters, digits, '-', '_' or '.'")
        }
        let file = declared.location.file
        if let taken = index.resolve(newName, in: file), taken != occurrence.element {
            let place = index.declarations[taken]?.location.description ?? file
            throw ResponseError.requestFailed("'\(newName)' is taken: it names another element (\(place)); choose another id")
        }
        var edits: [String: [JSONValue]] = [:]
        for place in index.occurrences(of: occurrence.element) where place.text == declared.id || place.text == occurrence.element {
            let range = lines(of: place.location.file, in: structure).wordRange(line: place.location.line, column: place.location.column)
            edits[place.location.file, default: []].append(TextEdit.json(idRange(of: place, in: range), newName))
        }
        return .object([("changes", .object(edits.keys.sorted().map { (DocumentURI.uri($0), .array(edits[$0]!)) }))])
    }

    /// The declaration of the element an occurrence names, if the occurrence writes its id (not an alias).
    private func renamable(_ occurrence: StructureIndex.Occurrence, in index: StructureIndex) throws -> FileOutline.Declaration {
        guard let declared = index.declarations[occurrence.element] else {
            throw ResponseError.requestFailed("'\(occurrence.text)' is declared nowhere in the workspace")
        }
        guard occurrence.text == declared.id || occurrence.text == occurrence.element else {
            throw ResponseError.requestFailed("'\(occurrence.text)' is another name of '\(declared.id)': rename the id, or edit the aliases")
        }
        return declared
    }

    /// The part of an occurrence's range that is the id: after `MODEL/`, where it is written so.
    private func idRange(of occurrence: StructureIndex.Occurrence, in range: TextRange) -> TextRange {
        guard let slash = occurrence.text.lastIndex(of: "/") else { return range }
        var trimmed = range
        trimmed.startCharacter += occurrence.text[...slash].utf16.count
        return trimmed
    }

    func codeActions(_ params: JSONValue) throws -> JSONValue {
        guard let path = params["textDocument"]?["uri"]?.string.flatMap(DocumentURI.path), let asked = TextRange(json: params["range"]) else {
            throw ResponseError.invalidParams("the request names no file:// document and range")
        }
        let structure = structure(of: path)
        let lines = lines(of: path, in: structure)
        var actions: [JSONValue] = []
        for diagnostic in structure.loadDiagnostics where diagnostic.location.file == path {
            guard let (written, instead) = diagnostic.error.replacement else { continue }
            let range = lines.wordRange(line: diagnostic.location.line, column: diagnostic.location.column)
            guard range.overlaps(asked), lines.text(in: range) == written else { continue }
            actions.append(.object([
                ("title", .string("Write '\(instead)'")), ("kind", .string("quickfix")), ("isPreferred", .bool(true)),
                ("edit", .object([("changes", .object([(DocumentURI.uri(path), .array([TextEdit.json(range, instead)]))]))])),
            ]))
        }
        return .array(actions)
    }
}
