import Foundation
import MandateModel

/// Reads `.mandate.yml`, reporting every unknown key, unknown rule, wrong value and missing waiver field
/// with its location, as the model loader does.
public enum ConfigurationLoader {
    /// The file name looked for next to a model.
    public static let fileName = ".mandate.yml"

    /// The configuration file that applies to a model: `.mandate.yml` in the model's folder, if there is one.
    public static func file(nextTo modelPath: String) -> String? {
        // A bare name (or `-`, standard input) is in the current folder; Foundation's path code traps on "-".
        let folder = modelPath.contains("/") ? (modelPath as NSString).deletingLastPathComponent : ""
        let candidate = folder.isEmpty ? fileName : (folder as NSString).appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    /// The configuration for the model at `modelPath`: the file at `override` if one is given, else the
    /// `.mandate.yml` in the model's folder, else the standard one. `cache` keeps each file read once when
    /// many models share a folder.
    public static func configuration(forModel modelPath: String, override: String? = nil, registry: RuleRegistry = .standard,
                                     cache: inout [String: Configuration]) throws(ConfigurationFailure) -> Configuration {
        guard let path = override ?? file(nextTo: modelPath) else { return .standard }
        if let known = cache[path] { return known }
        let configuration = try load(file: path, registry: registry)
        cache[path] = configuration
        return configuration
    }

    /// Loads the configuration file at `path`, which may set and waive the rules of `registry`.
    public static func load(file path: String, registry: RuleRegistry = .standard) throws(ConfigurationFailure) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationFailure([ConfigurationDiagnostic(.file(.unreadableFile(reason: "no such file, or it cannot be read")),
                                                                at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return try load(contents: [UInt8](data), file: path, registry: registry)
    }

    /// Loads a configuration from bytes; `file` names it in messages.
    public static func load(contents bytes: [UInt8], file: String, registry: RuleRegistry = .standard) throws(ConfigurationFailure) -> Configuration {
        let tree: SourceTree
        do {
            tree = try ModelLoader.parse(contents: bytes, file: file, format: .yaml)
        } catch {
            throw ConfigurationFailure(error)
        }
        var decoder = ConfigurationDecoder(tree: tree, registry: registry)
        let configuration = decoder.decode()
        guard decoder.diagnostics.isEmpty else { throw ConfigurationFailure(decoder.diagnostics) }
        return configuration
    }
}
