/// What an explicit YAML tag on a node means to a model file, read as YAML's core schema reads it:
/// `!!str` makes a scalar text even where it looks like a number or `true`; `!!null`, `!!bool`, `!!int`,
/// `!!float` and `!!timestamp` read the scalar by its content, as if it were written plainly.
enum YAMLTag: Equatable {
    /// No tag, or the non-specific `!`, which leaves the node as written.
    case none
    /// `!!str`: the scalar is text.
    case text
    /// A core-schema type other than text, or `!!map` and `!!seq`: read by content.
    case typed
    /// Any other tag, which a model file has no use for.
    case unknown(String)

    private static let prefix = "tag:yaml.org,2002:"
    private static let typedNames: Set<String> = ["null", "bool", "int", "float", "timestamp", "map", "seq"]

    /// The meaning of libyaml's resolved tag text, `nil` where the node has none.
    init(_ tag: UnsafeMutablePointer<UInt8>?) {
        guard let tag else { self = .none; return }
        let text = String(cString: tag)
        switch text {
        case "!": self = .none
        case Self.prefix + "str": self = .text
        case let name where name.hasPrefix(Self.prefix) && Self.typedNames.contains(String(name.dropFirst(Self.prefix.count))):
            self = .typed
        default:
            self = .unknown(text.hasPrefix(Self.prefix) ? "!!" + text.dropFirst(Self.prefix.count) : text)
        }
    }
}
