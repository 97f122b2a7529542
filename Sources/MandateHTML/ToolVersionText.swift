import MandateReporting

/// The version the page names as its generator.
enum ToolVersionText {
    static let current = ToolVersion.current
}
