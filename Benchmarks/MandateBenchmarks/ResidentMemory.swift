import Foundation

/// The process's resident memory, read from /proc.
enum ResidentMemory {
    /// Resident set size in kilobytes, or 0 where /proc is not available.
    static var kilobytes: Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
