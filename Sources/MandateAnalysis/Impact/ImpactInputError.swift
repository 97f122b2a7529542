/// Why `--remove` and `--move` cannot be applied: one message per argument that names no body or is malformed.
public struct ImpactInputError: Error, Sendable, CustomStringConvertible {
    public let messages: [String]

    public var description: String { messages.map { "error: \($0)" }.joined(separator: "\n") }
}
