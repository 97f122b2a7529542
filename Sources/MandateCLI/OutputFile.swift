import Foundation

/// Writes output files so that nothing is lost. A regular file, or a new path, is written all at once: the
/// bytes go to a temporary file in the same folder, which is flushed to disk (`fsync`), given the earlier
/// file's permissions, and renamed over the target, and the folder is flushed too; a failed or interrupted
/// run leaves any earlier file as it was. Anything else (a character device such as `/dev/null`, a FIFO, a
/// pipe or terminal behind `/dev/stdout`) is written directly and left what it was.
enum OutputFile {
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

    /// Whether `path` is a stream rather than a file that can hold several: `-` (standard output), a device, a
    /// FIFO or socket, or a file reached through /proc (/dev/stdout redirected to a file).
    static func isStream(_ path: String) -> Bool {
        guard path != "-" else { return true }
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        return (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR || target.path.hasPrefix("/proc/")
    }

    /// Writes `bytes` to `path`, unless `path` is one of `inputs`. `beforeRename` runs between writing the
    /// temporary file and renaming it: a test makes it fail there, to show that the earlier file survives.
    static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String],
                      beforeRename: () throws -> Void = {}) throws(Failure) {
        try write([(path, bytes)], protecting: inputs, beforeRename: beforeRename)
    }

    /// Writes several files: every regular file's temporary first, then the renames, so that a failure while
    /// writing leaves every earlier file as it was.
    static func write(_ files: [(path: String, bytes: [UInt8])], protecting inputs: [String],
                      beforeRename: () throws -> Void = {}) throws(Failure) {
        let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() })
        var regular: [(path: String, bytes: [UInt8], target: URL, mode: mode_t?)] = []
        var direct: [(path: String, bytes: [UInt8])] = []
        for (path, bytes) in files {
            var status = stat()
            let exists = stat(path, &status) == 0
            if exists, (status.st_mode & S_IFMT) == S_IFDIR { throw .cannotWrite(path, reason: "it is a folder") }
            let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            if protected.contains(target) { throw .wouldOverwriteInput(path) }
            // A device, FIFO or socket, or a regular file reached through /proc (/dev/stdout redirected to a file).
            if exists, (status.st_mode & S_IFMT) != S_IFREG || target.path.hasPrefix("/proc/") {
                direct.append((path, bytes))
            } else {
                regular.append((path, bytes, target, exists ? status.st_mode & 0o7777 : nil))
            }
        }
        var written: [(temporary: URL, target: URL, path: String)] = []
        func discard() { for file in written { unlink(file.temporary.path) } }
        for file in regular {
            let folder = file.target.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(".\(file.target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            do {
                try writeAll(file.bytes, to: temporary.path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, mode: file.mode ?? 0o644, sync: true)
            } catch {
                unlink(temporary.path)
                discard()
                throw .cannotWrite(file.path, reason: error.reason)
            }
            written.append((temporary, file.target, file.path))
        }
        do {
            try beforeRename()
        } catch {
            discard()
            throw .cannotWrite(files.first?.path ?? "", reason: "\(error)")
        }
        for (index, file) in written.enumerated() where rename(file.temporary.path, file.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in written[index...] { unlink(rest.temporary.path) }
            throw .cannotWrite(file.path, reason: reason)
        }
        for folder in Set(written.map { $0.target.deletingLastPathComponent().path }) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
        for file in direct {
            do { try writeAll(file.bytes, to: file.path, flags: O_WRONLY, mode: 0, sync: false) } catch {
                throw .cannotWrite(file.path, reason: error.reason)
            }
        }
    }

    /// Why a write failed, from `errno`.
    private struct WriteError: Error {
        let reason: String
        init() { reason = String(cString: strerror(errno)) }
    }

    /// Opens `path` and writes every byte, retrying short writes; with `sync`, flushes it to disk first.
    private static func writeAll(_ bytes: [UInt8], to path: String, flags: Int32, mode: mode_t, sync: Bool) throws(WriteError) {
        let descriptor = open(path, flags, mode)
        guard descriptor >= 0 else { throw WriteError() }
        defer { close(descriptor) }
        if flags & O_CREAT != 0 { fchmod(descriptor, mode) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw WriteError() }
            offset += count
        }
        if sync, fsync(descriptor) != 0 { throw WriteError() }
    }
}
