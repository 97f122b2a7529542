import Foundation
import Testing
import MandateModel
import MandateDiff

@Suite("Comparing dated models: the gaps in continuity a change leaves or closes")
struct DiffContinuityTests {
    private func model(_ name: String) throws -> Model {
        try ModelLoader.load(file: DiffTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/timelines/\(name).yaml").path)
    }

    @Test("planning the successor a month late leaves the working group a month without a parent; planning it on time closes the gap")
    func gapLeftAndClosed() throws {
        let (seamless, gap) = (try model("transition-seamless"), try model("transition-gap"))
        let date = try #require(Day("2026-06-01"))
        let worse = Differ().compare(seamless, gap, beforeDate: date, afterDate: date)
        let left = try #require(worse.gapsIntroduced.first)
        #expect(worse.gapsIntroduced.count == 1 && worse.gapsClosed.isEmpty)
        #expect(left.body.rawValue == "group" && left.relation == .parent)
        #expect(left.period == Period(from: Day("2027-01-01"), until: Day("2027-01-31")))
        #expect(worse.introducesErrors)
        // Neither body exists on the date compared, but the plan for them changed: both are reported.
        #expect(worse.changes.map { "\($0.kind.rawValue) \($0.body) \($0.old) \($0.new)" } == [
            "validity-changed east [\"from 2027-01-01\"] [\"from 2027-02-01\"]",
            "schedule-changed group [\"from 2027-01-01: reportsTo east\"] [\"from 2027-02-01: reportsTo east\"]",
        ])
        let better = Differ().compare(gap, seamless, beforeDate: date, afterDate: date)
        #expect(better.gapsIntroduced.isEmpty && better.gapsClosed.map(\.period) == [left.period])
        #expect(!better.introducesErrors)
        #expect(Differ().compare(gap, gap, beforeDate: date, afterDate: date).gapsIntroduced.isEmpty)
    }
}
