/// A width and a height in points (1/72 inch).
package struct PageSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The same size turned a quarter.
    public var turned: PageSize { PageSize(width: height, height: width) }

    /// The size divided by `slack`: what an estimate tightened by that much must fit.
    func enlarged(by slack: Double) -> PageSize {
        PageSize(width: width / slack, height: height / slack)
    }
}
