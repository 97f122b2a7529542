import MandateModel

/// The ids of a structure's files resolved as the loader resolves them: in a workspace every element is known as
/// `MODEL/ID`, a bare id names its own file's element and `MODEL/ID` another file's; a body's alias stands for it.
struct StructureIndex {
    /// A place where an element's id is written: where it is declared, or a reference to it.
    struct Occurrence {
        let element: String
        let text: String
        let location: SourceLocation
        let isDeclaration: Bool
        /// For a reference, the kinds its key takes.
        let kinds: [EntityKind]
    }

    let outlines: [FileOutline]
    let isWorkspace: Bool
    /// Every declaration, by the element's id in the structure.
    private(set) var declarations: [String: FileOutline.Declaration] = [:]
    private var modelOfFile: [String: String] = [:]
    private var aliases: [String: String] = [:]

    init(_ outlines: [FileOutline], isWorkspace: Bool) {
        self.outlines = outlines
        self.isWorkspace = isWorkspace
        for outline in outlines {
            modelOfFile[outline.file] = outline.model ?? ""
            for declaration in outline.declarations {
                let id = qualified(declaration.id, in: outline.file)
                if declarations[id] == nil { declarations[id] = declaration }
            }
            for (alias, body) in outline.aliases { aliases[qualified(alias, in: outline.file)] = qualified(body, in: outline.file) }
        }
    }

    /// The model `file` declares, if any.
    func model(of file: String) -> String? { modelOfFile[file].flatMap { $0.isEmpty ? nil : $0 } }

    /// The id in the structure of an element `file` declares as `id`.
    func qualified(_ id: String, in file: String) -> String {
        isWorkspace ? "\(modelOfFile[file] ?? "")/\(id)" : id
    }

    /// The element `text`, written in `file`, names; `nil` where it names none.
    func resolve(_ text: String, in file: String) -> String? {
        let id = isWorkspace && text.contains("/") ? text : qualified(text, in: file)
        if declarations[id] != nil { return id }
        return aliases[id]
    }

    /// How `file` writes the element `id`: bare in its own file, `MODEL/ID` in another.
    func written(_ id: String, in file: String) -> String {
        guard isWorkspace, let model = model(of: file), id.hasPrefix(model + "/") else { return id }
        return String(id.dropFirst(model.count + 1))
    }

    /// Every occurrence in `file`: its declarations, then its references, each resolved where it can be.
    func occurrences(in file: String) -> [Occurrence] {
        guard let outline = outlines.first(where: { $0.file == file }) else { return [] }
        return occurrences(of: outline)
    }

    /// Every place an element is written, across the structure's files, declaration first.
    func occurrences(of element: String) -> [Occurrence] {
        outlines.flatMap { occurrences(of: $0) }.filter { $0.element == element }.sorted { ($0.isDeclaration ? 0 : 1, $0.location) < ($1.isDeclaration ? 0 : 1, $1.location) }
    }

    private func occurrences(of outline: FileOutline) -> [Occurrence] {
        outline.declarations.map { declaration in
            Occurrence(element: qualified(declaration.id, in: outline.file), text: declaration.id, location: declaration.location,
                       isDeclaration: true, kinds: [declaration.kind])
        } + outline.references.compactMap { reference in
            resolve(reference.text, in: outline.file).map {
                Occurrence(element: $0, text: reference.text, location: reference.location, isDeclaration: false, kinds: reference.kinds)
            }
        }
    }

    /// The elements of `kinds` as `file` would write them, with each one's name: for completion.
    func candidates(of kinds: [EntityKind], from file: String) -> [(written: String, declaration: FileOutline.Declaration)] {
        declarations.filter { kinds.contains($0.value.kind) }.map { (written($0.key, in: file), $0.value) }
            .sorted { ($0.written.contains("/") ? 1 : 0, $0.written) < ($1.written.contains("/") ? 1 : 0, $1.written) }
    }
}
