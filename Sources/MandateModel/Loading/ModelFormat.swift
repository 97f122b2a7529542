/// The file formats a model can be read from.
public enum ModelFormat: String, Sendable, CaseIterable {
    case yaml
    case json
    /// One body per row, under a header of body keys (see ``CSVReader``).
    case csv

    /// The format a file's extension names, if any.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}
