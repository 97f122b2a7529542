import MandateDiff

/// The counts that close a comparison: structural changes by kind, other changes, and findings.
package struct DiffSummary {
    package let report: DiffReport

    package init(report: DiffReport) {
        self.report = report
    }

    static let structural: [(ChangeKind, String)] = [(.merged, "merged"), (.split, "split"), (.added, "added"), (.removed, "removed"),
                                                    (.started, "started"), (.ended, "ended"), (.renamed, "renamed"), (.moved, "moved")]

    /// How many changes are not among the structural kinds.
    var otherChanges: Int {
        report.changes.filter { change in !Self.structural.contains { $0.0 == change.kind } }.count
    }
}
