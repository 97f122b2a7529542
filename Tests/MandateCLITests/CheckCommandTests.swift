import Foundation
import Testing

@Suite("mandate check, end to end")
struct CheckCommandTests {
    /// Each seed model at the date its golden report uses: the model's own date where it has one.
    static let goldenCases: [(model: String, at: String?)] = [
        ("midtjylland-udvalg-after", "2026-06-01"), ("midtjylland-udvalg-before", "2026-06-01"),
        ("national-integration-after", nil), ("national-integration-before", nil),
        ("region-midtjylland-psykiatriforum", "2026-06-01"),
        ("region-sjaelland-integrationsforum", "2026-06-01"), ("region-sjaelland-integrationsforum", "2027-01-01"),
        ("sjaelland-hospital-after", "2026-06-01"), ("sjaelland-hospital-before", "2026-06-01"),
    ]

    @Test("text and JSON reports of every seed model match their golden files",
          arguments: goldenCases.map { "\($0.model)|\($0.at ?? "")" })
    func goldenReports(testCase: String) throws {
        let parts = testCase.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let (model, at) = (parts[0], parts[1])
        let dateArguments = at.isEmpty ? [] : ["--at", at]
        let name = at.isEmpty ? model : "\(model)@\(at)"
        for format in ["text", "json"] {
            let run = try MandateBinary.run(["check", "Models/\(model).yaml", "--format", format] + dateArguments)
            #expect(run.status == (run.standardOutput.contains(format == "text" ? ": error:" : "\"severity\": \"error\"") ? 1 : 0))
            #expect(run.standardError.isEmpty)
            try CLIGolden.check(run.standardOutput, against: "reports/\(name).\(format == "text" ? "txt" : "json")")
        }
    }

