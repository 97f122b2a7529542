import ArgumentParser

/// The formats `mandate diff` writes.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
    /// A self-contained HTML page: the changes, the diagram of what changed, the findings, a card per body.
    case html
}
