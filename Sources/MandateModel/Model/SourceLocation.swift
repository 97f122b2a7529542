/// A position in a model file: the file as the user named it, and a 1-based line and column.
///
/// Columns count Unicode characters, not bytes, so `æ` moves the column by one.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it on the command line or in the API call.
    public let file: String
    private let storedLine: Int32
    private let storedColumn: Int32

    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in characters.
    public var column: Int { Int(storedColumn) }

    /// Creates a location; a line or column beyond 2³¹ − 1 is kept as that.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.storedLine, lhs.storedColumn) < (rhs.file, rhs.storedLine, rhs.storedColumn)
    }
}
