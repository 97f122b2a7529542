import Foundation

/// Paths inside the package, found from this file's place.
enum RulesTestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func model(_ name: String) -> String {
        packageRoot.appendingPathComponent("Models/\(name)").path
    }
}
