import Foundation
import Testing

@Suite("mandate render at several dates")
struct MilestoneRenderTests {
    /// The words of each page of a PDF, as poppler reads them back.
    private func pages(_ pdf: String) throws -> [String] {
        try PDFWords(file: URL(fileURLWithPath: pdf)).pages.map(\.text)
    }

    @Test("--milestones draws the national agreement before its first date and on each date, changes marked, in one PDF")
    func milestones() throws {
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("milestones-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: pdf) }
        let run = try MandateBinary.run(["render", "Models/national-integration-dated.yaml", "--milestones", "-o", pdf])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try pages(pdf)
        #expect(text.count == 4)
        #expect(text[0].contains("at 2026-01-01") && text[0].contains("Psykiatriens ledelse") && text[0].contains("Sundhedsråd not active on 2026-01-01"))
        #expect(text[1].contains("at 2026-01-02 · changes since 2026-01-01 marked"))
        #expect(text[2].contains("at 2026-04-02 · changes since 2026-01-02 marked"))
        let last = text[3]
        #expect(last.contains("at 2027-01-01 · changes since 2026-04-02 marked"))
        for word in ["ADDED", "Sundhedsråd", "REMOVED", "Psykiatriens ledelse", "CHANGED", "Hospitalsledelse", "anchored in"] {
            #expect(last.contains(word), "the 2027 sheet names \(word)")
        }
    }

    @Test("--at with several dates draws one sheet per date; dates out of order and --focus with several dates are refused")
    func severalDates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("milestones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("dated.svg").path
        let run = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--at", "2026-06-01,2027-01-01", "-o", svg])
        #expect(run.status == 0)
        let second = try String(contentsOfFile: folder.appendingPathComponent("dated-2.svg").path, encoding: .utf8)
        #expect(second.contains("changes since 2026&#45;06&#45;01 marked") && second.contains("REMOVED") && second.contains("ADDED"))
        let backwards = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--at", "2027-01-01,2026-06-01", "-o", svg])
        #expect(backwards.status == 2 && backwards.standardError.contains("--at takes dates in ascending order"))
        let focused = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--milestones", "--focus", "integrationsforum", "-o", svg])
        #expect(focused.status == 2 && focused.standardError.contains("--focus draws one date"))
        let badDate = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--at", "2026-06-01,2027-02-30", "-o", svg])
        #expect(badDate.status == 2 && badDate.standardError.contains("--at '2027-02-30' is not a date"))
    }
}
