import Testing
import MandateModel
@testable import MandateRules

@Suite("Configuration and waivers")
struct ConfigurationTests {
    private let model = """
        mandate: 1
        model: configured
        roles:
          chair: {title: Formand}
        bodies:
          board: {name: Board, kind: political, root: true}
          forum: {name: Forum, kind: forum, reportsTo: board, review: 2025-01-01}
          a: {name: A, kind: working-group, reportsTo: forum, chair: chair, secretariat: []}
          b: {name: B, kind: working-group, reportsTo: forum, chair: chair}
        """

    private func report(_ configuration: String, at date: String = "2026-06-01") throws -> CheckReport {
        let model = try ModelLoader.load(contents: Array(model.utf8), file: "model.yaml", format: .yaml)
        let configuration = try ConfigurationLoader.load(contents: Array(configuration.utf8), file: ".mandate.yml")
        return Checker(configuration: configuration).check(model, at: try #require(Day(date)))
    }

    private func rules(_ report: CheckReport) -> [String] {
        report.findings.map { "\($0.severity.rawValue) \($0.rule) \($0.bodies.first?.rawValue ?? "")" }
    }

    @Test("with no configuration every rule runs at its default severity")
    func standard() throws {
        #expect(rules(try report("")) == [
            "warning defined-chair forum", "warning defined-secretariat forum", "warning review-due forum",
            "warning defined-secretariat a", "warning defined-secretariat b",
        ])
    }

    @Test("rules switched off, severities changed and options set")
    func settings() throws {
        let report = try report("""
            rules:
              defined-secretariat: off
              defined-chair: error
              review-due: {severity: info}
              span-of-control: {maximum: 1}
            """)
        #expect(rules(report) == ["error defined-chair forum", "info review-due forum", "info span-of-control forum"])
        #expect(report.hasErrors)
    }

    @Test("a waiver hides its finding until it ends, then the finding returns with an expired-waiver finding")
    func waivers() throws {
        let configuration = """
            waivers:
              - rule: review-due
                body: forum
                reason: The review is planned for the autumn.
                until: 2026-09-30
            """
        let current = try report(configuration)
        #expect(!rules(current).contains("warning review-due forum"))
        #expect(current.waived.map(\.rule) == ["review-due"])
        let expired = try report(configuration, at: "2026-10-01")
        #expect(rules(expired).contains("warning review-due forum"))
        #expect(rules(expired).contains("warning expired-waiver forum"))
        #expect(expired.findings.first { $0.rule == "expired-waiver" }?.location == SourceLocation(file: ".mandate.yml", line: 2, column: 5))
    }

    @Test("a waiver that matches nothing is reported")
    func unusedWaiver() throws {
        let report = try report("""
            waivers:
              - {rule: no-orphan, body: forum, reason: Anchored elsewhere., until: 2027-01-01}
            """)
        let finding = try #require(report.findings.first { $0.rule == "unused-waiver" })
        #expect(finding.message == "the waiver of no-orphan for 'forum' matches no finding; remove it, or correct its rule or body")
    }

    @Test("unknown keys, rules, options and bad values are reported with their place and a hint")
    func errors() throws {
        let text = """
            rules:
              defined-chiar: off
              review-due: {severty: info}
              span-of-control: {maximum: many}
              defined-secretariat: loud
            waivers:
              - {rule: no-orphn, body: forum, reason: x, until: 2027-01-01}
              - {rule: no-orphan, body: forum, until: someday}
            extra: true
            """
        #expect(throws: ConfigurationFailure.self) { try ConfigurationLoader.load(contents: Array(text.utf8), file: ".mandate.yml") }
        do {
            _ = try ConfigurationLoader.load(contents: Array(text.utf8), file: ".mandate.yml")
        } catch {
            #expect(error.description == """
                .mandate.yml:2:3: error: no rule is called 'defined-chiar'
                  hint: did you mean 'defined-chair'?
                .mandate.yml:3:16: error: unknown key 'severty' in the settings of 'review-due'
                  hint: did you mean 'severity'?
                .mandate.yml:4:30: error: 'maximum' must be a whole number of at least 0, found 'many'
                  hint: write a number such as 3
                .mandate.yml:5:24: error: 'defined-secretariat' must be one of off, on, error, warning, info; found 'loud'
                  hint: use one of the values listed
                .mandate.yml:7:12: error: no rule is called 'no-orphn'
                  hint: did you mean 'no-orphan'?
                .mandate.yml:8:5: error: a waiver has no 'reason'
                  hint: add 'reason: …'
                .mandate.yml:9:1: error: unknown key 'extra' in the configuration
                  hint: the keys allowed here are rules, waivers, documentation, workspace
                """)
        }
    }
}
