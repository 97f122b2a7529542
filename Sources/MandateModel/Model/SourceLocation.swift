/// A position in a model file: the file as the user named it, and a 1-based line and column.
///
/// Columns count Unicode characters, not bytes, so `æ` moves the column by one. A location takes 12 bytes
/// and no reference counting: the file's name is kept once, in a process-wide table, and the location
/// holds its number.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let fileNumber: Int32
    private let storedLine: Int32
    private let storedColumn: Int32

    /// The file as the user named it on the command line or in the API call.
    public var file: String { FileNameTable.shared.name(fileNumber) }
    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in characters.
    public var column: Int { Int(storedColumn) }

    /// Creates a location; a line or column beyond 2³¹ − 1 is kept as that.
    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: FileNameTable.shared.number(of: file), line: line, column: column)
    }

    /// Creates a location in the file with this number in ``FileNameTable``.
    init(fileNumber: Int32, line: Int, column: Int) {
        self.fileNumber = fileNumber
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        guard lhs.fileNumber == rhs.fileNumber else { return lhs.file < rhs.file }
        return (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}
