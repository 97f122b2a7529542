/// One field of a CSV row: where its text lies and where it starts in the file.
struct CSVCell: Sendable {
    /// The text's byte range, in the source or, for a quoted field with doubled quotes, in the parser's decoded text.
    let range: Range<Int>
    let isDecoded: Bool
    let line: Int
    let column: Int
    /// Whether the field was written in double quotes; its text then starts one column further.
    let isQuoted: Bool

    var isEmpty: Bool { range.isEmpty }
}
