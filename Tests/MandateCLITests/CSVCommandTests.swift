import Foundation
import Testing

@Suite("A CSV export works wherever a model file does, end to end")
struct CSVCommandTests {
    @Test("check reads it and reports findings at its rows; export turns it into a model; render draws it")
    func commands() throws {
        let check = try MandateBinary.run(["check", "--at", "2026-12-01", "Tests/Fixtures/csv/kommune.csv"])
        #expect(check.status == 0)
        #expect(check.standardOutput.hasPrefix("Tests/Fixtures/csv/kommune.csv:5:1: warning: 'Arbejdsgruppe om udskrivning' ends on 2027-06-30"))
        let export = try MandateBinary.run(["export", "Tests/Fixtures/csv/kommune.csv"])
        #expect(export.status == 0 && export.standardOutput.contains("\"model\": \"kommune\""))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-csv-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: output) }
        let render = try MandateBinary.run(["render", "Tests/Fixtures/csv/kommune.csv", "-o", output.path])
        #expect(render.status == 0)
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.contains("</svg>") && svg.contains("Styregruppe for sundhed,") && svg.contains("&quot;nære&quot;"))
    }

    @Test("diff compares a CSV export with the YAML model it became")
    func diffAgainstExport() throws {
        let export = try MandateBinary.run(["export", "Tests/Fixtures/csv/kommune.csv"])
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("kommune-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        try export.standardOutput.write(to: json, atomically: true, encoding: .utf8)
        let diff = try MandateBinary.run(["diff", "Tests/Fixtures/csv/kommune.csv", json.path])
        #expect(diff.status == 0, "\(diff.standardOutput)\(diff.standardError)")
        #expect(diff.standardOutput.contains("\nNo changes.\n"), "\(diff.standardOutput)")
    }

    @Test("a broken export exits 2 with every problem on standard error")
    func broken() throws {
        let run = try MandateBinary.run(["check", "Tests/Fixtures/load-errors/csv-quotes.csv"])
        #expect(run.status == 2)
        #expect(run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }.count == 4)
    }
}
