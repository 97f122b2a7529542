import Foundation

/// Runs git for what a command reads at a revision (`REV:PATH`).
enum Git {
    /// Git's standard output for `arguments`, with `input` on its standard input; or the first line of what
    /// git said went wrong.
    static func run(_ arguments: [String], input: [UInt8] = []) -> Result<[UInt8], GitError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let (output, errors, standardInput) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do { try process.run() } catch {
            return .failure(GitError(reason: "git could not be run (\(error.localizedDescription))"))
        }
        // The input is written from another thread, so that a large output cannot block the writing.
        let writer = Thread {
            standardInput.fileHandleForWriting.write(Data(input))
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(GitError(reason: problem.split(separator: "\n").first.map(String.init) ?? "git \(arguments.first ?? "") failed"))
        }
        return .success(bytes)
    }

    /// Why git gave nothing.
    struct GitError: Error {
        let reason: String
    }

    /// Whether `object` (`REV:PATH`) is a folder at that revision.
    static func isFolder(_ object: String) -> Bool {
        (try? run(["cat-file", "-t", object]).get()).map { String(decoding: $0, as: UTF8.self).hasPrefix("tree") } ?? false
    }

    /// The contents of `objects` (each `REV:PATH`, naming a file), read by one git process; `nil` for one git
    /// does not have.
    static func contents(of objects: [String]) -> [[UInt8]?] {
        guard !objects.isEmpty else { return [] }
        guard let output = try? run(["cat-file", "--batch"], input: Array(objects.map { $0 + "\n" }.joined().utf8)).get() else {
            return objects.map { _ in nil }
        }
        // Each object comes as a header `<sha> <type> <size>`, its bytes and a newline; or `<object> missing`.
        var results: [[UInt8]?] = []
        var position = 0
        while position < output.count, results.count < objects.count {
            guard let end = output[position...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: output[position..<end], as: UTF8.self).split(separator: " ")
            position = end + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), position + size <= output.count else {
                results.append(nil)
                continue
            }
            results.append(Array(output[position..<(position + size)]))
            position += size + 1
        }
        return results + Array(repeating: nil, count: objects.count - results.count)
    }
}
