import Foundation
import MandateModel
import MandateRules
import MandateSynthesis

/// The timeline of a model that changes on many dates, against one check of the same model: loading once,
/// then every span checked, incrementally, against loading and one whole check.
enum TimelineBenchmark {
    static func run(bodies: Int, dates: Int) throws {
        print("  timeline: \(bodies) bodies, \(dates) dates…")
        let yaml = Array(SyntheticModel(bodyCount: bodies).datedYAML(dates: dates).utf8)
        var check = Double.infinity
        var timeline = (seconds: Double.infinity, findings: 0, dates: 0, spans: 0)
        for _ in 0..<3 {
            check = min(check, try Stopwatch.best(of: 1) {
                Checker().check(try ModelLoader.load(contents: yaml, file: "dated.yaml", format: .yaml), at: Suite.date).findings.count
            }.seconds)
            let run = try Stopwatch.best(of: 1) { TimelineChecker().timeline(of: try ModelLoader.load(contents: yaml, file: "dated.yaml", format: .yaml)) }
            if run.seconds < timeline.seconds {
                timeline = (run.seconds, run.result.findings.count, run.result.dates.count, run.result.intervals.count)
            }
        }
        Table.print("Timeline (load + every span checked) against one check (load + every rule) of the same model, in-process, best of 3",
                    ["bodies", "dates", "spans", "check s", "timeline s", "timeline / check", "findings with spans"],
                    [[Table.format(Double(bodies), 0), String(timeline.dates), String(timeline.spans), Table.format(check), Table.format(timeline.seconds),
                      Table.format(timeline.seconds / check, 2) + "x", String(timeline.findings)]])
    }
}
