/// Where the planner puts a sheet's parts: side by side in rows as wide as the page allows, one row under
/// another, with the estimated natural size of the whole.
struct SheetLayout {
    /// Indices of the parts in each row.
    var rows: [[Int]]
    /// How many ranks each row takes, so that dot can put the next row below it.
    var rowRanks: [Int]
    /// The natural size, title and legend included, in points.
    var size: PageSize
}
