/// One tree drawn on a sheet: a top body with some of its children, and what hangs below them.
struct SheetPart: Hashable {
    /// The body drawn at the top: a root, a folded body's own sheet, or a parent whose children run on.
    let top: Int
    /// The top's children on this sheet, in model order: all of them, or one run of those that run over
    /// several sheets.
    let children: [Int]
}