    @Test("every model in Models/ loads: no load errors, never exit 2")
    func allModels() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: MandateBinary.packageRoot.appendingPathComponent("Models").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let run = try MandateBinary.run(["check", "--at", "2026-06-01"] + names.map { "Models/\($0)" })
        #expect(run.status == 1, "Region Midtjylland's model has error-level findings")
        #expect(run.standardError.isEmpty)
        #expect(run.standardOutput.split(separator: "\n").filter { $0.contains(": checked at 2026-06-01") }.count == names.count)
    }

    @Test("exit 0 without error findings, 1 with them, 1 with --strict on warnings only")
    func exitCodes() throws {
        #expect(try MandateBinary.run(["check", "Models/national-integration-before.yaml"]).status == 0)
        #expect(try MandateBinary.run(["check", "Models/national-integration-after.yaml"]).status == 0)
        #expect(try MandateBinary.run(["check", "--strict", "Models/national-integration-after.yaml"]).status == 1)
        #expect(try MandateBinary.run(["check", "--at", "2027-01-01", "Models/region-sjaelland-integrationsforum.yaml"]).status == 1)
    }

    @Test("the date used is printed: --at, else the model's date, else today")
    func dateOfEvaluation() throws {
        let given = try MandateBinary.run(["check", "--at", "2030-01-01", "Models/national-integration-before.yaml"])
        #expect(given.standardOutput.contains("checked at 2030-01-01, the date asked for"))
        let model = try MandateBinary.run(["check", "Models/national-integration-before.yaml"])
        #expect(model.standardOutput.contains("checked at 2024-11-30, the model's date"))
        let today = try MandateBinary.run(["check", "Models/sjaelland-hospital-after.yaml"])
        #expect(today.standardOutput.contains(", today: "))
    }

    @Test("a broken model: exit 2 and all five problems with file:line:column and hints on standard error")
    func fiveErrors() throws {
        let run = try MandateBinary.run(["check", "Tests/Fixtures/load-errors/five-errors.yaml"])
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [14, 15, 16, 17, 22].map {
            "Tests/Fixtures/load-errors/five-errors.yaml:\($0)"
        })
        #expect(run.standardError.split(separator: "\n").filter { $0.hasPrefix("  hint: ") }.count == 5)
    }

    @Test("good and bad files together: the good one is checked, the bad one reported, the run exits 2")
    func mixed() throws {
        let run = try MandateBinary.run(["check", "Models/national-integration-before.yaml", "Tests/Fixtures/load-errors/unknown-key.yaml"])
        #expect(run.status == 2)
        #expect(run.standardOutput.hasPrefix("Models/national-integration-before.yaml: checked at 2024-11-30"))
        #expect(run.standardError.hasPrefix("Tests/Fixtures/load-errors/unknown-key.yaml:8:5: error: unknown key 'reportTo'"))
    }

    @Test("a missing file, an unknown extension or a bad date is a clear error, exit 2")
    func unusableInput() throws {
        let missing = try MandateBinary.run(["check", "Models/no-such-model.yaml"])
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("Models/no-such-model.yaml:1:1: error: cannot read the file: no such file"))
        let wrongType = try MandateBinary.run(["check", "README.md"])
        #expect(wrongType.status == 2 && wrongType.standardError.contains("cannot tell the format of a '.md' file"))
        let badDate = try MandateBinary.run(["check", "--at", "2027-02-30", "Models/national-integration-after.yaml"])
        #expect(badDate.status == 2 && badDate.standardError.contains("--at '2027-02-30' is not a date"))
        let noArguments = try MandateBinary.run(["check"])
        #expect(noArguments.status == 2 && noArguments.standardError.contains("Missing expected argument"))
        let badConfig = try MandateBinary.run(["check", "--config", "Tests/Fixtures/configurations/unknown-rule.yml", "Models/national-integration-after.yaml"])
        #expect(badConfig.status == 2)
        #expect(badConfig.standardError == """
            Tests/Fixtures/configurations/unknown-rule.yml:2:3: error: no rule is called 'defined-chiar'
              hint: did you mean 'defined-chair'?

            """)
    }

    @Test("a configuration switches rules off and waives findings")
    func configuration() throws {
        let run = try MandateBinary.run(["check", "--config", "Tests/Fixtures/configurations/sjaelland.yml", "--at", "2027-01-01",
                                         "Models/region-sjaelland-integrationsforum.yaml"])
        #expect(run.standardOutput == """
            Models/region-sjaelland-integrationsforum.yaml:79:3: error: 'Arbejdsgruppe vedr. integration af psykiatri og somatik' reports \
            to 'Integrationsforum for psykiatri og somatik', which does not exist on 2027-01-01 (valid until 2026-12-31), so it reaches \
            no root [no-orphan]
            Models/region-sjaelland-integrationsforum.yaml: checked at 2027-01-01, the date asked for: 1 error, 0 warnings, 0 info (1 waived)

            """)
        #expect(run.status == 1)
    }

    @Test("a .mandate.yml next to the models applies to each of them")
    func nearbyConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = MandateBinary.packageRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/configurations/sjaelland.yml"),
                                         to: folder.appendingPathComponent(".mandate.yml"))
        for name in ["a.yaml", "b.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("Models/region-sjaelland-integrationsforum.yaml"),
                                             to: folder.appendingPathComponent(name))
        }
        let run = try MandateBinary.run(["check", "--at", "2027-01-01", folder.appendingPathComponent("a.yaml").path,
                                         folder.appendingPathComponent("b.yaml").path])
        let summaries = run.standardOutput.split(separator: "\n").filter { $0.contains(": checked at ") }
        #expect(summaries.count == 2 && summaries.allSatisfy { $0.hasSuffix("1 error, 0 warnings, 0 info (1 waived)") })
    }

    @Test("Unicode names print unchanged")
    func unicode() throws {
        let run = try MandateBinary.run(["check", "Tests/Fixtures/valid/unicode.yaml"])
        #expect(run.standardOutput.contains("'Sundhedsrådet for Ærø, Øresund og Ålborg – “nært” 🏥' meets but has no secretariat"))
        let export = try MandateBinary.run(["export", "Tests/Fixtures/valid/unicode.yaml"])
        #expect(export.standardOutput.contains("\"name\": \"Sundhedsrådet for Ærø, Øresund og Ålborg – “nært” 🏥\""))
    }

    @Test("Markdown, SARIF and GitHub formats carry the same findings")
    func otherFormats() throws {
        let arguments = ["check", "--at", "2027-01-01", "Models/region-sjaelland-integrationsforum.yaml", "--format"]
        let markdown = try MandateBinary.run(arguments + ["markdown"])
        #expect(markdown.standardOutput.contains("| error | Models/region-sjaelland-integrationsforum.yaml:79:3 | no-orphan |"))
        let sarif = try MandateBinary.run(arguments + ["sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(log["version"] as? String == "2.1.0")
        #expect(results.map { $0["ruleId"] as? String } == ["defined-chair", "defined-secretariat", "no-orphan"])
        let github = try MandateBinary.run(arguments + ["github"])
        #expect(github.standardOutput.hasPrefix("::warning file=Models/region-sjaelland-integrationsforum.yaml,line=79,col=3,title=defined-chair::"))
        #expect(github.standardOutput.split(separator: "\n").filter { $0.hasPrefix("::error ") }.count == 1)
    }

    @Test("`mandate rules` lists the rules, explains one, and refuses an unknown one")
    func rules() throws {
        let list = try MandateBinary.run(["rules"])
        #expect(list.status == 0 && list.standardOutput.split(separator: "\n").count == 16)
        let one = try MandateBinary.run(["rules", "no-orphan"])
        #expect(one.standardOutput.hasPrefix("no-orphan: No orphan\n"))
        let unknown = try MandateBinary.run(["rules", "no-orphn"])
        #expect(unknown.status == 2 && unknown.standardError == "error: no rule is called 'no-orphn'; did you mean 'no-orphan'?\n")
    }

    @Test("an unknown command is answered with the nearest one, exit 2")
    func unknownCommand() throws {
        let typo = try MandateBinary.run(["chek", "Models/region-sjaelland-integrationsforum.yaml"])
        #expect(typo.status == 2)
        #expect(typo.standardError == "error: 'mandate' has no command 'chek'\n  hint: did you mean 'mandate check'?\n")
        let other = try MandateBinary.run(["zzz"])
        #expect(other.status == 2 && other.standardError.contains("the commands are check, timeline, diff, render, report, seats, overlap, impact, rules, export, schema, lsp, serve, help"))
    }

    @Test("`mandate schema` prints the committed schema")
    func schema() throws {
        let run = try MandateBinary.run(["schema"])
        let committed = try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Models/mandate.schema.json"), encoding: .utf8)
        #expect(run.status == 0 && run.standardOutput == committed)
    }
}
