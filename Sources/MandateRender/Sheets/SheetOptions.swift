/// How a diagram is divided into sheets: the paper, its orientation, and where subtrees are folded by hand.
public struct SheetOptions: Hashable, Sendable {
    public var paper: Paper
    public var orientation: Orientation
    /// Bodies deeper than this many levels (roots are level 1) are folded into a summary box on the sheet and
    /// drawn on sheets of their own; `nil` folds only what does not fit.
    public var collapseBelow: Int?

    /// The smallest scale at which a sheet is drawn: the smallest text (8 pt) stays at least 7 pt on paper.
    public static let minimumScale = 7.0 / 8.0
    /// The margin kept free on each side of the paper, in points (a quarter inch, inside what printers reach).
    public static let margin = 18.0

    /// Creates options; the defaults plan sheets of A4 turned whichever way each fits.
    public init(paper: Paper = .a4, orientation: Orientation = .auto, collapseBelow: Int? = nil) {
        self.paper = paper
        self.orientation = orientation
        self.collapseBelow = collapseBelow
    }

    /// The pages a sheet may use, largest first by width: one orientation, or both for ``Orientation/auto``.
    var pages: [PageSize] {
        guard let portrait = paper.portraitSize else { return [] }
        switch orientation {
        case .portrait: return [portrait]
        case .landscape: return [portrait.turned]
        case .auto: return [portrait.turned, portrait]
        }
    }

    /// Whether a drawing of natural size `size` (points) fits `page` at the minimum scale.
    func fits(_ size: PageSize, on page: PageSize) -> Bool {
        size.width * Self.minimumScale <= page.width - 2 * Self.margin && size.height * Self.minimumScale <= page.height - 2 * Self.margin
    }

    /// The scale at which Graphviz draws `size` within `page`'s margins (never above 1).
    func scale(of size: PageSize, on page: PageSize) -> Double {
        min(1, (page.width - 2 * Self.margin) / max(size.width, 1), (page.height - 2 * Self.margin) / max(size.height, 1))
    }
}
