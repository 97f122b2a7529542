import MandateHTML
import MandateModel
import MandateReporting

/// Following ids: where an element is declared, every place it is named, and what it is.
extension LanguageServer {
    /// The document and position a request names.
    func position(_ params: JSONValue) throws -> (path: String, line: Int, character: Int) {
        guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri) else {
            throw ResponseError.invalidParams("the request names no file:// document")
        }
        guard let line = params["position"]?["line"]?.int, let character = params["position"]?["character"]?.int, line >= 0, character >= 0 else {
            throw ResponseError.invalidParams("the request gives no position")
        }
        return (path, line, character)
    }

    /// The index of the structure `path` belongs to, from its files as they are now (the editor's where open).
    func index(of path: String) -> (structure: LoadedStructure, index: StructureIndex) {
        let structure = structure(of: path)
        let outlines = structures[structure.scope]!.outlines.outlines(of: structure, open: documents.mapValues(\.bytes))
        if case .workspace = structure.scope { return (structure, StructureIndex(outlines, isWorkspace: true)) }
        return (structure, StructureIndex(outlines, isWorkspace: false))
    }

    /// The id written at a position, resolved, with the structure's index.
    func occurrence(at place: (path: String, line: Int, character: Int))
        -> (structure: LoadedStructure, index: StructureIndex, occurrence: StructureIndex.Occurrence, range: TextRange)? {
        let (structure, index) = index(of: place.path)
        let lines = lines(of: place.path, in: structure)
        for occurrence in index.occurrences(in: place.path) where occurrence.location.line == place.line + 1 {
            let range = lines.wordRange(line: occurrence.location.line, column: occurrence.location.column)
            if range.contains(line: place.line, character: place.character) { return (structure, index, occurrence, range) }
        }
        return nil
    }

    /// The protocol's `Location` of the word at `location`.
    func locationJSON(_ location: SourceLocation, in structure: LoadedStructure) -> JSONValue {
        .object([("uri", .string(DocumentURI.uri(location.file))),
                 ("range", lines(of: location.file, in: structure).wordRange(line: location.line, column: location.column).json)])
    }

    func definition(_ params: JSONValue) throws -> JSONValue {
        guard let (structure, index, occurrence, _) = occurrence(at: try position(params)),
              let declaration = index.declarations[occurrence.element] else { return .null }
        return locationJSON(declaration.location, in: structure)
    }

    func references(_ params: JSONValue) throws -> JSONValue {
        guard let (structure, index, occurrence, _) = occurrence(at: try position(params)) else { return .null }
        let withDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
        return .array(index.occurrences(of: occurrence.element).filter { withDeclaration || !$0.isDeclaration }.map {
            locationJSON($0.location, in: structure)
        })
    }

    func hover(_ params: JSONValue) throws -> JSONValue {
        guard let (structure, index, occurrence, range) = occurrence(at: try position(params)), let model = structure.lastGoodModel,
              let kind = index.declarations[occurrence.element]?.kind else { return .null }
        let day = EvaluationDate(given: nil, model: model).day
        let now = model.on(day)
        let language = model.language ?? .en
        var text: String?
        switch kind {
        case .body: text = now.body(BodyID(occurrence.element)).map { BodyCard(body: $0, model: now, language: language).markdown }
        case .role: text = now.role(RoleID(occurrence.element)).map { RoleCard(role: $0, model: now, day: day).markdown }
        case .unit, .organisation: text = "### " + MarkdownText.escape(now.displayName(of: EntityID(kind, occurrence.element))) + "\n"
        }
        guard let text else { return .null }
        return .object([("contents", .object([("kind", .string("markdown")), ("value", .string(text))])), ("range", range.json)])
    }
}
