import Foundation
import Testing
import MandateSynthesis

/// The report printed by a real browser (headless Chromium's print to PDF): A4 pages, a title and a summary
/// at the top, each diagram heading on the page of its first sheet, and each sheet on a page of its own.
@Suite("The report in print", .serialized)
struct ReportPrintTests {
    /// Prints `html` to a PDF through Chromium and reads its words.
    static func print(_ html: URL) throws -> PDFWords {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=" + html.deletingLastPathComponent().appendingPathComponent("profile").path,
                             "--print-to-pdf=" + pdf.path, html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0 && FileManager.default.fileExists(atPath: pdf.path), "chromium printed no PDF")
        return try PDFWords(file: pdf)
    }

    @Test("A4 pages; the title and summary first; no diagram heading left at the foot of a page; a page per sheet")
    func printed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let wide = folder.appendingPathComponent("wide.yaml")
        try SyntheticModel(bodyCount: 230, tree: .wide(roots: 2, children: 50, grandchildren: 28)).yaml()
            .write(to: wide, atomically: true, encoding: .utf8)
        let html = folder.appendingPathComponent("report.html")
        let run = try MandateBinary.run(["report", "--language", "da", "Models/region-sjaelland-integrationsforum.yaml", wide.path, "-o", html.path])
        try #require(run.status <= 1, "\(run.standardError)")
        let pages = try Self.print(html).pages
        #expect(pages.allSatisfy { abs($0.width - 595) < 2 && abs($0.height - 842) < 2 }, "A4")
        let first = pages[0].words.map(\.text)
        #expect(first.prefix(1) == ["Rapport:"] && first.contains("Overblik") && first.contains("i") && first.contains("alt"))
        for (number, page) in pages.enumerated() {
            let words = page.words.map(\.text)
            if let heading = words.firstIndex(of: "Diagram") {
                #expect(words[(heading + 1)...].contains("Signaturforklaring"), "page \(number + 1): the heading 'Diagram' without its sheet")
            }
            // A sheet says "ark 2 af 5" in its subtitle and its caption; boxes inside a sheet say "→ ark 4" without "af".
            let sheets = Set(words.indices.dropLast(3).filter { words[$0] == "ark" && Int(words[$0 + 1]) != nil && words[$0 + 2] == "af" }
                .map { words[$0 + 1] })
            #expect(sheets.count <= 1, "page \(number + 1) holds sheets \(sheets.sorted())")
        }
        let sheets = pages.filter { page in
            let words = page.words.map(\.text)
            return words.indices.dropLast(3).contains { words[$0] == "ark" && Int(words[$0 + 1]) != nil && words[$0 + 2] == "af" }
        }
        #expect(sheets.count > 2, "the 230-body structure's sheets each on a page")
    }
}
