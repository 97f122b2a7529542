import MandateModel
import MandateReporting

/// The outlines of a structure's files, each read again only when its bytes changed; a file that stops parsing
/// keeps the outline of its last text that did, so that navigation still answers while it is broken.
final class OutlineCache {
    private var outlines: [String: (bytes: [UInt8], outline: FileOutline)] = [:]

    /// The outline of every file of `structure`, in the order of its files.
    func outlines(of structure: LoadedStructure, open: [String: [UInt8]]) -> [FileOutline] {
        let paths = structure.files(open: open)
        let kept = Set(paths)
        outlines = outlines.filter { kept.contains($0.key) }
        remember(paths, of: structure, open: open)
        return paths.compactMap { outlines[$0]?.outline }
    }

    /// Reads again the outlines of `paths` whose bytes changed: the open files after each edit.
    func remember(_ paths: [String], of structure: LoadedStructure, open: [String: [UInt8]]) {
        for path in paths {
            guard let bytes = structure.bytes(of: path, open: open), outlines[path]?.bytes != bytes,
                  let tree = try? ModelLoader.parse(contents: bytes, file: path, format: ModelFormat(path: path) ?? .yaml) else { continue }
            outlines[path] = (bytes, FileOutline(tree))
        }
    }
}
