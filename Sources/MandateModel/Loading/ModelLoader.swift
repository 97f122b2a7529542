import Foundation

/// Loads model files: reads the bytes, parses YAML or JSON into a located tree, and decodes the model,
/// reporting every problem with its `file:line:column`.
public enum ModelLoader {
    /// The largest file read, in bytes.
    public static let maximumFileSize = 512 * 1024 * 1024
    /// The longest text (a name, a title, a note) accepted, in characters; Graphviz's label reader, for one,
    /// refuses much longer strings.
    public static let maximumTextLength = 5_000
    /// The deepest nesting of lists and mappings accepted.
    public static let maximumDepth = 64

    /// Loads the model file at `path` (YAML, JSON or CSV, by its extension).
    public static func load(file path: String) throws(LoadFailure) -> Model {
        let (bytes, format) = try read(file: path)
        return try load(contents: bytes, file: path, format: format)
    }

    /// Loads a file found in a folder if it is a model file: a CSV file, or a YAML or JSON file that declares
    /// `mandate:`; `nil` for any other file (a baseline, a `package.json`, a `docker-compose.yml`).
    public static func load(fileInFolder path: String) throws(LoadFailure) -> Model? {
        let (bytes, format) = try read(file: path)
        return try load(contentsInFolder: bytes, file: path, format: format)
    }

    /// Loads bytes as a file found in a folder (``load(fileInFolder:)``), or an editor's file: `nil` for a YAML or
    /// JSON file that declares no `mandate:`.
    package static func load(contentsInFolder bytes: [UInt8], file: String, format: ModelFormat) throws(LoadFailure) -> Model? {
        guard format != .csv else { return try load(contents: bytes, file: file, format: format) }
        let tree: SourceTree
        do { tree = try parse(contents: bytes, file: file, format: format) } catch {
            // A file that does not read: a model only if it seems to declare one, so that its errors are shown.
            guard mentionsModel(bytes) else { return nil }
            throw error
        }
        guard tree.declaresKey("mandate") else { return nil }
        switch ModelDecoder.decode(tree) {
        case .success(let model): return model
        case .failure(let failure): throw failure
        }
    }

    /// Whether bytes that do not parse seem to be a model file: a line starts `mandate:`, or names `"mandate"`.
    package static func mentionsModel(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("mandate:") || $0.contains("\"mandate\"") }
    }

    /// The bytes of the file at `path` and its format, or the located reason they cannot be read.
    package static func read(file path: String) throws(LoadFailure) -> ([UInt8], ModelFormat) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let format = ModelFormat(path: path) else {
            let fileExtension = path.split(separator: "/").last?.split(separator: ".").dropFirst().last.map(String.init) ?? ""
            throw LoadFailure([LoadDiagnostic(.unsupportedFileType(fileExtension: fileExtension), at: start)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "no such file"), at: start)])
        }
        guard !isDirectory.boolValue else {
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "it is a folder"), at: start)])
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            throw LoadFailure([LoadDiagnostic(.fileTooLarge(bytes: size, limit: maximumFileSize), at: start)])
        }
        guard let bytes = readBytes(path) else {
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "permission denied or read error"), at: start)])
        }
        return (bytes, format)
    }

    /// The whole file, read straight into one array (no second copy), or `nil` if it cannot be read.
    package static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if read <= 0 {
                    failed = read < 0
                    break
                }
                count += read
            }
        }
        return failed ? nil : bytes
    }

    /// Loads a model from bytes already in memory; `file` names it in messages: read → located tree →
    /// decode.
    public static func load(contents bytes: [UInt8], file: String, format: ModelFormat) throws(LoadFailure) -> Model {
        let tree = try parse(contents: bytes, file: file, format: format)
        switch ModelDecoder.decode(tree) {
        case .success(let model): return model
        case .failure(let failure): throw failure
        }
    }

    /// Parses bytes into a located tree without decoding a model; YAML through `yamlReaders` (the benchmarks
    /// compare the fast subset reader with libyaml alone).
    package static func parse(contents bytes: [UInt8], file: String, format: ModelFormat,
                              yamlReaders: YAMLReading = .subsetFirst) throws(LoadFailure) -> SourceTree {
        guard bytes.count <= maximumFileSize else {
            throw LoadFailure([LoadDiagnostic(.fileTooLarge(bytes: bytes.count, limit: maximumFileSize),
                                              at: SourceLocation(file: file, line: 1, column: 1))])
        }
        if let (line, column, byte) = UTF8Validation.firstInvalidPosition(in: bytes) {
            let hex = String(byte, radix: 16, uppercase: true)
            throw LoadFailure([LoadDiagnostic(.invalidEncoding(detail: "byte 0x\(hex) does not start a valid character"),
                                              at: SourceLocation(file: file, line: line, column: column))])
        }
        let result = switch format {
        case .yaml: YAMLReader.read(bytes, file: file, maximumDepth: maximumDepth, readers: yamlReaders)
        case .json: JSONReader.read(bytes, file: file, maximumDepth: maximumDepth)
        case .csv: CSVReader.read(bytes, file: file)
        }
        switch result {
        case .success(let tree): return tree
        case .failure(let failure): throw failure
        }
    }
}
