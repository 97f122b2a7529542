import Foundation

/// A synthetic model written as a workspace of many files, the way many owners keep one structure: a shared
/// file of organisations, units and roles, and a file per subtree of at most ``maximumBodiesPerFile`` bodies,
/// whose references to bodies of other files (and to the shared file) are written `MODEL/ID`.
///
/// Loaded as a workspace, it is the same structure as ``SyntheticModel/yaml()`` with every id `MODEL/ID`.
public struct SyntheticWorkspace: Sendable {
    public let model: SyntheticModel
    public let maximumBodiesPerFile: Int

    /// Plans the files of `model`.
    public init(_ model: SyntheticModel, maximumBodiesPerFile: Int = 1_000) {
        self.model = model
        self.maximumBodiesPerFile = maximumBodiesPerFile
    }

    /// The model id of the file that declares organisations, units and roles.
    public static let sharedModel = "shared"

    /// The file each body is written in, by body index: subtrees of at most ``maximumBodiesPerFile`` bodies in
    /// all, siblings packed together under a parent whose own subtree is larger, and the bodies above such
    /// subtrees in one file per root.
    public var fileOfBody: [Int: Int] {
        let bodies = model.bodies
        let position = Dictionary(uniqueKeysWithValues: bodies.enumerated().map { ($1.index, $0) })
        var size = Array(repeating: 1, count: bodies.count)
        // Parents come before their children in the tree, so one pass from the end sums each subtree.
        for at in bodies.indices.reversed() {
            if let parent = bodies[at].parents.first.flatMap({ position[$0] }), parent < at { size[parent] += size[at] }
        }
        var file = Array(repeating: -1, count: bodies.count)
        var fileSize: [Int] = []
        // The file a large parent's last small subtree went to, which the next may share while it has room.
        var openFile: [Int: Int] = [:]
        for at in bodies.indices {
            let parent = bodies[at].parents.first.flatMap { position[$0] }.flatMap { $0 < at ? $0 : nil }
            guard let parent else {
                file[at] = fileSize.count
                fileSize.append(1)
                continue
            }
            // A subtree small enough under a parent that is not heads a file, or joins its sibling's; every other body
            // joins its parent's.
            if size[at] <= maximumBodiesPerFile && size[parent] > maximumBodiesPerFile {
                if let shared = openFile[parent], fileSize[shared] + size[at] <= maximumBodiesPerFile {
                    file[at] = shared
                } else {
                    file[at] = fileSize.count
                    fileSize.append(0)
                    openFile[parent] = file[at]
                }
                fileSize[file[at]] += size[at]
            } else {
                file[at] = file[parent]
                if size[at] > maximumBodiesPerFile { fileSize[file[at]] += 1 }
            }
        }
        return Dictionary(uniqueKeysWithValues: bodies.indices.map { (bodies[$0].index, file[$0]) })
    }

    /// The model id of the file numbered `file`.
    public static func fileModel(_ file: Int) -> String { "part\(file)" }

    /// Writes every file below `folder` (made if need be, emptied first); returns the files written.
    @discardableResult
    public func write(to folder: URL) throws -> [(path: String, contents: String)] {
        try? FileManager.default.removeItem(at: folder)
        let files = files()
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return files
    }

    /// Every file, by its path in the workspace's folder, `.mandate.yml` first; the same parameters always give
    /// the same bytes.
    public func files() -> [(path: String, contents: String)] {
        let fileOf = fileOfBody
        var byFile: [Int: [SyntheticBody]] = [:]
        for body in model.bodies { byFile[fileOf[body.index]!, default: []].append(body) }
        var out: [(path: String, contents: String)] = [(".mandate.yml", "workspace: Synthetic structure of \(model.bodyCount) bodies in many files\n")]
        var shared = "mandate: 1\nmodel: \(Self.sharedModel)\nowner: sekretariatet@example.dk\ndate: 2026-06-01\n\norganisations:\n"
        for index in 0..<model.organisationCount {
            shared += "  org\(index): {name: Organisation \(index), kind: \(index % 2 == 0 ? "region" : "municipality")}\n"
        }
        shared += "\nunits:\n"
        for index in 0..<model.unitCount {
            shared += "  unit\(index): {name: Sekretariat \(index), short: S\(index), organisation: org\(index % model.organisationCount)}\n"
        }
        shared += "\nroles:\n"
        for index in 0..<model.roleCount {
            shared += "  role\(index): {title: Direktør for område \(index), organisation: org\(index % model.organisationCount)}\n"
        }
        out.append(("shared.yaml", shared))
        for file in byFile.keys.sorted() {
            let name = Self.fileModel(file)
            var text = "mandate: 1\nmodel: \(name)\nowner: team\(file % 40)@example.dk\ndate: 2026-06-01\n\nbodies:\n"
            for body in byFile[file]! {
                text += body.yaml(body: { parent in
                    let other = fileOf[parent].map(Self.fileModel) ?? name
                    return other == name ? SyntheticModel.bodyID(parent) : "\(other)/\(SyntheticModel.bodyID(parent))"
                }, shared: "\(Self.sharedModel)/")
            }
            out.append(("parts/\(name).yaml", text))
        }
        return out
    }
}
