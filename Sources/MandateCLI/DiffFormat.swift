import ArgumentParser

/// The formats `mandate diff` writes.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
}
