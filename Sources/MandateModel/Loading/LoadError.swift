/// Everything that can make a model file unusable. Each case carries what a message needs; the loader
/// pairs it with a location in a ``LoadDiagnostic``.
public enum LoadError: Hashable, Sendable {
    case unreadableFile(reason: String)
    case unsupportedFileType(fileExtension: String)
    case fileTooLarge(bytes: Int, limit: Int)
    case invalidEncoding(detail: String)
    case forbiddenCharacter(detail: String)
    case syntax(problem: String)
    case tabIndentation
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
    case invalidChoice(key: String, text: String, allowed: [String], suggestion: String?)
    case invalidNumber(key: String, text: String, minimum: Int)
    case unsupportedVersion(found: String, supported: Int)
    case invalidIdentifier(id: String)
    case duplicateIdentifier(id: String, first: SourceLocation)
    case duplicateAlias(alias: String, first: SourceLocation)
    case danglingReference(id: String, key: String, expected: [EntityKind], suggestion: String?)
    case wrongReferenceKind(id: String, key: String, found: EntityKind, expected: [EntityKind])
    case conflictingKeys(key: String, other: String)
    case csvSyntax(problem: String, hint: String)
    case csvFieldCount(found: Int, expected: Int)
    case csvUnknownColumn(name: String, suggestion: String?, allowed: [String])
    case csvDuplicateColumn(name: String, first: SourceLocation)
    case csvMissingColumn(name: String)
    case csvEmptyCell(column: String)

    /// One line saying what is wrong.
    public var message: String {
        switch self {
        case .unreadableFile(let reason):
            "cannot read the file: \(reason)"
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
        case .danglingReference(let id, let key, let expected, _):
            "'\(key)' names '\(id)', which is no \(Self.kinds(expected)) in this model"
        case .wrongReferenceKind(let id, let key, let found, let expected):
            "'\(key)' names '\(id)', which is a \(found.rawValue), not a \(Self.kinds(expected))"
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
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .unreadableFile:
            "check the path and the file's permissions"
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
            "add '\(key): …'"
        case .emptyValue(let key, _):
            "write a value after '\(key):'"
        case .wrongType(_, let expected, let found):
            found.hasSuffix("in quotes") ? "write \(expected) without quotes" : "write \(expected) here"
        case .invalidDate:
            "write the date as YYYY-MM-DD, for example 2026-12-31"
        case .invalidChoice(_, _, _, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "use one of the values listed"
        case .invalidNumber(_, let text, _):
            text.hasSuffix("in quotes") ? "write the number without quotes, such as 3" : "write a number such as 3"
        case .unsupportedVersion(_, let supported):
            "write 'mandate: \(supported)', a number without quotes"
        case .invalidIdentifier:
            "ids start with a letter or digit and use letters, digits, '-', '_' and '.'"
        case .duplicateIdentifier:
            "every id must be unique across organisations, units, roles and bodies; rename one of them"
        case .duplicateAlias:
            "an alias must not repeat another element's id or another body's alias; remove or reword one"
        case .danglingReference(_, _, let expected, let suggestion):
            suggestion.map { "did you mean '\($0)'?" }
                ?? "declare it under '\(expected.first?.section ?? "bodies")', or correct the id"
        case .wrongReferenceKind(_, _, _, let expected):
            "name a \(Self.kinds(expected)) here"
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
        }
    }

    private static func kinds(_ kinds: [EntityKind]) -> String {
        switch kinds.count {
        case 0: "element"
        case 1: kinds[0].rawValue
        default: kinds.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + kinds.last!.rawValue
        }
    }
}
