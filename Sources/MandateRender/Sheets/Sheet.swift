import MandateModel

/// One sheet of a diagram: the part of the view it draws, the notes on its boxes that say where the
/// structure continues, and the paper it is drawn on.
public struct Sheet: Sendable {
    /// The sheet's number, from 1.
    public let number: Int
    /// How many sheets the diagram has.
    public let count: Int
    /// What the sheet draws.
    public let view: DiagramView
    /// Notes by body: "12 bodies below → sheet 4" on a folded box, "↑ from sheet 1" on a sheet's top box.
    public let notes: [BodyID: String]
    /// The paper, turned as the sheet fits it best; `nil` for the drawing's natural size.
    package let paper: PageSize?
    /// The top bodies of the sheet's trees, row by row: each row is drawn below the one before.
    public let rows: [[BodyID]]
    /// How many ranks each row takes.
    let rowRanks: [Int]
    /// Joint bodies drawn on other sheets, each a reference box under a parent this sheet draws.
    package let references: [SheetReference]

    /// Creates a sheet whose trees stand in `rows`, each taking `rowRanks` ranks.
    init(number: Int, count: Int, view: DiagramView, notes: [BodyID: String], paper: PageSize?, rows: [[BodyID]], rowRanks: [Int],
         references: [SheetReference] = []) {
        self.references = references
        self.number = number
        self.count = count
        self.view = view
        self.notes = notes
        self.paper = paper
        self.rows = rows
        self.rowRanks = rowRanks
    }

    /// The whole view on one sheet at its natural size.
    public init(whole view: DiagramView) {
        self.init(number: 1, count: 1, view: view, notes: [:], paper: nil, rows: [], rowRanks: [])
    }
}
