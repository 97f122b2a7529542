import Foundation

/// Writes a file all at once: the bytes go to a temporary file in the same folder, which is then renamed
/// over the target, so a failed or interrupted run leaves any earlier file as it was.
enum AtomicFile {
    enum Failure: Error, CustomStringConvertible {
        case wouldOverwriteInput(String)
        case cannotWrite(String, reason: String)

        var description: String {
            switch self {
            case .wouldOverwriteInput(let path): "error: refusing to write over the model '\(path)'; choose another output file"
            case .cannotWrite(let path, let reason): "error: cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes `bytes` to `path`, unless `path` is one of `inputs`. `beforeRename` runs between writing the
    /// temporary file and renaming it: a test makes it fail there, to show that the earlier file survives.
    static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String],
                      beforeRename: () throws -> Void = {}) throws(Failure) {
        try write([(path, bytes)], protecting: inputs, beforeRename: beforeRename)
    }

    /// Writes several files: every temporary file first, then the renames, so that a failure while writing
    /// leaves every earlier file as it was.
    static func write(_ files: [(path: String, bytes: [UInt8])], protecting inputs: [String],
                      beforeRename: () throws -> Void = {}) throws(Failure) {
        let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() })
        for (path, _) in files {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw .cannotWrite(path, reason: "it is a folder")
            }
        }
        var written: [(temporary: URL, target: URL, path: String)] = []
        func discard() { for file in written { try? FileManager.default.removeItem(at: file.temporary) } }
        for (path, bytes) in files {
            let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            if protected.contains(target) {
                discard()
                throw .wouldOverwriteInput(path)
            }
            let folder = target.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
                discard()
                throw .cannotWrite(path, reason: "the folder '\(folder.path)' does not exist or is not writable")
            }
            written.append((temporary, target, path))
        }
        do {
            try beforeRename()
        } catch {
            discard()
            throw .cannotWrite(files.first?.path ?? "", reason: "\(error)")
        }
        for (index, file) in written.enumerated() where rename(file.temporary.path, file.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in written[index...] { try? FileManager.default.removeItem(at: rest.temporary) }
            throw .cannotWrite(file.path, reason: reason)
        }
    }
}
