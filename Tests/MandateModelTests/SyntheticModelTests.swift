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
