import MandateModel

/// What a diagram shows and how it is laid out.
public struct DiagramOptions: Hashable, Sendable {
    public var scope: DiagramScope
    /// Draw only this body and the bodies within ``depth`` relations of it.
    public var focus: BodyID?
    public var depth: Int
    /// Bodies outside their validity at this date are greyed; `nil` greys none.
    public var date: Day?
    public var direction: LayoutDirection
    public var showsLegend: Bool
    /// The layout engine the DOT is written for.
    public var engine: LayoutEngine
    /// The language of the labels and the legend.
    public var language: ModelLanguage

    /// What the boxes around groups of bodies stand for: organisations, or the files of a workspace.
    public var clusters = DiagramClusters.organisation

    /// Whether each body's box links to `#card-ID`, for a report that holds a card per body.
    public var linksBodies = false

    /// The words of ``language``.
    package var vocabulary: Vocabulary { .of(language) }

    /// Creates options; the defaults draw the whole model top to bottom with a legend, for dot.
    public init(scope: DiagramScope = .full, focus: BodyID? = nil, depth: Int = 1, date: Day? = nil,
                direction: LayoutDirection = .TB, showsLegend: Bool = true, engine: LayoutEngine = .dot, language: ModelLanguage = .en) {
        self.engine = engine
        self.language = language
        self.scope = scope
        self.focus = focus
        self.depth = depth
        self.date = date
        self.direction = direction
        self.showsLegend = showsLegend
    }
}
