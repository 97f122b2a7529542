import MandateModel

/// A change to try on a structure before deciding it: bodies dissolved, and bodies moved under another parent.
public struct StructureChange: Hashable, Sendable {
    /// Bodies to dissolve: each leaves the structure, and every reference to it goes with it.
    public var removed: [BodyID] = []
    /// Bodies to move: each reports to the new parent alone.
    public var moved: [Move] = []

    /// One body moved under another.
    public struct Move: Hashable, Sendable {
        public let body: BodyID
        public let parent: BodyID

        /// `body` moved under `parent`.
        public init(body: BodyID, parent: BodyID) {
            self.body = body
            self.parent = parent
        }
    }

    /// A change that dissolves `removed` and moves `moved`.
    public init(removed: [BodyID] = [], moved: [Move] = []) {
        self.removed = removed
        self.moved = moved
    }

    /// The change that `--remove ID` and `--move ID:PARENT` arguments name in `model`, or one message per argument
    /// that names no body (with the nearest id as a hint) or is not written `ID:PARENT`.
    public static func parse(remove: [String], move: [String], in model: Model) -> Result<StructureChange, ImpactInputError> {
        var change = StructureChange()
        var problems: [String] = []
        let ids = model.bodies.map(\.id.rawValue)
        func body(_ text: String, _ option: String) -> BodyID? {
            if model.bodyPosition(BodyID(text)) != nil { return BodyID(text) }
            let hint = Suggestion.closest(to: text, in: ids).map { "; did you mean '\($0)'?" } ?? "; write the id of a body of the model"
            problems.append("\(option) '\(text)' names no body of \(model.id)\(hint)")
            return nil
        }
        for text in remove {
            if let id = body(text, "--remove") { change.removed.append(id) }
        }
        for text in move {
            guard let colon = text.lastIndex(of: ":"), colon != text.startIndex, colon != text.index(before: text.endIndex) else {
                problems.append("--move '\(text)' is not written ID:PARENT; write the body to move, a colon, and its new parent")
                continue
            }
            let (moved, parent) = (body(String(text[..<colon]), "--move"), body(String(text[text.index(after: colon)...]), "--move"))
            if let moved, let parent { change.moved.append(Move(body: moved, parent: parent)) }
        }
        let removed = Set(change.removed)
        for move in change.moved where removed.contains(move.body) || removed.contains(move.parent) {
            let which = removed.contains(move.body) ? move.body : move.parent
            problems.append("--move '\(move.body):\(move.parent)' names '\(which)', which --remove dissolves; move a body that stays under a body that stays")
        }
        return problems.isEmpty ? .success(change) : .failure(ImpactInputError(messages: problems))
    }
}
