import Testing
import MandateModel
@testable import MandateRules

@Suite("Timeline: findings through time and gaps in continuity")
struct TimelineTests {
    /// The findings on each span as a whole check of that span's first day finds them, by rule, bodies and place.
    private func standing(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.bodies.map(\.rawValue).joined(separator: ",")) \($0.location)" }.sorted()
    }

    @Test("checking again only what a date changes finds on every span what a whole check of that span finds", arguments: 0..<40)
    func incrementalMatchesWholeChecks(seed: Int) throws {
        var generator = DatedModelGenerator(seed: UInt64(seed), bodyCount: 12 + seed * 2)
        let model = try ModelLoader.load(contents: Array(generator.yaml().utf8), file: "dated-\(seed).yaml", format: .yaml)
        let checker = Checker()
        let timeline = TimelineChecker(checker: checker).timeline(of: model)
        #expect(!timeline.dates.isEmpty)
        for interval in timeline.intervals {
            let day = try #require(interval.from ?? interval.until)
            let whole = checker.check(model, at: day).findings
            let spanned = timeline.findings.filter { $0.period.contains(day) }.map(\.finding)
            #expect(standing(spanned) == standing(whole), "on \(day)")
        }
    }

    private func model(_ yaml: String) throws -> Model {
        try ModelLoader.load(contents: Array(yaml.utf8), file: "transition.yaml", format: .yaml)
    }

    private func transition(successorFrom: String, groupMovesOn: String) -> String {
        """
        mandate: 1
        model: transition
        units:
          sek: {name: Sekretariatet}
        roles:
          formand: {title: Formand}
        bodies:
          region: {name: Regionsrådet, kind: political, root: true}
          forum: {name: Integrationsforum, kind: forum, reportsTo: region, chair: formand, secretariat: sek, valid: {until: 2026-12-31}, successor: east}
          east: {name: Østdansk forum, kind: forum, reportsTo: region, chair: formand, secretariat: sek, valid: {from: \(successorFrom)}}
          group:
            name: Arbejdsgruppe
            kind: working-group
            reportsTo: forum
            chair: formand
            secretariat: sek
            changes:
              - {from: \(groupMovesOn), reportsTo: east}
        """
    }

    @Test("a successor that starts a month after its forum ends leaves its working group a month without a parent")
    func oneMonthGap() throws {
        let timeline = TimelineChecker().timeline(of: try model(transition(successorFrom: "2027-02-01", groupMovesOn: "2027-02-01")))
        #expect(timeline.dates.map(\.description) == ["2027-01-01", "2027-02-01"])
        let gap = try #require(timeline.gaps.first)
        #expect(timeline.gaps.count == 1)
        #expect(gap.body.rawValue == "group" && gap.relation == .parent)
        #expect(gap.period == Period(from: Day("2027-01-01"), until: Day("2027-01-31")))
        #expect(gap.before == ["Integrationsforum"] && gap.after == ["Østdansk forum"])
        #expect(gap.location.line == 11)
        let orphan = try #require(timeline.findings.first { $0.finding.rule == "no-orphan" })
        #expect(orphan.period == gap.period)
        #expect(timeline.hasErrors)
    }

    @Test("the same transition without the month between is clean")
    func noGap() throws {
        let timeline = TimelineChecker().timeline(of: try model(transition(successorFrom: "2027-01-01", groupMovesOn: "2027-01-01")))
        #expect(timeline.gaps.isEmpty)
        #expect(timeline.findings.isEmpty, "\(timeline.findings.map(\.finding.message))")
        #expect(!timeline.hasErrors)
    }

    @Test("a chair who leaves before the next one comes is a gap in the chair, and a body that ends is no gap")
    func chairGapAndEnding() throws {
        let yaml = transition(successorFrom: "2027-01-01", groupMovesOn: "2027-01-01") + """

                  - {from: 2027-03-01, chair: null}
                  - {from: 2027-06-01, chair: formand}
            """
        let timeline = TimelineChecker().timeline(of: try model(yaml))
        #expect(timeline.gaps.map { "\($0.relation) \($0.period.summary ?? "")" } == ["chair 2027-03-01 to 2027-05-31"])
        #expect(timeline.findings.map { "\($0.finding.rule) \($0.period.summary ?? "")" } == ["defined-chair 2027-03-01 to 2027-05-31"])
    }

    @Test("a waiver holds its finding back until its last day; from the day after, the finding stands and the waiver is reported expired")
    func waiverExpires() throws {
        let configuration = try ConfigurationLoader.load(contents: Array("""
            waivers:
              - {rule: defined-chair, body: group, reason: The chair is appointed in the spring., until: 2027-03-31}
            """.utf8), file: ".mandate.yml")
        let yaml = transition(successorFrom: "2027-01-01", groupMovesOn: "2027-01-01").replacingOccurrences(of: "    chair: formand\n    secretariat: sek\n    changes", with: "    secretariat: sek\n    changes")
        let timeline = TimelineChecker(checker: Checker(configuration: configuration)).timeline(of: try model(yaml))
        #expect(timeline.dates.map(\.description) == ["2027-01-01", "2027-04-01"])
        #expect(timeline.findings.map { "\($0.finding.rule) \($0.period.summary ?? "")" }.sorted()
                == ["defined-chair from 2027-04-01", "expired-waiver from 2027-04-01"])
    }

    @Test("the first and the last day there are: no span before 0001-01-01, none after 9999-12-31")
    func calendarEdges() throws {
        let timeline = TimelineChecker().timeline(of: try model("""
            mandate: 1
            model: edges
            bodies:
              a: {name: A, kind: political, root: true, valid: {from: 0001-01-01, until: 9999-12-31}, review: 9999-12-31}
            """))
        #expect(timeline.dates.map(\.description) == ["0001-01-01"])
        #expect(timeline.intervals == [Period(from: Day("0001-01-01"), until: nil)])
        #expect(timeline.findings.map { "\($0.finding.rule) \($0.period.summary ?? "")" } == ["successor-named from 0001-01-01"])
    }
}
