import Foundation
import Testing
import MandateTestSupport

/// `mandate diff` over a history of three versions (`Tests/Fixtures/histories`): co-chairs listed in another
/// order, a title that changes, bodies that end and start, groups of one name under different committees,
/// ids renumbered with and without `formerly`, and a lineage typo.
@Suite("mandate diff on a real history, end to end")
struct DiffHistoryTests {
    static let steps = [("2022", "2023"), ("2023", "2024")]

    @Test("each step reports every true change and invents none", arguments: steps.map { "\($0.0)-\($0.1)" })
    func step(name: String) throws {
        let years = name.split(separator: "-").map(String.init)
        let run = try MandateBinary.run(["diff", "Tests/Fixtures/histories/kommune-\(years[0]).yaml", "Tests/Fixtures/histories/kommune-\(years[1]).yaml"])
        #expect(run.status == 0)
        try CLIGolden.check(run.standardOutput, against: "histories/kommune-\(name).txt")
        let json = try MandateBinary.run(["diff", "--format", "json", "Tests/Fixtures/histories/kommune-\(years[0]).yaml",
                                          "Tests/Fixtures/histories/kommune-\(years[1]).yaml"])
        try CLIGolden.check(json.standardOutput, against: "histories/kommune-\(name).json")
    }

    @Test("the JSON of check and diff validates against the schemas `mandate schema check|diff` prints")
    func schemas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-schemas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [(schema: String, document: String)] = []
        for subject in ["check", "diff"] {
            let schema = try MandateBinary.run(["schema", subject])
            try schema.standardOutput.write(to: folder.appendingPathComponent("\(subject).schema.json"), atomically: true, encoding: .utf8)
        }
        let outputs: [(String, [String])] = [
            ("check", ["check", "--format", "json", "--at", "2027-01-01", "Models/region-sjaelland-integrationsforum.yaml"]),
            ("check", ["check", "--format", "json", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml"]),
            ("diff", ["diff", "--format", "json", "Tests/Fixtures/histories/kommune-2023.yaml", "Tests/Fixtures/histories/kommune-2024.yaml"]),
            ("diff", ["diff", "--format", "json", "Tests/Fixtures/structures/seats-and-holders-2024.yaml", "Tests/Fixtures/structures/seats-and-holders-2025.yaml"]),
            ("diff", ["diff", "--format", "json", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml"]),
        ]
        for (index, (subject, arguments)) in outputs.enumerated() {
            let run = try MandateBinary.run(arguments)
            let file = folder.appendingPathComponent("output-\(index).json")
            try run.standardOutput.write(to: file, atomically: true, encoding: .utf8)
            files.append((folder.appendingPathComponent("\(subject).schema.json").path, file.path))
        }
        for (schema, document) in files {
            let validation = try PythonScript.run("scripts/validate-against-schema.py", [schema, document])
            #expect(validation.status == 0, "\(document) against \(schema): \(validation.errors)")
        }
    }

    @Test("--exit-code: 0 without changes, 1 with changes, 2 when a model cannot be used")
    func exitCode() throws {
        let same = try MandateBinary.run(["diff", "--exit-code", "Models/national-integration-after.yaml", "Models/national-integration-after.yaml"])
        let changed = try MandateBinary.run(["diff", "--exit-code", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml"])
        let broken = try MandateBinary.run(["diff", "--exit-code", "Models/national-integration-before.yaml", "Tests/Fixtures/load-errors/empty.yaml"])
        let plain = try MandateBinary.run(["diff", "Models/national-integration-before.yaml", "Models/national-integration-after.yaml"])
        #expect([same.status, changed.status, broken.status, plain.status] == [0, 1, 2, 0])
        #expect(same.standardOutput.contains("No changes."))
    }

    @Test("a side read from a git revision (REV:PATH) and a side from standard input")
    func gitAndStandardInput() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.currentDirectoryURL = repository
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        let before = try Data(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Models/national-integration-before.yaml"))
        let after = try Data(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Models/national-integration-after.yaml"))
        try git("init", "-q")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("Models"), withIntermediateDirectories: true)
        try before.write(to: repository.appendingPathComponent("Models/x.yaml"))
        try git("add", "Models/x.yaml")
        try git("commit", "-q", "-m", "before")
        try after.write(to: repository.appendingPathComponent("Models/x.yaml"))

        let fromGit = try MandateBinary.run(["diff", "HEAD:Models/x.yaml", "Models/x.yaml"], directory: repository)
        #expect(fromGit.status == 0, "\(fromGit.standardError)")
        #expect(fromGit.standardOutput.hasPrefix("Comparing HEAD:Models/x.yaml (checked at 2024-11-30) with Models/x.yaml"))
        #expect(fromGit.standardOutput.contains("⊕ 'Hospitalsledelse' and 'Psykiatriens ledelse' merged into"))
        let missing = try MandateBinary.run(["diff", "HEAD:Models/none.yaml", "Models/x.yaml"], directory: repository)
        #expect(missing.status == 2 && missing.standardError.hasPrefix("HEAD:Models/none.yaml:1:1: error: cannot read the file: no such file, and git has no 'HEAD:Models/none.yaml'"))

        let fromInput = try MandateBinary.run(["diff", "--input-format", "yaml", "-", "Models/x.yaml"], directory: repository, input: before)
        #expect(fromInput.status == 0 && fromInput.standardOutput.hasPrefix("Comparing - (checked at 2024-11-30)"))
        #expect(fromInput.standardOutput.contains("merged into"))
    }
}
