import Foundation
import Testing
@testable import MandateModel

@Suite("The seed models in Models/")
struct SeedModelTests {
    @Test("every model file loads without error", arguments: TestPaths.modelFiles().map(\.lastPathComponent))
    func loads(name: String) throws {
        let model = try ModelLoader.load(file: TestPaths.models.appendingPathComponent(name).path)
        #expect(!model.bodies.isEmpty)
        #expect(model.bodies.allSatisfy { $0.source != nil }, "every body traces to a sentence of a seed")
    }

    @Test("Models/ holds the two seed structures and three before/after pairs")
    func inventory() {
        let names = Set(TestPaths.modelFiles().map(\.lastPathComponent))
        #expect(names.isSuperset(of: [
            "region-sjaelland-integrationsforum.yaml", "region-midtjylland-psykiatriforum.yaml",
            "national-integration-before.yaml", "national-integration-after.yaml",
            "midtjylland-udvalg-before.yaml", "midtjylland-udvalg-after.yaml",
            "sjaelland-hospital-before.yaml", "sjaelland-hospital-after.yaml",
        ]))
    }

    @Test("Region Sjælland's Integrationsforum carries the facts of its terms of reference")
    func integrationsforum() throws {
        let model = try ModelLoader.load(file: TestPaths.models.appendingPathComponent("region-sjaelland-integrationsforum.yaml").path)
        let forum = try #require(model.body("integrationsforum"))
        #expect(forum.reportsTo.map(\.value) == ["driftsmoedet"])
        #expect(forum.establishedBy.map(\.value) == ["driftsmoedet"])
        #expect(forum.chair?.value == "dir-ssp")
        #expect(forum.secretariat.map(\.value) == [.unit("ssp-plan"), .unit("ressourcepersoner-sygehuse")])
        #expect(forum.members.first { $0.role.value == "vicedir-integration" }?.count == 3)
        #expect(forum.validity.until == Day("2026-12-31"))
        #expect(forum.counterparts.map(\.value) == ["ledelsesforum-psykiatri-rh"])
        #expect(model.body("driftsmoedet")?.aliases == ["Driftsforum for sygehusområdet"])
        #expect(model.body("arbejdsgruppe-integration")?.reportsTo.map(\.value) == ["integrationsforum"])
    }

    @Test("Region Midtjylland's Psykiatriforum has co-chairs, a shared secretariat and five clusters")
    func psykiatriforum() throws {
        let model = try ModelLoader.load(file: TestPaths.models.appendingPathComponent("region-midtjylland-psykiatriforum.yaml").path)
        let forum = try #require(model.body("psykiatriforum"))
        #expect(forum.coChairs.map(\.value) == ["koncerndirektoer-rm", "kosu-formand"])
        #expect(forum.secretariat.map(\.value) == [.organisation("region-midtjylland"), .organisation("midtjyske-kommuner")])
        #expect(forum.commissionedBy.map(\.value) == ["sundhedsstyregruppen", "sundhedssamarbejdsudvalget"])
        #expect(forum.cadence == "quarterly")
        #expect(model.body("sundhedsklynge")?.count == 5)
        #expect(model.body("alliancen")?.successor?.value == "psykiatriforum")
        #expect(model.body("sundhedsstyregruppen")?.anchoredIn.map(\.value) == ["sundhedssamarbejdsudvalget"])
    }

    @Test("a merger names its predecessors, which belong to the model before it")
    func mergerPredecessors() throws {
        let after = try ModelLoader.load(file: TestPaths.models.appendingPathComponent("midtjylland-udvalg-after.yaml").path)
        let before = try ModelLoader.load(file: TestPaths.models.appendingPathComponent("midtjylland-udvalg-before.yaml").path)
        let merged = try #require(after.body("sundhedssamarbejdsudvalget"))
        #expect(merged.predecessors.map(\.value) == ["praksisplanudvalg", "sundhedskoordinationsudvalg"])
        #expect(merged.predecessors.allSatisfy { before.body($0.value) != nil && after.body($0.value) == nil })
    }
}
