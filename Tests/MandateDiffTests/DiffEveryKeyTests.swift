import Foundation
import MandateDiff
import MandateModel
import MandateReporting
import Testing

/// The comparison reads every key the schema declares: a change to any one key of a body is reported, by
/// the kind of change that names the key, and never as "No changes.".
@Suite struct DiffEveryKeyTests {
    let before: Model
    let after: Model

    init() throws {
        let folder = DiffTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/diffs")
        before = try ModelLoader.load(file: folder.appendingPathComponent("every-key-before.yaml").path)
        after = try ModelLoader.load(file: folder.appendingPathComponent("every-key-after.yaml").path)
    }

    @Test func everyKeyOfTheSchemaIsComparedOrExcludedWithAReason() {
        let compared = Set(ChangeKind.allCases.flatMap(\.keys))
        let excluded = Set(ChangeKind.matchingOnlyKeys.keys)
        let keys = Set(ModelSchema.body.keys.map(\.name))
        #expect(keys.subtracting(compared).subtracting(excluded).isEmpty, "keys neither compared nor excluded")
        #expect(compared.subtracting(keys).isEmpty, "change kinds naming keys the schema does not have")
        #expect(compared.isDisjoint(with: excluded))
        #expect(ChangeKind.matchingOnlyKeys.values.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: ModelSchema.body.keys.map(\.name).filter { ChangeKind.matchingOnlyKeys[$0] == nil })
    func aChangeToOneKeyIsReported(key: String) throws {
        let field = try #require(ModelSchema.bodies.fields.first { $0.key.name == key })
        let (old, new) = try (#require(before.body(BodyID("x"))), #require(after.body(BodyID("x"))))
        // The fixtures must give the key two different values, so a key added to the schema needs one here.
        #expect(field.encode(old) != field.encode(new), "every-key-after.yaml gives '\(key)' the value of every-key-before.yaml")
        var changed = old
        field.copy(&changed, new)
        var bodies = before.bodies
        bodies[try #require(before.bodyPosition(BodyID("x")))] = changed
        let changedModel = Model(id: before.id, date: before.date, file: before.file, organisations: before.organisations,
                                 units: before.units, roles: before.roles, bodies: bodies)
        let report = DiffTestSupport.compare(before, changedModel)
        let kinds = report.changes.filter { $0.body == BodyID("x") }.map(\.kind)
        #expect(kinds.contains { $0.keys.contains(key) }, "a change to '\(key)' gave \(kinds)")
        #expect(!DiffTextReporter.write(report).contains("No changes."))
    }

    @Test func everyKindOfChangeHasATypedValueInJSON() throws {
        let report = DiffTestSupport.compare(before, after)
        let json = DiffJSONReporter.write(report)
        for change in report.changes where change.kind.keys.count == 1 {
            #expect(json.contains("\"type\": \"\(change.kind.rawValue)\""), "\(change.kind) missing from the JSON")
        }
        #expect(json.contains("\"lapses\": true"))
        #expect(json.contains("\"count\": 3"))
    }
}
