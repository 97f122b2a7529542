import Foundation
import Testing

@Suite("The README's examples")
struct ReadmeExampleTests {
    /// Each `$ swift run mandate …` block of the README, with the output printed under it.
    static func examples() throws -> [(arguments: [String], output: String)] {
        let readme = try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [(arguments: [String], output: String)] = []
        var lines = readme.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("$ swift run mandate ") else { continue }
            let arguments = line.dropFirst("$ swift run mandate ".count).split(separator: " ").map(String.init)
            var output = ""
            while let next = lines.popFirst(), next != "```" { output += next + "\n" }
            examples.append((arguments, output))
        }
        return examples
    }

    @Test("every example prints what the README shows, on both output streams together")
    func examplesMatch() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 2)
        for example in examples {
            let run = try MandateBinary.run(example.arguments)
            #expect(run.standardOutput + run.standardError == example.output, "mandate \(example.arguments.joined(separator: " "))")
        }
    }
}
