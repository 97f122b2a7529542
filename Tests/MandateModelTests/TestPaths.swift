import Foundation

/// Paths inside the package, found from this file's place, so tests run the same from any folder.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let models = packageRoot.appendingPathComponent("Models")
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The model files in `Models/`, sorted.
    static func modelFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: models.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { models.appendingPathComponent($0) }
    }

    /// The files of a fixture folder with one of the given extensions, sorted by name.
    static func fixtureFiles(_ folder: String, extensions: [String]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? []
        return names.filter { name in extensions.contains { name.hasSuffix(".\($0)") } }.sorted()
    }
}
