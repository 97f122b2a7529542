import Testing
import MandateDiff
import MandateModel

@Suite("Comparing models")
struct DiffTests {
    @Test("a model compared with itself shows no change and no finding introduced or resolved",
          arguments: DiffTestSupport.modelNames)
    func identity(name: String) throws {
        let model = try DiffTestSupport.model(name)
        let report = DiffTestSupport.compare(model, model)
        #expect(report.changes.isEmpty)
        #expect(report.introduced.isEmpty && report.resolved.isEmpty)
    }

    @Test("A → B and B → A mirror each other, for every pair of models in Models/",
          arguments: DiffTestSupport.modelNames.flatMap { a in DiffTestSupport.modelNames.map { b in "\(a) \(b)" } })
    func mirrored(pair: String) throws {
        let names = pair.split(separator: " ").map(String.init)
        let a = try DiffTestSupport.model(names[0])
        let b = try DiffTestSupport.model(names[1])
        let forward = DiffTestSupport.compare(a, b)
        let backward = DiffTestSupport.compare(b, a)
        #expect(forward.changes.map(\.mirrored).map(DiffTestSupport.line).sorted() == backward.changes.map(DiffTestSupport.line).sorted())
        #expect(Set(forward.introduced) == Set(backward.resolved))
        #expect(Set(forward.resolved) == Set(backward.introduced))
    }

    @Test("the national agreement: psychiatry's management merged into the hospital management, health councils added")
    func nationalAgreement() throws {
        let report = DiffTestSupport.compare(try DiffTestSupport.model("national-integration-before"),
                                             try DiffTestSupport.model("national-integration-after"))
        #expect(report.changes.map(DiffTestSupport.line) == [
            "merged hospitalsledelse [hospitalsledelse,psykiatriledelse]  -> ",
            "added sundhedsraad []  -> ",
            "renamed hospitalsledelse [] Hospitalsledelse -> Hospitalsledelse (samlet ledelsesansvar for psykiatri og somatik)",
            "anchoring-changed hospitalsledelse []  -> sundhedsraad",
            // Text-only changes come last: the source sentences and the note the after model adds.
            "source-changed regionsniveau [] Psykiatrien er i dag organiseret med egen ledelse på regionsniveau adskilt fra ledelsen af det øvrige sygehusvæsen. -> Regionerne har ansvaret for at sikre en hensigtsmæssig planlægning og kapacitetsstyring på tværs af sundhedsråd",
            "source-changed hospitalsledelse [] Psykiatrien er i dag organiseret med egen ledelse på regionsniveau adskilt fra ledelsen af det øvrige sygehusvæsen. -> Det indebærer også en ændret ledelsesstruktur, så hospitalerne fremover vil have et samlet ledelsesansvar for både psykiatriske og somatiske indsatser.",
            "note-changed hospitalsledelse []  -> Den ledelsesmæssige, organisatoriske og administrative integration skal være implementeret i alle regioner senest d. 1. januar 2027.",
        ])
        #expect(report.introduced.map(\.rule) == ["defined-chair", "defined-secretariat"])
    }

    @Test("Midtjylland: Praksisplanudvalg and Sundhedskoordinationsudvalg merged into Sundhedssamarbejdsudvalget")
    func midtjyllandMerger() throws {
        let report = DiffTestSupport.compare(try DiffTestSupport.model("midtjylland-udvalg-before"),
                                             try DiffTestSupport.model("midtjylland-udvalg-after"))
        #expect(report.changes.map(DiffTestSupport.line) == [
            "merged sundhedssamarbejdsudvalget [praksisplanudvalg,sundhedskoordinationsudvalg]  -> ",
            "anchoring-changed sundhedsstyregruppen []  -> sundhedssamarbejdsudvalget",
            "root-changed sundhedsstyregruppen [] root -> ",
            "source-changed sundhedsstyregruppen [] Det betyder, at Psykiatriforum har reference til Sundhedsstyregruppen. -> Sundhedsstyregruppen er politisk forankret i Sundhedssamarbejdsudvalget",
            "note-changed sundhedsstyregruppen [] The seed does not say where Sundhedsstyregruppen was anchored before the merger, so the model declares it a root here. -> ",
        ])
        #expect(report.introduced.isEmpty && report.resolved.isEmpty)
    }

    @Test("Region Sjælland: psychiatry and the NSR hospitals merged into Midt- og Vestsjællands Hospital")
    func sjaellandHospitals() throws {
        let report = DiffTestSupport.compare(try DiffTestSupport.model("sjaelland-hospital-before"),
                                             try DiffTestSupport.model("sjaelland-hospital-after"))
        #expect(report.changes.map(DiffTestSupport.line) == ["merged midt-vestsjaellands-hospital [psykiatrien,nsr-sygehuse]  -> "])
    }

    @Test("a forum that ends leaves its working group orphaned: the findings the change introduces say so")
    func introducedFindings() throws {
        let before = try ModelLoader.load(file: DiffTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/diffs/orphaning-before.yaml").path)
        let after = try ModelLoader.load(file: DiffTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/diffs/orphaning-after.yaml").path)
        let report = DiffTestSupport.compare(before, after)
        #expect(report.changes.map(DiffTestSupport.line) == ["ended forum [] always -> until 2026-12-31"])
        #expect(report.introduced.map { "\($0.rule) \($0.bodies.first!)" } == ["no-orphan group"])
        #expect(report.introducesErrors)
    }

    @Test("bodies match by formerly, by name, and renamed ids are reported")
    func matching() throws {
        let before = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: a
            bodies:
              board: {name: Bestyrelsen, kind: political, root: true}
              old-forum: {name: Forum, kind: forum, reportsTo: board}
              group: {name: Arbejdsgruppe A, kind: working-group, reportsTo: board}
            """.utf8), file: "a.yaml", format: .yaml)
        let after = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: b
            bodies:
              board: {name: Bestyrelsen, kind: political, root: true}
              forum: {name: Forum for samarbejde, kind: forum, reportsTo: board, formerly: [old-forum]}
              wg: {name: Arbejdsgruppe A, kind: working-group, reportsTo: forum}
            """.utf8), file: "b.yaml", format: .yaml)
        let report = DiffTestSupport.compare(before, after)
        #expect(report.match.afterOf == ["board": "board", "old-forum": "forum", "group": "wg"])
        #expect(report.changes.map(DiffTestSupport.line) == [
            "id-changed forum [] old-forum -> forum",
            "id-changed wg [] group -> wg",
            "renamed forum [] Forum -> Forum for samarbejde",
            "moved wg [] board -> forum",
        ])
    }

    @Test("a body whose predecessor list names one before body that two after bodies share is a split")
    func split() throws {
        let before = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: a
            bodies:
              board: {name: Bestyrelsen, kind: political, root: true}
              joint: {name: Fælles udvalg, kind: committee, reportsTo: board}
            """.utf8), file: "a.yaml", format: .yaml)
        let after = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: b
            bodies:
              board: {name: Bestyrelsen, kind: political, root: true}
              north: {name: Udvalg Nord, kind: committee, reportsTo: board, predecessors: [joint]}
              south: {name: Udvalg Syd, kind: committee, reportsTo: board, predecessors: [joint]}
            """.utf8), file: "b.yaml", format: .yaml)
        let report = DiffTestSupport.compare(before, after)
        #expect(report.changes.map(DiffTestSupport.line) == ["split joint [north,south]  -> "])
        #expect(DiffTestSupport.compare(after, before).changes.map(DiffTestSupport.line) == ["merged joint [north,south]  -> "])
    }
}
