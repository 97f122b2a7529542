import Testing
import MandateDiff
import MandateModel
import MandateSynthesis

@Suite("Comparing large models")
struct DiffScaleTests {
    @Test("10,000 bodies with planted changes: every change reported, none invented")
    func plantedChanges() throws {
        let synthetic = SyntheticModel(bodyCount: 10_000, seed: 3)
        let (changedYAML, applied) = synthetic.changedCopy(PlantedChanges(removed: 40, added: 30, renamed: 25, moved: 20, chairChanged: 15))
        let before = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "before.yaml", format: .yaml)
        let after = try ModelLoader.load(contents: Array(changedYAML.utf8), file: "after.yaml", format: .yaml)
        let report = Differ().compare(before, after, beforeDate: Day("2026-06-01")!, afterDate: Day("2026-06-01")!)
        func ids(_ kind: ChangeKind) -> Set<String> { Set(report.changes.filter { $0.kind == kind }.map(\.body.rawValue)) }
        #expect(ids(.removed) == Set(applied.removed) && applied.removed.count == 40)
        #expect(ids(.added) == Set(applied.added) && applied.added.count == 30)
        #expect(ids(.renamed) == Set(applied.renamed) && applied.renamed.count == 25)
        #expect(ids(.chairChanged) == Set(applied.chairChanged) && applied.chairChanged.count == 15)
        let moves = report.changes.filter { $0.kind == .moved }.map { "\($0.body) \($0.old.joined()) \($0.new.joined())" }
        #expect(Set(moves) == Set(applied.moved.map { "\($0.body) \($0.from) \($0.to)" }) && applied.moved.count == 20)
        // A new chair takes the old chair's seat: one member added and one removed per chair change.
        #expect(ids(.memberAdded) == Set(applied.chairChanged) && ids(.memberRemoved) == Set(applied.chairChanged))
        #expect(report.changes.count == 40 + 30 + 25 + 20 + 15 * 3, "changes besides the planted ones: \(Set(report.changes.map(\.kind.rawValue)))")
    }
}
