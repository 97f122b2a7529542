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
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw .wouldOverwriteInput(path)
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw .cannotWrite(path, reason: "the folder '\(folder.path)' does not exist or is not writable")
        }
        do {
            try beforeRename()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: "\(error)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }
}
