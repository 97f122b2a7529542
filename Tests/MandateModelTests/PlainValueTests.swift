import Testing
@testable import MandateModel

@Suite("Locations and bodies are plain values")
struct PlainValueTests {
    @Test("a location gives back its file, line and column, and orders by file name, then line, then column")
    func locations() {
        let late = SourceLocation(file: "b-model.yaml", line: 1, column: 1)
        let early = SourceLocation(file: "a-model.yaml", line: 900, column: 9)
        #expect(late.file == "b-model.yaml" && early.line == 900 && early.column == 9)
        #expect(early < late && !(late < early))
        #expect(SourceLocation(file: "a-model.yaml", line: 900, column: 10) > early)
        #expect(SourceLocation(file: "a-model.yaml", line: 900, column: 9) == early)
        #expect(SourceLocation(file: "a-model.yaml", line: 900, column: 9).hashValue == early.hashValue)
        #expect(SourceLocation(file: "a-model.yaml", line: Int.max, column: 1).line == Int(Int32.max))
        #expect(early.description == "a-model.yaml:900:9")
    }

    @Test("a body copied and changed leaves the original as it was, and equals one built with the same values")
    func rareFields() {
        let location = SourceLocation(file: "m.yaml", line: 3, column: 3)
        let plain = Body(id: BodyID("b1"), name: "Forum", kind: .forum, location: location)
        var noted = plain
        noted.note = "Nedsat ad hoc"
        noted.count = 5
        #expect(noted != plain && plain.note == nil && plain.count == 1)
        var copy = noted
        copy.count = 2
        #expect(noted.count == 5 && copy.count == 2)
        copy.note = nil
        copy.count = 1
        #expect(copy == plain && copy.hashValue == plain.hashValue)
    }
}
