/// The messages Graphviz gave during the current render. Only touched while ``GraphvizRenderer`` holds
/// its lock, which serialises every call into the library.
enum GraphvizMessages {
    nonisolated(unsafe) private static var messages: [String] = []

    static func reset() { messages.removeAll() }

    static func append(_ message: String) { messages.append(message) }

    static func take() -> [String] {
        defer { messages.removeAll() }
        return messages
    }
}
