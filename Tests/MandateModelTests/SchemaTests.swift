import Foundation
import Testing
import MandateTestSupport
@testable import MandateModel

@Suite("The JSON Schema of the model file")
struct SchemaTests {
    static let schemaFile = TestPaths.models.appendingPathComponent("mandate.schema.json")

    @Test("Models/mandate.schema.json is what `mandate schema` writes")
    func upToDate() throws {
        try Golden.check(JSONSchemaWriter.write(), against: Self.schemaFile)
    }

    @Test("the documentation's key reference is what `mandate schema model --markdown` writes, and names every key of every object")
    func referenceUpToDate() throws {
        let article = TestPaths.packageRoot.appendingPathComponent("Sources/Mandate/Mandate.docc/ModelReference.md")
        try Golden.check(ModelReferenceWriter.markdown(), against: article)
        let text = ModelReferenceWriter.markdown()
        for object in [ModelSchema.document, ModelSchema.body, ModelSchema.role, ModelSchema.unit, ModelSchema.organisation, ModelSchema.kind,
                       ModelSchema.change, ModelSchema.validity, ModelSchema.membership, ModelSchema.holder, ModelSchema.formerName] {
            #expect(text.contains("\n## \(object.name)\n"), "\(object.name)")
            for key in object.keys { #expect(text.contains("| `\(key.name)` |"), "\(object.name).\(key.name)") }
        }
    }

    @Test("every model in Models/ and the valid fixtures validate against the schema, and broken ones do not")
    func validation() throws {
        let validModels = TestPaths.modelFiles().map(\.path)
            + ["all-keys.yaml", "unicode.yaml", "unicode-ids.yaml"].map { TestPaths.fixtures.appendingPathComponent("valid/\($0)").path }
            + (try FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtures.appendingPathComponent("structures").path))
                .filter { $0.hasSuffix(".yaml") }.sorted().map { TestPaths.fixtures.appendingPathComponent("structures/\($0)").path }
        let broken = ["unknown-key.yaml", "wrong-type.yaml", "invalid-choice.yaml", "missing-key.yaml", "unsupported-version.yaml"]
            .map { TestPaths.fixtures.appendingPathComponent("load-errors/\($0)").path }
        let result = try Self.validate(validModels + broken)
        #expect(result.valid == validModels)
        #expect(result.invalid == broken)
    }

    /// Runs the reference JSON Schema validator (Python's jsonschema) over the files.
    private static func validate(_ files: [String]) throws -> (valid: [String], invalid: [String]) {
        let run = try PythonScript.run("scripts/validate-against-schema.py", [schemaFile.path] + files)
        let (data, problemText) = (run.output, run.errors)
        #expect(run.status == 0 || run.status == 1, "the validator did not run: \(problemText)")
        var valid: [String] = []
        var invalid: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[0] == "valid" { valid.append(parts[1]) } else { invalid.append(parts[1]) }
        }
        if valid.count + invalid.count != files.count { Issue.record("validator output: \(problemText)") }
        return (valid, invalid)
    }
}
