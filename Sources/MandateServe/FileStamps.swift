import Foundation
import MandateModel
import MandateReporting

/// What the files of a structure look like on disk, to see when one is saved, added or removed: each file's
/// modification time, size and inode, read with `stat` (polling: the same on every system, and a few thousand
/// `stat` calls take milliseconds).
struct FileStamps: Equatable {
    private(set) var stamps: [String: [Int]] = [:]

    /// The stamps of the structure's files as they are now: a workspace's model files and configuration, or the
    /// file and the `.mandate.yml` beside it.
    init(of scope: LoadedStructure.Scope) {
        let paths: [String]
        switch scope {
        case .workspace(let root):
            paths = WorkspaceFolder.candidates(in: root).map { root + "/" + $0 } + [root + "/" + WorkspaceFolder.markerFile]
        case .file(let path):
            paths = [path, ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(WorkspaceFolder.markerFile)]
        }
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            stamps[path] = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec), Int(status.st_size), Int(status.st_ino)]
        }
    }

    /// The files that differ from `earlier`: saved, added or removed.
    func changed(since earlier: FileStamps) -> [String] {
        Set(stamps.keys).union(earlier.stamps.keys).filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }
}
