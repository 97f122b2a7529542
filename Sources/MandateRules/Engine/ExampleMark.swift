/// Where a `↓` in a rule example stood: the line and column, in characters, that a finding must point at.
package struct ExampleMark: Hashable, Sendable, Comparable {
    public let line: Int
    public let column: Int

    /// Creates a mark.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: ExampleMark, rhs: ExampleMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
