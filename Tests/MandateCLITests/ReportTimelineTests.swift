import Foundation
import Testing

@Suite("mandate report through time")
struct ReportTimelineTests {
    @Test("a model that changes on some date gets its timeline on the page: spans, linked findings and gaps, in Danish too")
    func timelineSection() throws {
        let run = try MandateBinary.run(["report", "Tests/Fixtures/timelines/transition-gap.yaml", "-o", "-"])
        #expect(run.status == 0)
        let html = run.standardOutput
        #expect(html.contains("<h3>Through time</h3>\n<p>The structure changes on 2 dates: 2027-01-01, 2027-02-01.</p>"))
        #expect(html.contains("<span class=\"when\">2027-01-01 – 2027-01-31</span> <a class=\"finding\" href=\"#card-group\" data-body=\"group\">"
                              + "&apos;Arbejdsgruppe&apos; reports to &apos;Integrationsforum&apos;"))
        #expect(html.contains("<h4>Gaps in continuity</h4>"))
        #expect(html.contains("&apos;Arbejdsgruppe&apos; has no live body to report to; &apos;Integrationsforum&apos; before, &apos;Østdansk forum&apos; after"))
        let danish = try MandateBinary.run(["report", "--language", "da", "Models/national-integration-dated.yaml", "-o", "-"])
        #expect(danish.standardOutput.contains("<h3>Gennem tiden</h3>\n<p>Strukturen ændres på 3 datoer: 2026-01-02, 2026-04-02, 2027-01-01.</p>"))
        #expect(danish.standardOutput.contains("<span class=\"when\">2026-01-02 – 2026-12-31</span>"))
        #expect(danish.standardOutput.contains("<span class=\"when\">fra 2027-01-01</span>"))
        #expect(!danish.standardOutput.contains("<h4>Brud i kontinuiteten</h4>"), "the agreement leaves no gap")
    }

    @Test("a model that changes on no date has no timeline section")
    func noDates() throws {
        let run = try MandateBinary.run(["report", "Models/midtjylland-udvalg-after.yaml", "-o", "-"])
        #expect(run.status == 0)
        #expect(!run.standardOutput.contains("Through time"))
    }
}
