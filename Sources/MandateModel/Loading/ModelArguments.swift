import Foundation

/// The model files a command's arguments name: a file as it is; `-` for standard input; a folder for every
/// file below it that may be a model (`.yaml`, `.yml`, `.json`, `.csv`), in name order, leaving out hidden
/// files and folders (`.mandate.yml` is configuration), JSON Schemas (`*.schema.json`) and folders below that
/// are workspaces (``WorkspaceFolder``), which are named apart. A file found in a folder is read as a model only
/// if it declares `mandate:` (``ModelLoader/load(fileInFolder:)``).
package enum ModelArguments {
    /// The extensions of model files.
    package static let extensions = ["yaml", "yml", "json", "csv"]

    /// The files `arguments` name (each with whether it was found in a folder), the folders that hold none, each
    /// as a located problem, and the workspaces' folders found below the folders named.
    package static func expand(_ arguments: [String])
        -> (files: [(path: String, inFolder: Bool)], emptyFolders: [LoadDiagnostic], workspaces: [String]) {
        var files: [(path: String, inFolder: Bool)] = []
        var empty: [LoadDiagnostic] = []
        var workspaces: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                files.append((argument, false))
                continue
            }
            let (found, nested) = modelFiles(in: argument)
            workspaces += nested
            if found.isEmpty, nested.isEmpty {
                empty.append(LoadDiagnostic(.noModelFiles, at: SourceLocation(file: argument, line: 1, column: 1)))
            }
            files += found.map { ($0, true) }
        }
        return (files, empty, workspaces)
    }

    private static func modelFiles(in folder: String) -> (files: [String], workspaces: [String]) {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                                                          options: [.skipsHiddenFiles]) else { return ([], []) }
        var found: [String] = []
        var workspaces: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true, WorkspaceFolder.isRoot(url.path) {
                walker.skipDescendants()
                workspaces.append(prefix + url.path.dropFirst(root.path.count).drop { $0 == "/" })
                continue
            }
            guard extensions.contains(url.pathExtension.lowercased()), !name.hasSuffix(".schema.json"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            found.append(prefix + relative)
        }
        return (found.sorted(), workspaces.sorted())
    }
}
