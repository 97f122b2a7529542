/// The file formats a diagram can be written in.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg
    case png
    case pdf
    /// The DOT text itself, before layout.
    case dot

    /// The format a file's extension names, if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
