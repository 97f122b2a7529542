import MandateModel
import MandateSynthesis
import Testing
@testable import MandateRules

/// A check of only what the findings about some bodies need gives, for those bodies, what a whole check gives: on
/// random models that change through time (cycles, duplicate names, joint bodies, anchoring, dated lines), on every
/// date they change, for bodies taken in runs (as a file holds them) and at random; and on a large generated
/// structure with planted cycles, orphans and double lines.
@Suite("Focused check: the findings about some bodies, as a whole check gives them")
struct FocusedCheckTests {
    private func described(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.severity) \($0.bodies.map(\.rawValue).joined(separator: ",")) \($0.location) \($0.message)" }
    }

    /// The focused check of `focus`, and the whole check's findings about those bodies.
    private func compare(_ model: Model, at day: Day, focus: Set<Int>, checker: Checker = Checker()) -> (focused: [String], whole: [String]) {
        let date = EvaluationDate(given: day, model: model)
        let whole = checker.check(model, at: date).findings.filter { $0.bodies.first.flatMap(model.bodyPosition).map(focus.contains) ?? false }
        return (described(checker.check(model, at: date, about: focus).findings), described(whole))
    }

    @Test("random dated models, every date, runs and random picks of bodies", arguments: 0..<30)
    func randomModels(seed: Int) throws {
        var generator = DatedModelGenerator(seed: UInt64(seed), bodyCount: 20 + seed * 3)
        let model = try ModelLoader.load(contents: Array(generator.yaml().utf8), file: "dated-\(seed).yaml", format: .yaml)
        var random = SplitMix64(seed: UInt64(seed) + 1_000)
        let days = TimelineChecker().changeDates(of: model) + [Day("2024-06-01")!]
        var compared = 0
        for day in days {
            let count = model.bodies.count
            let start = Int(random.next() % UInt64(count))
            let run = Set(start..<min(count, start + 7))
            let picked = Set((0..<5).map { _ in Int(random.next() % UInt64(count)) })
            for focus in [run, picked, [start]] {
                let (focused, whole) = compare(model, at: day, focus: focus)
                #expect(focused == whole, "seed \(seed) on \(day), bodies \(focus.sorted())")
                compared += whole.count
            }
        }
        #expect(compared > 0 || seed < 3)
    }

    @Test("a generated structure of 2,000 bodies with planted defects, a file's worth of bodies at a time")
    func plantedDefects() throws {
        let synthetic = SyntheticModel(bodyCount: 2_000, defects: PlantedDefects(cycles: 3, orphans: 4, doubleReportingLines: 5))
        let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "planted.yaml", format: .yaml)
        let day = Day("2026-06-01")!
        var found = 0
        for start in stride(from: 0, to: model.bodies.count, by: 60) {
            let (focused, whole) = compare(model, at: day, focus: Set(start..<min(model.bodies.count, start + 60)))
            #expect(focused == whole, "bodies from \(start)")
            found += whole.count
        }
        #expect(found == Checker().check(model, at: day).findings.count)
    }
}
