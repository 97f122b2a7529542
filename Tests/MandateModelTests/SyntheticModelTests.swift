import Testing
@testable import MandateModel
import MandateSynthesis

@Suite("Synthetic models for benchmarks and scale tests")
struct SyntheticModelTests {
    @Test("a generated model loads with exactly the bodies asked for, and the same seed gives the same bytes")
    func loadsAndRepeats() throws {
        let text = SyntheticModel(bodyCount: 2_000, seed: 7).yaml()
        #expect(text == SyntheticModel(bodyCount: 2_000, seed: 7).yaml())
        #expect(text != SyntheticModel(bodyCount: 2_000, seed: 8).yaml())
        let model = try ModelLoader.load(contents: Array(text.utf8), file: "synthetic.yaml", format: .yaml)
        #expect(model.bodies.count == 2_000)
        #expect(model.bodies.filter(\.isRoot).count == 2)
        #expect(model.bodies.allSatisfy { $0.isRoot || $0.reportsTo.count == 1 })
    }

    @Test("planted defects are where the generator says")
    func plantedDefects() throws {
        let synthetic = SyntheticModel(bodyCount: 1_000, defects: PlantedDefects(cycles: 2, orphans: 3, doubleReportingLines: 4))
        let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "synthetic.yaml", format: .yaml)
        #expect(model.bodies.count == 1_000)
        for cycle in synthetic.cycleBodies {
            for (position, id) in cycle.enumerated() {
                #expect(model.body(BodyID(id))?.reportsTo.map(\.value.rawValue) == [cycle[(position + 1) % cycle.count]])
            }
        }
        for (top, below) in synthetic.orphanTops {
            #expect(model.body(BodyID(top))?.reportsTo.isEmpty == true && model.body(BodyID(top))?.isRoot == false)
            #expect(model.bodies.filter { $0.reportsTo.map(\.value.rawValue) == [top] }.count == below)
        }
        #expect(Set(model.bodies.filter { $0.reportsTo.count == 2 }.map(\.id.rawValue)) == Set(synthetic.doubleReporters))
        #expect(synthetic.doubleReporters.count == 4)
    }
}

@Suite("A large model decodes in two halves side by side with the same result as one after another")
struct ParallelDecodingTests {
    @Test("errors in both halves are all reported, in file order, and a clean copy loads every body in order")
    func bothHalves() throws {
        let text = SyntheticModel(bodyCount: 20_000, seed: 5).yaml()
        let model = try ModelLoader.load(contents: Array(text.utf8), file: "big.yaml", format: .yaml)
        #expect(model.bodies.map(\.id.rawValue) == (0..<20_000).map(SyntheticModel.bodyID))
        // Break one reference near the start and one near the end, so each half meets one.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let reporting = lines.indices.filter { lines[$0].hasPrefix("    reportsTo: ") }
        let broken = [reporting[10], reporting[reporting.count - 10]]
        for index in broken { lines[index] = "    reportsTo: nowhere" }
        do {
            _ = try ModelLoader.load(contents: Array(lines.joined(separator: "\n").utf8), file: "big.yaml", format: .yaml)
            Issue.record("a model with two dangling references loaded")
        } catch {
            #expect(error.diagnostics.map(\.location.line) == broken.map { $0 + 1 })
            #expect(error.diagnostics.allSatisfy { $0.message.contains("'nowhere'") })
        }
    }
}
