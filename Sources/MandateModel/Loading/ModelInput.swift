import Foundation

/// Where a command reads a model from: a file; `-`, standard input (in the format `--input-format` names);
/// or `REV:PATH`, the file at a git revision, through `git show`, so that a pipeline compares with
/// `origin/main:Models/x.yaml` without temporary files.
package enum ModelInput {
    /// The model `argument` names; `format` is the format of standard input (YAML if not given) or of a
    /// revision's file whose name does not tell.
    package static func load(_ argument: String, format: ModelFormat? = nil) throws(LoadFailure) -> Model {
        if argument == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return try ModelLoader.load(contents: bytes, file: "-", format: format ?? .yaml)
        }
        if !FileManager.default.fileExists(atPath: argument), let colon = argument.firstIndex(of: ":"), colon != argument.startIndex {
            let path = String(argument[argument.index(after: colon)...])
            let bytes = try gitShow(argument)
            return try ModelLoader.load(contents: bytes, file: argument, format: format ?? ModelFormat(path: path) ?? .yaml)
        }
        return try ModelLoader.load(file: argument)
    }

    /// The bytes of `revision:path` as git has them, or a located error saying why not.
    private static func gitShow(_ object: String) throws(LoadFailure) -> [UInt8] {
        switch Git.run(["show", object]) {
        case .success(let bytes): return bytes
        case .failure(let error):
            let reason = error.reason.hasPrefix("git could not") ? error.reason : "no such file, and git has no '\(object)': \(error.reason)"
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: reason), at: SourceLocation(file: object, line: 1, column: 1))])
        }
    }

    /// Whether `argument` names a folder at a git revision (`REV:DIR`) rather than a file on disk.
    package static func isRevisionFolder(_ argument: String) -> Bool {
        guard !FileManager.default.fileExists(atPath: argument), let colon = argument.firstIndex(of: ":"), colon != argument.startIndex else {
            return false
        }
        return Git.isFolder(gitObject(argument))
    }

    /// `REV:PATH` as git reads it: `REV:.` (the current folder, which git does not take) as `REV:./`.
    package static func gitObject(_ argument: String) -> String {
        argument.hasSuffix(":.") ? argument + "/" : argument
    }
}
