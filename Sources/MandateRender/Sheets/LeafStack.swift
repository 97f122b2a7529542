/// How the leaves under one parent are stacked in a few columns, as organisation-chart software does,
/// instead of standing in one rank as wide as all of them.
enum LeafStack {
    /// A parent stacks its leaves of one organisation once it has at least this many.
    static let minimum = 4
    /// The horizontal gap between boxes and the vertical gap between ranks, in points (`nodesep`, `ranksep`).
    static let nodeGap = 18.0
    static let rankGap = 21.6

    /// Room a sheet keeps above a stack for its title, legend and the parent's box, in points.
    static let headroom = 220.0

    /// How many columns `count` leaves of `cell` size take: a block of about the page's proportions (or 1.4
    /// times as wide as tall without a page), in at least two columns, more where the page is too short for
    /// the rows, and no wider than the page allows.
    static func columns(count: Int, cell: PageSize, page: PageSize?) -> Int {
        let usable = page.map { PageSize(width: $0.width - 2 * SheetOptions.margin, height: $0.height - 2 * SheetOptions.margin) }
        let aspect = usable.map { $0.width / $0.height } ?? 1.4
        let balanced = Int((aspect * Double(count) * (cell.height + rankGap) / (cell.width + nodeGap)).squareRoot().rounded(.up))
        guard let usable else { return max(1, min(count, max(2, balanced))) }
        let fitting = max(1, Int((usable.width / SheetOptions.minimumScale + nodeGap) / (cell.width + nodeGap)))
        let rows = max(1, Int((usable.height / SheetOptions.minimumScale - headroom + rankGap) / (cell.height + rankGap)))
        let tall = (count + rows - 1) / rows
        return max(1, min(count, max(2, balanced, tall), fitting))
    }

    /// The size of `count` leaves stacked in `columns` columns of `cell` size, with the group's outline.
    static func size(count: Int, columns: Int, cell: PageSize) -> PageSize {
        let rows = (count + columns - 1) / columns
        return PageSize(width: Double(columns) * (cell.width + nodeGap) - nodeGap + 16,
                        height: Double(rows) * (cell.height + rankGap) - rankGap + 16)
    }
}
