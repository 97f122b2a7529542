import Foundation

/// Where workspaces are: a folder whose `.mandate.yml` says `workspace:` makes every model file below it one
/// structure, and a file knows its workspace as the nearest such folder above it.
public enum WorkspaceFolder {
    /// The configuration file that marks a workspace's folder when it declares `workspace:`.
    public static let markerFile = ".mandate.yml"

    /// The nearest folder at or above `path` (a file or a folder) that is a workspace's; `nil` where there is none.
    public static func root(of path: String) -> String? {
        var isFolder: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        var folder = isFolder.boolValue ? path : (path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : ".")
        if folder.isEmpty { folder = "/" }
        var standard = WorkspaceScope.standard(folder)
        while true {
            if isRoot(standard) { return relative(standard, as: folder) }
            guard standard != "/" else { return nil }
            standard = (standard as NSString).deletingLastPathComponent
        }
    }

    /// Whether `folder` holds a `.mandate.yml` that declares `workspace:` (and not `workspace: false`).
    public static func isRoot(_ folder: String) -> Bool {
        guard let bytes = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(markerFile)) else { return false }
        return WorkspaceSettings(configuration: [UInt8](bytes), file: markerFile) != nil
    }

    /// The model-file candidates below `root`, by their paths from it, in name order; hidden files and folders, JSON
    /// Schemas, and folders that are workspaces of their own are left out. The folder is read entry by entry with
    /// the kind of each from the folder itself, not a look-up per file: a workspace may hold thousands of files.
    public static func candidates(in root: String) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            if !relative.isEmpty, isRoot(folder) { continue }
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var kind = Int32(entry.pointee.d_type)
                if kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) {
                    var isFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder) else { continue }
                    kind = isFolder.boolValue ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if kind == Int32(DT_DIR) {
                    pending.append(path)
                } else if kind == Int32(DT_REG), ModelFormat(path: name) != nil, !name.hasSuffix(".schema.json") {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    /// `path` made absolute and standard (no `.`, `..` or doubled `/`), for comparing places.
    package static func standard(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    /// `standard` (an absolute folder) written as the user would: relative to the current folder when `given` was.
    private static func relative(_ standard: String, as given: String) -> String {
        guard !given.hasPrefix("/") else { return standard }
        let current = WorkspaceScope.standard(".")
        if standard == current { return "." }
        if standard.hasPrefix(current + "/") { return String(standard.dropFirst(current.count + 1)) }
        var up = "", folder = current
        while !standard.hasPrefix(folder == "/" ? "/" : folder + "/") {
            folder = (folder as NSString).deletingLastPathComponent
            up += "../"
        }
        return up + standard.dropFirst(folder == "/" ? 1 : folder.count + 1)
    }
}
