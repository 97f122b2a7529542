import Testing
import MandateModel
import MandateSynthesis
@testable import MandateRules

@Suite("Rules at scale")
struct ScaleTests {
    @Test("10,000 bodies with planted cycles, orphans and double reporting lines: every defect found, nothing else")
    func plantedDefects() throws {
        let synthetic = SyntheticModel(bodyCount: 10_000, seed: 42, defects: PlantedDefects(cycles: 7, orphans: 11, doubleReportingLines: 13))
        let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "synthetic.yaml", format: .yaml)
        // The metric rules inform about the generated tree's shape, not about planted defects.
        let configuration = Configuration(rules: ["span-of-control": RuleSetting(isEnabled: false),
                                                  "reporting-depth": RuleSetting(isEnabled: false)])
        let report = Checker(configuration: configuration).check(model, at: try #require(Day("2026-06-01")))

        let cycles = report.findings.filter { $0.rule == "no-cyclic-mandate" }
        #expect(Set(cycles.map { Set($0.bodies.map(\.rawValue)) }) == Set(synthetic.cycleBodies.map(Set.init)))
        let orphans = report.findings.filter { $0.rule == "no-orphan" }
        #expect(orphans.map(\.bodies.first!.rawValue) == synthetic.orphanTops.map(\.id))
        #expect(orphans.allSatisfy { $0.message.hasSuffix("; 2 bodies below it are cut off with it") })
        let doubles = report.findings.filter { $0.rule == "single-reporting-line" }
        #expect(Set(doubles.map(\.bodies.first!.rawValue)) == Set(synthetic.doubleReporters))
        #expect(report.findings.count == 7 + 11 + 13, "\(report.findings.count - 31) findings besides the planted ones")
    }
}
