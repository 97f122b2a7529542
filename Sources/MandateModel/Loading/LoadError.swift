/// Everything that can make a model file unusable. Each case carries what a message needs; the loader
/// pairs it with a location in a ``LoadDiagnostic``.
package enum LoadError: Hashable, Sendable {
    case unreadableFile(reason: String)
    /// A folder named as a model that holds no model file.
    case noModelFiles
    case unsupportedFileType(fileExtension: String)
    case fileTooLarge(bytes: Int, limit: Int)
    case invalidEncoding(detail: String)
    case forbiddenCharacter(detail: String)
    case syntax(problem: String)
    case tabIndentation
    /// A key indented more than the key above it, which has its value on its own line.
    case overIndented(key: String, indent: Int, sibling: String, siblingIndent: Int, parent: String?)
    /// A key indented between two levels, lining up with neither.
    case underIndented(key: String, indent: Int, inner: String, innerIndent: Int, outer: String?, outerIndent: Int)
    /// An entry written at the left margin after a section key with nothing under it.
    case entryOutsideSection(key: String, section: String)
    case unsupportedTag(tag: String)
    case textTooLong(key: String, characters: Int, limit: Int)
    case multipleDocuments
    case nestingTooDeep(limit: Int)
    case notAMapping(context: String, found: SourceNodeKind)
    case keyNotText(context: String, found: SourceNodeKind)
    case unknownKey(key: String, context: String, suggestion: String?, allowed: [String])
    case duplicateKey(key: String, first: SourceLocation)
    case missingKey(key: String, context: String)
    case emptyValue(key: String, context: String)
    case wrongType(key: String, expected: String, found: String)
    case invalidDate(key: String, text: String)
    /// A date written YYYY-MM-DD that does not exist, and why.
    case impossibleDate(key: String, text: String, reason: String)
    /// A list where the key takes one value, and the key that takes a list.
    case listWhereOne(key: String, listKey: String, items: [String])
    /// A word of another language for one of the allowed values.
    case localWord(key: String, text: String, word: String)
    case invalidChoice(key: String, text: String, allowed: [String], suggestion: String?)
    case invalidNumber(key: String, text: String, minimum: Int)
    case unsupportedVersion(found: String, supported: Int)
    case invalidIdentifier(id: String)
    case duplicateIdentifier(id: String, first: SourceLocation)
    case duplicateAlias(alias: String, first: SourceLocation)
    /// A list of references names one element twice (by its id, an alias or a former name).
    case repeatedReference(id: String, key: String, first: SourceLocation)
    /// Two periods of a body's validity that overlap or are out of order.
    case periodsOverlap(earlier: String, later: String)
    /// A body's change dated on or before the change above it.
    case changesOutOfOrder(earlier: Day, later: Day)
    /// A former name that more than one body carried at the model's date (or at any time, for a model without one).
    case ambiguousName(name: String, key: String, candidates: [String])
    /// Two ids that differ only in case.
    case identifiersDifferInCase(id: String, other: String, first: SourceLocation)
    case danglingReference(id: String, key: String, expected: [EntityKind], suggestion: String?, named: String? = nil)
    case wrongReferenceKind(id: String, key: String, found: EntityKind, expected: [EntityKind])
    case conflictingKeys(key: String, other: String)
    case csvSyntax(problem: String, hint: String)
    case csvFieldCount(found: Int, expected: Int)
    case csvUnknownColumn(name: String, suggestion: String?, allowed: [String])
    case csvDuplicateColumn(name: String, first: SourceLocation)
    case csvMissingColumn(name: String)
    case csvEmptyCell(column: String)
    /// A reference written `MODEL/ID` in a file that belongs to no workspace.
    case notInWorkspace(reference: String)
    /// A reference written `MODEL/ID` to a model the workspace does not hold.
    case unknownModel(reference: String, model: String, suggestion: String?)
    /// A reference that names a file where a model belongs; `outside` is the workspace's folder when the file lies
    /// outside it; `model` the reference to write when the file is one of the workspace's.
    case referenceToFile(reference: String, outside: String?, model: String?)
    /// Two files of a workspace that declare the same model id.
    case duplicateModel(model: String, first: SourceLocation)
    /// A kind of body declared in two files of a workspace, differently.
    case conflictingKind(id: String, first: SourceLocation)

    /// One line saying what is wrong.
    public var message: String {
        switch self {
        case .unreadableFile(let reason):
            "cannot read the file: \(reason)"
        case .noModelFiles:
            "the folder holds no model file (.yaml, .yml, .json or .csv, hidden ones left out)"
        case .unsupportedFileType(let fileExtension):
            "cannot tell the format of a '.\(fileExtension)' file"
        case .fileTooLarge(let bytes, let limit):
            "the file has \(bytes) bytes, more than the limit of \(limit)"
        case .invalidEncoding(let detail):
            "the file is not valid UTF-8: \(detail)"
        case .forbiddenCharacter(let detail):
            "the file holds a character YAML does not allow: \(detail)"
        case .syntax(let problem):
            "syntax error: \(problem)"
        case .unsupportedTag(let tag):
            "the tag '\(tag)' has no meaning in a model file"
        case .tabIndentation:
            "a tab where YAML expects spaces"
        case .overIndented(let key, let indent, let sibling, let siblingIndent, let parent):
            "'\(key)' is indented \(Self.spaces(indent)), more than '\(sibling)' above it (\(siblingIndent))"
                + (parent.map { "; the keys of '\($0)' line up" } ?? "")
        case .underIndented(let key, let indent, let inner, let innerIndent, let outer, let outerIndent):
            "'\(key)' is indented \(Self.spaces(indent)), which lines up with no key above it: the keys of '\(inner)' have \(innerIndent)"
                + (outer.map { ", the keys of '\($0)' \(outerIndent)" } ?? ", the model's own keys \(outerIndent)")
        case .entryOutsideSection(let key, let section):
            "'\(key)' is not indented under '\(section):', so it is read as a key of the model"
        case .textTooLong(let key, let characters, let limit):
            "'\(key)' is \(characters) characters long, more than the limit of \(limit)"
        case .multipleDocuments:
            "the file holds more than one document"
        case .nestingTooDeep(let limit):
            "the file nests lists and mappings more than \(limit) levels deep"
        case .notAMapping(let context, let found):
            "\(context) must be a mapping, found \(found.noun)"
        case .keyNotText(let context, let found):
            "a key in \(context) must be a word, found \(found.noun)"
        case .unknownKey(let key, let context, _, _):
            "unknown key '\(key)' in \(context)"
        case .duplicateKey(let key, let first):
            "duplicate key '\(key)' (first written at line \(first.line), column \(first.column))"
        case .missingKey(let key, let context):
            "\(context) has no '\(key)'"
        case .emptyValue(let key, let context):
            "'\(key)' of \(context) is empty"
        case .wrongType(let key, let expected, let found):
            "'\(key)' must be \(expected), found \(found)"
        case .invalidDate(let key, let text):
            "'\(key)' is not a valid date: '\(text)'"
        case .impossibleDate(let key, let text, let reason):
            "'\(key)' is not a date that exists: '\(text)' (\(reason))"
        case .listWhereOne(let key, _, let items):
            "'\(key)' takes one id, found a list of \(items.count)"
        case .localWord(let key, let text, _):
            "'\(key)' must be one of the model's words, found '\(text)'"
        case .invalidChoice(let key, let text, let allowed, _):
            "'\(key)' must be one of \(allowed.joined(separator: ", ")); found '\(text)'"
        case .invalidNumber(let key, let text, let minimum):
            "'\(key)' must be a whole number of at least \(minimum), found \(text)"
        case .unsupportedVersion(let found, let supported):
            "unsupported format version \(found); this Mandate reads version \(supported)"
        case .invalidIdentifier(let id):
            "'\(id)' is not a valid id"
        case .duplicateIdentifier(let id, let first):
            "duplicate id '\(id)' (first declared at \(first))"
        case .duplicateAlias(let alias, let first):
            "the alias '\(alias)' already names another element (at \(first))"
        case .repeatedReference(let id, let key, let first):
            "'\(key)' names '\(id)' a second time (first at line \(first.line), column \(first.column))"
        case .periodsOverlap(let earlier, let later):
            "the period \(later) does not follow the period before it, \(earlier)"
        case .changesOutOfOrder(let earlier, let later):
            "the change from \(later) does not come after the change above it, from \(earlier)"
        case .ambiguousName(let name, let key, let candidates):
            "'\(key)' names '\(name)', which more than one body carried: \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case .identifiersDifferInCase(let id, let other, let first):
            "the id '\(id)' differs from '\(other)' (at \(first)) only in case"
        case .danglingReference(let id, let key, let expected, _, _):
            "'\(key)' names '\(id)', which is no \(Self.kinds(expected)) in \(id.contains("/") ? "the workspace" : "this model")"
        case .wrongReferenceKind(let id, let key, let found, let expected):
            "'\(key)' names '\(id)', which is \(Self.article(found.rawValue)), not \(Self.article(Self.kinds(expected)))"
        case .conflictingKeys(let key, let other):
            "'\(key)' and '\(other)' cannot both be given"
        case .csvSyntax(let problem, _):
            "CSV syntax error: \(problem)"
        case .csvFieldCount(let found, let expected):
            "the row has \(found) field\(found == 1 ? "" : "s"), the header \(expected)"
        case .csvUnknownColumn(let name, _, _):
            "unknown column '\(name)' in the header"
        case .csvDuplicateColumn(let name, let first):
            "the header names the column '\(name)' twice (first at line \(first.line), column \(first.column))"
        case .csvMissingColumn(let name):
            "the header has no '\(name)' column"
        case .csvEmptyCell(let column):
            "the '\(column)' field is empty"
        case .notInWorkspace(let reference):
            "'\(reference)' names an element of another model, but this file belongs to no workspace"
        case .unknownModel(let reference, let model, _):
            "'\(reference)' names the model '\(model)', which no file of the workspace declares"
        case .referenceToFile(let reference, let outside, _):
            outside.map { "'\(reference)' names a file outside the workspace \($0)" } ?? "'\(reference)' names a file, not a model"
        case .duplicateModel(let model, let first):
            "the model '\(model)' is declared by another file of the workspace too (\(first))"
        case .conflictingKind(let id, let first):
            "the kind '\(id)' is declared differently in another file of the workspace (\(first))"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .unreadableFile:
            "check the path and the file's permissions"
        case .noModelFiles:
            "name the folder that holds the models, or the model files themselves"
        case .unsupportedFileType:
            "name the file .yaml, .yml, .json or .csv"
        case .fileTooLarge:
            "split the model, or check that this is the file you meant"
        case .invalidEncoding:
            "save the file as UTF-8"
        case .forbiddenCharacter:
            "remove it; a NUL or other control character often means the file is binary or damaged"
        case .syntax:
            "check the indentation, brackets, commas, colons and quotes here"
        case .unsupportedTag:
            "remove the tag; write the value as text, a number, true or false, a list or a mapping"
        case .tabIndentation:
            "YAML indents with spaces only; replace the tab with spaces"
        case .overIndented(let key, _, let sibling, let siblingIndent, _):
            "indent '\(key)' by \(Self.spaces(siblingIndent)), as '\(sibling)' is"
        case .underIndented(let key, _, let inner, let innerIndent, _, _):
            "indent '\(key)' by \(Self.spaces(innerIndent)) to keep it among the keys of '\(inner)'"
        case .entryOutsideSection(let key, let section):
            "indent '\(key)' and the lines under it by two more spaces, under '\(section):'"
        case .textTooLong:
            "shorten it; put long explanations in a document the model's 'source' points to"
        case .multipleDocuments:
            "keep one model per file; remove the '---' that starts the second document"
        case .nestingTooDeep:
            "a model needs only a few levels; check for runaway brackets"
        case .notAMapping:
            "write 'key: value' pairs here"
        case .keyNotText:
            "write the key as a plain word, such as 'reportsTo:'"
        case .unknownKey(_, _, let suggestion, let allowed):
            suggestion.map { "did you mean '\($0)'?" } ?? "the keys allowed here are \(allowed.joined(separator: ", "))"
        case .duplicateKey:
            "keep one of the two; YAML keeps neither reliably"
        case .missingKey(let key, _):
            key == "mandate" ? "add 'mandate: 1' as the file's first line" : "add '\(key): …'"
        case .emptyValue(let key, _):
            "write a value after '\(key):'"
        case .wrongType(_, let expected, let found):
            found.hasSuffix("in quotes") ? "write \(expected) without quotes" : "write \(expected) here"
        case .invalidDate:
            "write the date as YYYY-MM-DD, for example 2026-12-31"
        case .impossibleDate:
            "check the day and the month; write a day the calendar has"
        case .listWhereOne(_, let listKey, let items):
            "for more than one, write '\(listKey): [\(items.joined(separator: ", "))]' instead"
        case .localWord(_, let text, let word):
            "write '\(word)', the model's word for '\(text)'"
        case .invalidChoice(_, _, _, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "use one of the values listed"
        case .invalidNumber(_, let text, _):
            text.hasSuffix("in quotes") ? "write the number without quotes, such as 3" : "write a number such as 3"
        case .unsupportedVersion(_, let supported):
            "write 'mandate: \(supported)', a number without quotes"
        case .invalidIdentifier:
            "ids start with a letter or digit (of any script, such as 'sundhedsråd') and use letters, digits, '-', '_' and '.'"
        case .duplicateIdentifier:
            "every id must be unique across organisations, units, roles and bodies; rename one of them"
        case .duplicateAlias:
            "an alias must not repeat another element's id or another body's alias; remove or reword one"
        case .repeatedReference(_, let key, _):
            key == "members" ? "list the role once, with 'count: N' for several seats" : "list each element once; remove the second entry"
        case .periodsOverlap:
            "list the periods in order, each starting after the one before ends"
        case .changesOutOfOrder:
            "list the changes in date order, one per date; put everything that changes on one date in one change"
        case .ambiguousName(_, _, let candidates):
            "write the id of the one you mean: \(candidates.joined(separator: " or "))"
        case .identifiersDifferInCase(_, let other, _):
            "one of them is surely a typo: write '\(other)', or give the two elements ids that differ in more than case"
        case .danglingReference(_, _, let expected, let suggestion, let named):
            suggestion.map { id in named.map { "did you mean '\(id)' (named '\($0)')? write the id, not the name" } ?? "did you mean '\(id)'?" }
                ?? "declare it under '\(expected.first?.section ?? "bodies")', or correct the id"
        case .wrongReferenceKind(_, _, _, let expected):
            "name \(Self.article(Self.kinds(expected))) here"
        case .conflictingKeys(let key, let other):
            "keep either '\(key)' or '\(other)'"
        case .csvSyntax(_, let hint):
            hint
        case .csvFieldCount:
            "give every row one field per column of the header; put a field that holds a comma in double quotes"
        case .csvUnknownColumn(_, let suggestion, let allowed):
            suggestion.map { "did you mean '\($0)'?" } ?? "the columns allowed are \(allowed.joined(separator: ", "))"
        case .csvDuplicateColumn:
            "keep one of the two columns"
        case .csvMissingColumn(let name):
            "add the column '\(name)'; every row needs an id, a name and a kind"
        case .csvEmptyCell(let column):
            "every row needs its '\(column)'"
        case .notInWorkspace:
            "put a .mandate.yml that says 'workspace: true' in a folder above both files, or write the bare id of an element of this file"
        case .unknownModel(_, _, let suggestion):
            suggestion.map { "did you mean '\($0)'? write MODEL/ID, MODEL being another file's 'model:'" }
                ?? "write MODEL/ID, MODEL being the 'model:' of a file in the workspace"
        case .referenceToFile(_, let outside, let model):
            model.map { "write '\($0)': a reference names the file's 'model:', not its path" }
                ?? (outside.map { "move the file into \($0), or its workspace's folder above both" } ?? "write MODEL/ID, MODEL being the file's 'model:'")
        case .duplicateModel:
            "give each file of the workspace its own 'model:' id"
        case .conflictingKind:
            "a kind is known throughout the workspace: declare it in one file and use it in the others"
        }
    }

    /// `a body`, `a unit`, `an organisation`.
    private static func article(_ noun: String) -> String {
        (["organisation", "element"].contains { noun.hasPrefix($0) } ? "an " : "a ") + noun
    }

    /// `1 space`, `4 spaces`.
    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    private static func kinds(_ kinds: [EntityKind]) -> String {
        switch kinds.count {
        case 0: "element"
        case 1: kinds[0].rawValue
        default: kinds.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + kinds.last!.rawValue
        }
    }
}
