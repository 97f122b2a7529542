import ArgumentParser

/// The formats `mandate timeline` writes.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
}
