import Foundation
import MandateModel

/// Completions that depend on what is typed: the body ids of the model named on the command line.
enum Completions {
    /// The ids of the bodies of the first model file among `words` that loads, beginning with `prefix`.
    static func bodies(in words: [String], prefix: String) -> [String] {
        for word in words where ModelArguments.extensions.contains((word as NSString).pathExtension.lowercased()) {
            guard let model = try? ModelLoader.load(file: word) else { continue }
            return model.bodies.map(\.id.rawValue).filter { $0.hasPrefix(prefix) }
        }
        return []
    }
}
