/// A position in a model file: the file as the user named it, and a 1-based line and column.
///
/// Columns count Unicode characters, not bytes, so `æ` moves the column by one.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it on the command line or in the API call.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, in characters.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
