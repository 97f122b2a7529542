import Foundation
import Testing
import MandateTestSupport
import MandateModel
@testable import MandateRules

/// The structural rules held to their documentation by an independent reading of it: a Python script with
/// PyYAML and NetworkX (`Tests/Fixtures/scripts/structural-rules.py`) finds on generated dated models, at
/// several dates, what single-reporting-line, no-cyclic-mandate, no-orphan and alive-parent say they find.
@Suite("The structural rules against an independent reading of their documentation")
struct IndependentRuleTests {
    static let rules: Set<String> = ["single-reporting-line", "no-cyclic-mandate", "no-orphan", "alive-parent"]
    static let dates = ["2025-03-01", "2026-01-01", "2026-04-01", "2027-01-15"]

    /// Mandate's findings of the four rules, in the script's terms: rule, body, detail.
    static func mandate(_ model: Model, at day: Day) -> [[String]] {
        Checker().check(model, at: day).findings.filter { rules.contains($0.rule) }.map { finding in
            let detail: String = switch finding.rule {
            case "alive-parent": finding.bodies.count > 1 ? finding.bodies[1].rawValue : ""
            case "no-orphan":
                finding.message.firstMatch(of: /; (\d+) bod(?:y|ies) below it/).map { String($0.1) } ?? "0"
            case "no-cyclic-mandate": finding.message.hasPrefix("reporting lines") ? "reporting" : "set-up"
            default: ""
            }
            let body = finding.rule == "no-cyclic-mandate" ? model.bodies[finding.bodies.compactMap(model.bodyPosition).min()!].id : finding.bodies[0]
            return [finding.rule, body.rawValue, detail]
        }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test("on 300 generated model-dates the two agree finding for finding")
    func agree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-independent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [[String: String]] = []
        var expected: [[[String]]] = []
        for seed in 0..<75 {
            var generator = DatedModelGenerator(seed: UInt64(1_000 + seed), bodyCount: 10 + seed % 30)
            let text = generator.yaml()
            let file = folder.appendingPathComponent("model-\(seed).yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let model = try ModelLoader.load(contents: Array(text.utf8), file: file.path, format: .yaml)
            for date in Self.dates {
                cases.append(["file": file.path, "date": date])
                expected.append(Self.mandate(model, at: try #require(Day(date))))
            }
        }
        let input = folder.appendingPathComponent("cases.json")
        try JSONSerialization.data(withJSONObject: cases).write(to: input)
        let script = try PythonScript.run("Tests/Fixtures/scripts/structural-rules.py", [input.path])
        try #require(script.status == 0, "\(script.errors)")
        let data = script.output
        let independent = try #require(try JSONSerialization.jsonObject(with: data) as? [[[String]]])
        #expect(independent.count == expected.count)
        var disagreements = 0
        for (index, (theirs, ours)) in zip(independent, expected).enumerated() where theirs != ours {
            disagreements += 1
            if disagreements <= 3 { Issue.record("\(cases[index]["file"]!) at \(cases[index]["date"]!): independent \(theirs), Mandate \(ours)") }
        }
        #expect(disagreements == 0, "\(disagreements) of \(expected.count) model-dates disagree")
        #expect(expected.filter { !$0.isEmpty }.count > expected.count / 2, "most model-dates have findings to compare")
        #expect(Set(expected.flatMap { $0.map { $0[0] } }) == Self.rules, "every rule found somewhere")
    }
}
