import Foundation

/// What the terminal on standard output can show.
enum Terminal {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
    static var wantsColour: Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColour.isEmpty && isatty(STDOUT_FILENO) == 1
    }
}
