import Foundation
import Testing

@Suite("The README's examples")
struct ReadmeExampleTests {
    /// The README and the documentation's articles.
    static let pages: [URL] = {
        let catalog = MandateBinary.packageRoot.appendingPathComponent("Sources/Mandate/Mandate.docc")
        let articles = ((try? FileManager.default.contentsOfDirectory(atPath: catalog.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return [MandateBinary.packageRoot.appendingPathComponent("README.md")] + articles.map { catalog.appendingPathComponent($0) }
    }()

    /// Each `$ swift run mandate …` block of the README and the articles, with the output printed under it.
    static func examples() throws -> [(arguments: [String], output: String)] {
        var examples: [(arguments: [String], output: String)] = []
        for page in pages { examples += try Self.examples(in: String(contentsOf: page, encoding: .utf8)) }
        return examples
    }

    private static func examples(in text: String) throws -> [(arguments: [String], output: String)] {
        var examples: [(arguments: [String], output: String)] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("$ swift run mandate ") else { continue }
            let arguments = line.dropFirst("$ swift run mandate ".count).split(separator: " ").map(String.init)
            var output = ""
            while let next = lines.popFirst(), next != "```" { output += next + "\n" }
            examples.append((arguments, output))
        }
        return examples
    }

    @Test("every example prints what the README and the articles show, on both output streams together")
    func examplesMatch() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 5)
        for example in examples {
            let run = try MandateBinary.run(example.arguments)
            #expect(run.standardOutput + run.standardError == example.output, "mandate \(example.arguments.joined(separator: " "))")
        }
    }
}
