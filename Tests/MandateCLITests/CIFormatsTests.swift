import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import MandateTestSupport

/// What a CI pipeline reads: load errors in every format, one JSON shape, SARIF valid against OASIS's schema.
@Suite("CI: every format, one JSON shape, SARIF against its schema", .serialized)
struct CIFormatsTests {
    static let broken = "Tests/Fixtures/load-errors/dangling-reference.yaml"
    static let seed = "Models/region-sjaelland-integrationsforum.yaml"
    static let sarifSchema = MandateBinary.packageRoot.appendingPathComponent(".build/schemas/sarif-2.1.0-rtm.4.json")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Validates `documents` against `schema` with Python's jsonschema, of the draft the schema names.
    static func validate(_ documents: [String], against schema: URL) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, document) in documents.enumerated() {
            let file = folder.appendingPathComponent("document-\(index).json")
            try document.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let validation = try PythonScript.run("scripts/validate-against-schema.py", [schema.path] + files)
        #expect(validation.status == 0, "\(validation.errors)")
    }

    @Test("a model that cannot be loaded is in every format, with its file, line and column, and the exit stays 2")
    func loadErrorsEverywhere() throws {
        func run(_ format: String) throws -> String {
            let run = try MandateBinary.run(["check", "--format", format, Self.broken, Self.seed])
            #expect(run.status == 2, "\(format)")
            #expect(run.standardError.contains("dangling-reference.yaml:16:16: error:"), "\(format)")
            return run.standardOutput
        }
        let json = try Self.json(try run("json"))
        let loadErrors = try #require(json["loadErrors"] as? [[String: Any]])
        #expect(loadErrors.count == 4 && loadErrors[0]["line"] as? Int == 16 && loadErrors[0]["column"] as? Int == 16)
        #expect((json["models"] as? [Any])?.count == 1)
        let sarif = try Self.json(try run("sarif"))
        let sarifRun = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((sarifRun["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == false)
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.filter { $0["ruleId"] as? String == "load-error" }.count == 4)
        #expect(try run("github").contains("::error file=Tests/Fixtures/load-errors/dangling-reference.yaml,line=16,col=16,title=load-error::"))
        let junit = try XMLDocument(data: Data(try run("junit").utf8), options: [])
        #expect(try junit.nodes(forXPath: "//error[@type='load-error']").count == 1)
        #expect(try junit.nodes(forXPath: "/testsuites/@errors").first?.stringValue == "1")
        let gitlab = try #require(try JSONSerialization.jsonObject(with: Data(try run("gitlab").utf8)) as? [[String: Any]])
        #expect(gitlab.filter { $0["severity"] as? String == "blocker" && $0["check_name"] as? String == "load-error" }.count == 4)
        #expect(try run("markdown").contains("## Could not be used"))
    }

    @Test("JSON is one object whatever the number of models, and every output validates against `mandate schema check`")
    func oneShape() throws {
        let schemaFile = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-check-\(UUID().uuidString).schema.json")
        defer { try? FileManager.default.removeItem(at: schemaFile) }
        try (try MandateBinary.run(["schema", "check"])).standardOutput.write(to: schemaFile, atomically: true, encoding: .utf8)
        let runs = [
            ["check", "--format", "json", Self.seed],
            ["check", "--format", "json", Self.seed, "Models/national-integration-after.yaml"],
            ["check", "--format", "json", Self.seed, Self.broken],
            ["check", "--format", "json", "--config", "Tests/Fixtures/configurations/unknown-rule.yml", Self.seed],
            // A workspace: findings carry their file's owner.
            ["check", "--format", "json", "Models/midtjylland"],
        ]
        var outputs: [String] = []
        for arguments in runs {
            let output = try MandateBinary.run(arguments).standardOutput
            let object = try Self.json(output)
            #expect(Set(object.keys) == ["version", "models", "loadErrors", "configurationErrors", "baseline", "skipped"], "\(arguments)")
            outputs.append(output)
        }
        #expect((try Self.json(outputs[3])["configurationErrors"] as? [Any])?.count == 1)
        #expect(try Self.json(outputs[4]).description.contains("owner"))
        let baseline = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-schema-baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: baseline) }
        #expect(try MandateBinary.run(["check", "--at", "2027-01-01", "--write-baseline", baseline.path, Self.seed]).status == 0)
        outputs.append(try MandateBinary.run(["check", "--format", "json", "--baseline", baseline.path, Self.seed]).standardOutput)
        #expect((try Self.json(outputs[5])["baseline"] as? [String: Any])?["unmatched"] as? [Any] != nil)
        try Self.validate(outputs, against: schemaFile)
    }

    @Test("SARIF with load errors, waivers, configuration errors and several models is valid SARIF 2.1.0")
    func sarifAgainstSchema() throws {
        try #require(FileManager.default.fileExists(atPath: Self.sarifSchema.path), "run scripts/install-dependencies: it fetches the SARIF schema")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("sjaelland.yaml")
        try FileManager.default.copyItem(at: MandateBinary.packageRoot.appendingPathComponent(Self.seed), to: model)
        let configuration = try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Tests/Fixtures/configurations/sjaelland.yml"), encoding: .utf8)
        try (configuration + "documentation: https://example.org/governance/rules\n")
            .write(to: folder.appendingPathComponent(".mandate.yml"), atomically: true, encoding: .utf8)
        let waived = try MandateBinary.run(["check", "--format", "sarif", "--at", "2027-01-01", model.path, Self.broken, "Models/national-integration-after.yaml"])
        let unknownRule = try MandateBinary.run(["check", "--format", "sarif", "--config", "Tests/Fixtures/configurations/unknown-rule.yml", Self.seed])
        let owned = try MandateBinary.run(["check", "--format", "sarif", "Models/midtjylland"])
        #expect(owned.standardOutput.contains("\"owner\": \"Sekretariatet for Psykiatriforum\""))
        try Self.validate([waived.standardOutput, unknownRule.standardOutput, owned.standardOutput], against: Self.sarifSchema)

        let log = try Self.json(waived.standardOutput)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let version = try MandateBinary.run(["--version"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(driver["version"] as? String == version && !version.isEmpty)
        // Links lead where the configuration says the documentation is published, and nowhere else.
        #expect(driver["informationUri"] as? String == "https://example.org/governance/rules")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.allSatisfy { ($0["helpUri"] as? String) == "https://example.org/governance/rules#" + ($0["id"] as? String ?? "") })
        let plain = try Self.json(try MandateBinary.run(["check", "--format", "sarif", Self.seed]).standardOutput)
        let plainDriver = try #require((((plain["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"]) as? [String: Any])
        #expect(plainDriver["informationUri"] == nil)
        #expect(((plainDriver["rules"] as? [[String: Any]]) ?? []).allSatisfy { $0["helpUri"] == nil })
        #expect(rules.allSatisfy { $0["help"] != nil && $0["fullDescription"] != nil && $0["shortDescription"] != nil })
        let base = ((run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] as? [String: Any])?["uri"] as? String
        #expect(base == "file://" + MandateBinary.packageRoot.standardizedFileURL.path + "/")
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        let justification = ((suppressed.first?["suppressions"] as? [[String: Any]])?.first)?["justification"] as? String
        #expect(justification == "The figure in the terms of reference names the participants, not a chair.")
        let relative = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }
        #expect(relative.contains { $0["uriBaseId"] as? String == "SRCROOT" && $0["uri"] as? String == "Models/national-integration-after.yaml" })
        let notifications = ((try Self.json(unknownRule.standardOutput)["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?
            .first?["toolConfigurationNotifications"] as? [[String: Any]]
        #expect(notifications?.count == 1)
    }

    @Test("JUnit fails a rule as the exit status does: on errors, or with --strict on any finding")
    func junitAgreesWithTheExitStatus() throws {
        let warningsOnly = "Models/national-integration-after.yaml"
        let plain = try MandateBinary.run(["check", "--format", "junit", warningsOnly])
        let strict = try MandateBinary.run(["check", "--format", "junit", "--strict", warningsOnly])
        #expect(plain.status == 0 && strict.status == 1)
        let plainXML = try XMLDocument(data: Data(plain.standardOutput.utf8), options: [])
        let strictXML = try XMLDocument(data: Data(strict.standardOutput.utf8), options: [])
        #expect(try plainXML.nodes(forXPath: "/testsuites/@failures").first?.stringValue == "0")
        #expect(try plainXML.nodes(forXPath: "//testcase[@name='defined-chair']/system-out").count == 1)
        #expect(try strictXML.nodes(forXPath: "/testsuites/@failures").first?.stringValue == "2")
        let errors = try MandateBinary.run(["check", "--format", "junit", "--at", "2027-01-01", Self.seed])
        let errorsXML = try XMLDocument(data: Data(errors.standardOutput.utf8), options: [])
        let orphanFailures = try errorsXML.nodes(forXPath: "//testcase[@name='no-orphan']/failure").count
        #expect(errors.status == 1 && orphanFailures == 1)
    }

    @Test("--version, SARIF and JSON name one version")
    func version() throws {
        let version = try MandateBinary.run(["--version"])
        #expect(version.status == 0)
        let text = version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.split(separator: ".").count == 3)
        #expect(try Self.json(try MandateBinary.run(["check", "--format", "json", Self.seed]).standardOutput)["version"] as? String == text)
    }
}
