import Foundation
import Testing

@Suite("mandate check, end to end")
struct CheckCommandTests {
    @Test("a seed model loads: exit 0 and a line naming it")
    func seedModel() throws {
        let run = try MandateBinary.run(["check", "Models/region-sjaelland-integrationsforum.yaml"])
        #expect(run.status == 0)
        #expect(run.standardOutput == """
            Models/region-sjaelland-integrationsforum.yaml: ok: Integrationsforum for psykiatri og somatik i Region Sjælland \
            (6 bodies, 6 roles, 3 units, 4 organisations)

            """)
        #expect(run.standardError.isEmpty)
    }

    @Test("every model in Models/ checks clean in one run")
    func allModels() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: MandateBinary.packageRoot.appendingPathComponent("Models").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let run = try MandateBinary.run(["check"] + names.map { "Models/\($0)" })
        #expect(run.status == 0)
        #expect(run.standardOutput.split(separator: "\n").count == names.count)
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

    @Test("good and bad files together: the good ones are reported ok, the run exits 2")
    func mixed() throws {
        let run = try MandateBinary.run(["check", "Models/national-integration-after.yaml", "Tests/Fixtures/load-errors/unknown-key.yaml"])
        #expect(run.status == 2)
        #expect(run.standardOutput.hasPrefix("Models/national-integration-after.yaml: ok"))
        #expect(run.standardError.hasPrefix("Tests/Fixtures/load-errors/unknown-key.yaml:8:5: error: unknown key 'reportTo'"))
    }

    @Test("a missing file or an unknown extension is a clear error, exit 2")
    func unreadable() throws {
        let missing = try MandateBinary.run(["check", "Models/no-such-model.yaml"])
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("Models/no-such-model.yaml:1:1: error: cannot read the file: no such file"))
        let wrongType = try MandateBinary.run(["check", "README.md"])
        #expect(wrongType.status == 2)
        #expect(wrongType.standardError.contains("cannot tell the format of a '.md' file"))
    }

    @Test("Unicode names print unchanged")
    func unicode() throws {
        let run = try MandateBinary.run(["check", "Tests/Fixtures/valid/unicode.yaml"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("ok: Sundhedsråd – Region Østdanmark (2 bodies"))
        let export = try MandateBinary.run(["export", "Tests/Fixtures/valid/unicode.yaml"])
        #expect(export.standardOutput.contains("\"name\": \"Sundhedsrådet for Ærø, Øresund og Ålborg – “nært” 🏥\""))
    }

    @Test("no arguments is a usage error, exit 64 from the argument parser")
    func usage() throws {
        let run = try MandateBinary.run(["check"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("Missing expected argument"))
    }

    @Test("`mandate schema` prints the committed schema")
    func schema() throws {
        let run = try MandateBinary.run(["schema"])
        let committed = try String(contentsOf: MandateBinary.packageRoot.appendingPathComponent("Models/mandate.schema.json"), encoding: .utf8)
        #expect(run.status == 0)
        #expect(run.standardOutput == committed)
    }
}
