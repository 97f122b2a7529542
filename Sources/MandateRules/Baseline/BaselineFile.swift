import Foundation
import MandateModel

/// A baseline as a JSON file: `{"mandateBaseline": 1, "findings": [{"model", "rule", "bodies", "fingerprint",
/// "message"}]}`, one finding a line, sorted, so that a change to it reads well in a diff.
package enum BaselineFile {
    /// The baseline as the file's text.
    public static func text(_ baseline: Baseline) -> String {
        let sorted = baseline.entries.sorted { $0.key < $1.key }
        let lines = sorted.map { entry -> String in
            JSONValue.object([
                ("model", .string(entry.model)), ("rule", .string(entry.rule)), ("bodies", .array(entry.bodies.map { JSONValue.string($0) })),
                ("fingerprint", .string(entry.fingerprint)), ("message", .string(entry.message)),
            ]).compact()
        }
        return "{\"mandateBaseline\": 1, \"findings\": [\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
    }

    /// The baseline in `file`, or the problems that make it unusable, located.
    public static func load(file: String) throws(ConfigurationFailure) -> Baseline {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigurationFailure([ConfigurationDiagnostic(.file(.unreadableFile(reason: "no such file, or it cannot be read")),
                                                                at: SourceLocation(file: file, line: 1, column: 1))])
        }
        let tree: SourceTree
        do {
            tree = try ModelLoader.parse(contents: [UInt8](data), file: file, format: .json)
        } catch {
            throw ConfigurationFailure(error)
        }
        var entries: [BaselineEntry] = []
        var problems: [ConfigurationDiagnostic] = []
        guard let root = tree.root, tree.kind(of: root) == .mapping,
              let findings = Self.value(of: "findings", in: root, tree: tree), tree.kind(of: findings) == .sequence else {
            throw ConfigurationFailure([ConfigurationDiagnostic(.notABaseline, at: tree.root.map(tree.location(of:)) ?? SourceLocation(file: file, line: 1, column: 1))])
        }
        for item in tree.children(of: findings) {
            var fields: [String: SourceTree.Node] = [:]
            if tree.kind(of: item) == .mapping {
                let children = tree.children(of: item)
                for index in stride(from: 0, to: children.count - 1, by: 2) { fields[tree.text(of: children[index])] = children[index + 1] }
            }
            guard let model = fields["model"], let rule = fields["rule"], let bodies = fields["bodies"], let fingerprint = fields["fingerprint"] else {
                problems.append(ConfigurationDiagnostic(.notABaseline, at: tree.location(of: item)))
                continue
            }
            entries.append(BaselineEntry(model: tree.text(of: model), rule: tree.text(of: rule),
                                         bodies: tree.children(of: bodies).map { tree.text(of: $0) }.sorted(),
                                         fingerprint: tree.text(of: fingerprint), message: fields["message"].map { tree.text(of: $0) } ?? ""))
        }
        guard problems.isEmpty else { throw ConfigurationFailure(problems) }
        return Baseline(entries: entries)
    }

    /// The value of `key` in the mapping `node`.
    private static func value(of key: String, in node: SourceTree.Node, tree: SourceTree) -> SourceTree.Node? {
        let children = tree.children(of: node)
        return stride(from: 0, to: children.count - 1, by: 2).first { tree.text(of: children[$0]) == key }.map { children[$0 + 1] }
    }
}
