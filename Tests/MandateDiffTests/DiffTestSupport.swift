import Foundation
import MandateDiff
import MandateModel

/// Loading and comparing the models in `Models/`.
enum DiffTestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let modelNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Models").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static func model(_ name: String) throws -> Model {
        try ModelLoader.load(file: packageRoot.appendingPathComponent("Models/\(name).yaml").path)
    }

    /// Compares two models, each at its own date (or 2026-06-01).
    static func compare(_ before: Model, _ after: Model) -> DiffReport {
        let fallback = Day("2026-06-01")!
        return Differ().compare(before, after, beforeDate: before.date ?? fallback, afterDate: after.date ?? fallback)
    }

    /// A change as one comparable line.
    static func line(_ change: Change) -> String {
        "\(change.kind.rawValue) \(change.body) [\(change.bodies.map(\.rawValue).joined(separator: ","))] "
            + "\(change.old.joined(separator: ",")) -> \(change.new.joined(separator: ","))"
    }
}
