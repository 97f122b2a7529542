import Foundation
import Testing
import MandateModel
@testable import MandateRender

/// Every layout engine draws every bundled model, and names in every script are drawn with their own glyphs.
@Suite("Every engine, every script")
struct EnginesAndScriptsTests {
    static let cases = RenderTestSupport.modelNames.flatMap { name in LayoutEngine.allCases.map { (name, $0) } }

    @Test("every engine renders every model in Models/, every body on one of its sheets", arguments: cases)
    func engine(name: String, engine: LayoutEngine) throws {
        let model = try RenderTestSupport.model(name)
        let dots = RenderTestSupport.dots(model, options: DiagramOptions(date: model.date, engine: engine))
        let svg = try dots.map { String(decoding: try GraphvizRenderer.shared.render(dot: $0, format: .svg, engine: engine), as: UTF8.self) }.joined()
        #expect(svg.components(separatedBy: "<svg").count - 1 == dots.count)
        for body in model.bodies {
            #expect(svg.contains("<title>\(body.id.rawValue.replacingOccurrences(of: "-", with: "&#45;"))</title>"), "\(body.id) with \(engine)")
        }
    }

    /// The text of a PDF as poppler's `pdftotext` reads it back.
    private static func pdfText(_ pdf: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-scripts-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pdftotext (Debian's poppler-utils) reads the PDF")
        return text
    }

    @Test("Chinese, Japanese, Arabic and Devanagari names are drawn as text, every character from a font that has it")
    func scripts() throws {
        let model = try ModelLoader.load(file: RenderTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/valid/scripts.yaml").path)
        let pdf = try GraphvizRenderer.shared.render(dot: RenderTestSupport.dot(model), format: .pdf)
        // A character no font has is drawn as a box of hex digits, which reads back as those digits, not the character.
        let drawn = Set(try Self.pdfText(pdf).unicodeScalars)
        for body in model.bodies {
            let missing = body.name.unicodeScalars.filter { !$0.properties.isWhitespace && !drawn.contains($0) }
            #expect(missing.isEmpty, "'\(body.name)': no glyph drawn for \(missing.map { "U+" + String($0.value, radix: 16, uppercase: true) })")
        }
    }
}

extension LayoutEngine: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}
