import Foundation

/// The file names that locations point into, each stored once for the whole process, so that a
/// ``SourceLocation`` holds a small number instead of a string and copying one counts no references.
final class FileNameTable: @unchecked Sendable {
    // Safe to share: every access goes through the lock.
    private let lock = NSLock()
    private var names: [String] = []
    private var numbers: [String: Int32] = [:]

    /// The one table of the process.
    static let shared = FileNameTable()

    /// The number of `name`, given it at its first use.
    func number(of name: String) -> Int32 {
        lock.withLock {
            if let number = numbers[name] { return number }
            let number = Int32(names.count)
            names.append(name)
            numbers[name] = number
            return number
        }
    }

    /// The name numbered `number`.
    func name(_ number: Int32) -> String {
        lock.withLock { names[Int(number)] }
    }
}
