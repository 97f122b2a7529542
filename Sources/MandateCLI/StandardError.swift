import Foundation

/// Writes diagnostics to standard error, keeping standard output for reports.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
