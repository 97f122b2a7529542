/// The first pass of loading a workspace, one file at a time: read, parse, and index its ids.
extension WorkspaceLoader {
    /// What the first pass makes of one file.
    enum FirstPass: Sendable {
        /// A YAML or JSON file that declares no `mandate:`.
        case notModel(file: String)
        /// A model file that does not read, with its model if its `model:` line names one.
        case broken(file: String, diagnostics: [LoadDiagnostic], model: String?)
        /// A model file read and indexed, ready to decode.
        case prepared(ModelDecoder, path: String)
    }

    /// Reads and parses `source` and indexes its ids as `MODEL/ID`.
    static func firstPass(_ source: Source) -> FirstPass {
        let tree: SourceTree
        do {
            let bytes = try source.bytes.get()
            let format = ModelFormat(path: source.path) ?? .yaml
            tree = try ModelLoader.parse(contents: bytes, file: source.file, format: format)
            guard format == .csv || tree.declaresKey("mandate") else { return .notModel(file: source.file) }
        } catch {
            // A file that does not read is a model's if it seems to declare one; its model is known by its
            // `model:` line, and the files that name it are left out.
            let bytes = try? source.bytes.get()
            let model = bytes.flatMap(declaredModel(in:))
            guard model != nil || bytes.map(ModelLoader.mentionsModel) ?? true else { return .notModel(file: source.file) }
            return .broken(file: source.file, diagnostics: error.diagnostics, model: model)
        }
        var decoder = ModelDecoder(tree: tree)
        decoder.prepare(inWorkspace: true)
        return .prepared(decoder, path: source.path)
    }

    /// The id a file's `model:` line declares, read line by line where the file does not parse.
    static func declaredModel(in bytes: [UInt8]) -> String? {
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("model:") {
            let id = line.dropFirst("model:".count).trimmingCharacters(in: .whitespaces)
            return ModelDecoder.isValidIdentifier(id) ? id : nil
        }
        return nil
    }
}
