import Foundation

/// A workspace of two files on disk, in Danish: the region's file declares a council, a committee, a role and a
/// unit; the forum's file names them across files.
struct Fixture {
    let folder: URL
    var region: URL { folder.appendingPathComponent("region.yaml") }
    var forum: URL { folder.appendingPathComponent("forum.yaml") }

    static let regionText = """
        mandate: 1
        model: region
        language: da
        roles:
          direktoer: {title: Direktør, holders: [Anne Berg]}
        units:
          sekretariat: {name: Sekretariatet}
        bodies:
          raad: {name: Regionsrådet, kind: political, root: true}
          udvalg:
            name: Sundhedsudvalget
            kind: committee
            reportsTo: raad
            chair: direktoer
            secretariat: [sekretariat]

        """

    static let forumText = """
        mandate: 1
        model: forum
        language: da
        bodies:
          forum:
            name: Psykiatriforum
            kind: forum
            reportsTo: region/udvalg
            chair: region/direktoer
          gruppe:
            name: Arbejdsgruppen
            kind: working-group
            reportsTo: forum
            review: 2020-01-01

        """

    /// The workspace written to a new folder, with `files` (name → text) added or replacing the two.
    init(_ files: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let all = ["region.yaml": Self.regionText, "forum.yaml": Self.forumText, ".mandate.yml": "workspace: true\n"].merging(files) { $1 }
        for (name, text) in all {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The 0-based line and the UTF-16 character of the `occurrence`-th `text` in `contents`.
    static func position(of text: String, in contents: String, occurrence: Int = 1) -> (line: Int, character: Int) {
        var seen = 0
        for (number, line) in contents.components(separatedBy: "\n").enumerated() {
            var rest = line[...]
            while let found = rest.range(of: text) {
                seen += 1
                if seen == occurrence { return (number, line[..<found.lowerBound].utf16.count) }
                rest = rest[found.upperBound...]
            }
        }
        return (-1, -1)
    }
}
