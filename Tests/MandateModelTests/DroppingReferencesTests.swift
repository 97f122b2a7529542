import Testing
@testable import MandateModel

/// Dissolving elements (`mandate impact --remove`) drops every reference to them through the schema: a key that
/// names elements and forgets to drop them fails here.
@Suite("Dropping the references to dissolved elements")
struct DroppingReferencesTests {
    @Test("every key of a body that names elements, its dated changes and members among them, drops the references to removed ones")
    func everyReferenceKey() throws {
        let model = try ModelLoader.load(file: TestPaths.fixtures.appendingPathComponent("valid/all-keys.yaml").path)
        let everything = try #require(model.body("everything"))
        let all = Set(model.bodies.map { EntityID.body($0.id) } + model.roles.map { .role($0.id) } + model.units.map { .unit($0.id) }
                      + model.organisations.map { .organisation($0.id) })
        let dropped = everything.dropping(all)
        var checked: [String] = []
        for field in ModelSchema.bodies.fields {
            let namesElements = switch field.key.type {
            case .reference, .references, .members: true
            case .objects(let spec): spec.name == ModelSchema.change.name
            default: false
            }
            guard namesElements, let before = field.encode(everything) else { continue }
            checked.append(field.key.name)
            #expect(field.encode(dropped) != before, "\(field.key.name) keeps references to removed elements")
        }
        #expect(checked.count >= 10, "\(checked)")
        #expect(everything.dropping([]) == everything)
    }
}
