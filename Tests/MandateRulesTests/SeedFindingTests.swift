import Testing
import MandateModel
@testable import MandateRules

@Suite("Findings on the seed models")
struct SeedFindingTests {
    private func check(_ name: String, at date: String) throws -> CheckReport {
        let model = try ModelLoader.load(file: RulesTestPaths.model(name))
        return Checker().check(model, at: try #require(Day(date)))
    }

    private func summary(_ report: CheckReport) -> [String] {
        report.findings.map { "\($0.rule) \($0.bodies.map(\.rawValue).joined(separator: ","))" }
    }

    @Test("Region Sjælland at 2027-01-01: the working group under the ended Integrationsforum is cut off")
    func sjaellandAfterIntegrationsforumEnds() throws {
        let report = try check("region-sjaelland-integrationsforum.yaml", at: "2027-01-01")
        #expect(summary(report) == [
            "defined-chair arbejdsgruppe-integration",
            "defined-secretariat arbejdsgruppe-integration",
            "no-orphan arbejdsgruppe-integration",
        ])
        let orphan = try #require(report.findings.first { $0.rule == "no-orphan" })
        #expect(orphan.message.contains("reports to 'Integrationsforum for psykiatri og somatik', which does not exist on 2027-01-01 (valid until 2026-12-31)"))
        #expect(report.hasErrors)
    }

    @Test("one finding per cause: with no-orphan switched off, alive-parent reports the working group's absent parent")
    func oneFindingPerCause() throws {
        let model = try ModelLoader.load(file: RulesTestPaths.model("region-sjaelland-integrationsforum.yaml"))
        let withoutOrphans = Configuration(rules: ["no-orphan": RuleSetting(isEnabled: false)])
        let report = Checker(configuration: withoutOrphans).check(model, at: try #require(Day("2027-01-01")))
        #expect(summary(report).filter { !$0.hasPrefix("defined-") } == ["alive-parent arbejdsgruppe-integration,integrationsforum"])
    }

    @Test("Region Sjælland in 2026: the Integrationsforum stands, only the working group's gaps are reported")
    func sjaellandIn2026() throws {
        let report = try check("region-sjaelland-integrationsforum.yaml", at: "2026-06-01")
        #expect(summary(report) == ["defined-chair arbejdsgruppe-integration", "defined-secretariat arbejdsgruppe-integration"])
        #expect(!report.hasErrors)
    }

    @Test("Region Midtjylland: co-chairs and a shared secretariat pass; the review of early 2023 is due")
    func midtjylland() throws {
        let report = try check("region-midtjylland-psykiatriforum.yaml", at: "2026-06-01")
        #expect(summary(report) == [
            "defined-chair sundhedsstyregruppen",
            "defined-secretariat sundhedsstyregruppen",
            "review-due psykiatriforum",
            "no-orphan sundhedsklynge",
            "no-orphan alliancen",
        ])
        #expect(!report.findings.contains { $0.bodies.first == "psykiatriforum" && $0.rule != "review-due" })
    }

    @Test("before its review date, Psykiatriforum passes every rule")
    func psykiatriforumBeforeReview() throws {
        let report = try check("region-midtjylland-psykiatriforum.yaml", at: "2022-06-01")
        #expect(!report.findings.contains { $0.bodies.contains("psykiatriforum") })
    }

    @Test("unique-name names both bodies, their parent and the line of the first")
    func uniqueNameMessage() throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: twice
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              tilsyn2: {name: tilsynsgruppen, kind: working-group, reportsTo: udvalg}
            """.utf8), file: "twice.yaml", format: .yaml)
        let findings = Checker().check(model, at: try #require(Day("2026-06-01"))).findings.filter { $0.rule == "unique-name" }
        #expect(findings.map(\.message) == ["'tilsynsgruppen' has the name of another body under 'Økonomiudvalget', 'tilsyn' (line 5); "
                                            + "one of them is likely a duplicate"])
        #expect(findings.map(\.location.line) == [6])
    }

    @Test("unique-name compares names without regard to case, Danish letters and other scripts included",
          arguments: [("ÆLDRERÅDET", "ældrerådet", true), ("Ørestad-gruppen", "ørestad-GRUPPEN", true), ("ΣΥΜΒΟΥΛΙΟ", "συμβουλιο", true),
                      ("Ældrerådet", "Aeldreraadet", false), ("Gruppe ×", "Gruppe ÷", false)])
    func uniqueNameIgnoresCase(first: String, second: String, isDuplicate: Bool) throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: twice
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              one: {name: "\(first)", kind: working-group, reportsTo: udvalg}
              two: {name: "\(second)", kind: working-group, reportsTo: udvalg}
            """.utf8), file: "twice.yaml", format: .yaml)
        let findings = Checker().check(model, at: try #require(Day("2026-06-01"))).findings.filter { $0.rule == "unique-name" }
        #expect(findings.map { $0.bodies.map(\.rawValue) } == (isDuplicate ? [["two", "one"]] : []))
    }
}
