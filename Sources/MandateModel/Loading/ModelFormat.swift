/// The file formats a model can be read from.
public enum ModelFormat: String, Sendable, CaseIterable {
    case yaml
    case json

    /// The format a file's extension names, if any.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }
}
