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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", object]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = SourceLocation(file: object, line: 1, column: 1)
        do { try process.run() } catch {
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "git could not be run (\(error.localizedDescription))"), at: start)])
        }
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = problem.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw LoadFailure([LoadDiagnostic(.unreadableFile(reason: "no such file, and git has no '\(object)': \(reason)"), at: start)])
        }
        return bytes
    }
}
