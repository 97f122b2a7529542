/// How many defects of each kind a synthetic model carries, so tests can check that a checker finds
/// exactly these and nothing else.
public struct PlantedDefects: Hashable, Sendable {
    /// Cycles of reporting lines, each of three bodies cut loose from the tree.
    public var cycles = 0
    /// Bodies with no reporting line and not declared roots, each with a small subtree below it.
    public var orphans = 0
    /// Bodies that report to two bodies.
    public var doubleReportingLines = 0

    /// No defects.
    public static let none = PlantedDefects()

    /// Creates a set of planted defects.
    public init(cycles: Int = 0, orphans: Int = 0, doubleReportingLines: Int = 0) {
        self.cycles = cycles
        self.orphans = orphans
        self.doubleReportingLines = doubleReportingLines
    }
}
