import Foundation
import Testing

@Suite("A corpus of broken models, through the real binary")
struct BrokenModelCorpusTests {
    static func files(_ folder: String) -> [String] {
        let path = MandateBinary.packageRoot.appendingPathComponent("Tests/Fixtures/\(folder)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }

    @Test("the corpus holds at least 50 files the loader refuses")
    func size() {
        #expect(Self.files("load-errors").count >= 50)
    }

    @Test("each is refused with exit 2 and file:line:column errors, without a crash or a hang", arguments: files("load-errors"))
    func refused(name: String) throws {
        let path = "Tests/Fixtures/load-errors/\(name)"
        let run = try MandateBinary.run(["check", path], timeLimit: 20)
        #expect(!run.timedOut, "ran past 20 seconds")
        #expect(!run.wasSignalled, "crashed with signal \(run.status)")
        #expect(run.status == 2)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.range(of: #"^Tests/Fixtures/load-errors/[^:]+:\d+:\d+: error: "#, options: .regularExpression) != nil })
        #expect(run.standardError.split(separator: "\n").filter { $0.hasPrefix("  hint: ") }.count == errors.count)
    }

    @Test("models that load but break a rule exit 1 with the finding's place", arguments: files("rule-errors"))
    func ruleErrors(name: String) throws {
        let path = "Tests/Fixtures/rule-errors/\(name)"
        let run = try MandateBinary.run(["check", path], timeLimit: 20)
        #expect(run.status == 1 && !run.wasSignalled)
        #expect(run.standardOutput.range(of: #"(?m)^Tests/Fixtures/rule-errors/[^:]+:\d+:\d+: error: "#, options: .regularExpression) != nil)
    }
}
