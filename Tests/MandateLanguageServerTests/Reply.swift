import Foundation

/// A reply's JSON as Foundation parsed it, read by key and index; a missing member reads as null.
struct Reply {
    let value: Any

    init(_ value: Any) { self.value = value }

    subscript(key: String) -> Reply { Reply((value as? [String: Any])?[key] ?? NSNull()) }
    subscript(index: Int) -> Reply {
        guard let items = value as? [Any], items.indices.contains(index) else { return Reply(NSNull()) }
        return Reply(items[index])
    }

    var string: String? { value as? String }
    var int: Int? { value as? Int }
    var bool: Bool? { value as? Bool }
    var array: [Reply] { (value as? [Any])?.map(Reply.init) ?? [] }
    var isNull: Bool { value is NSNull }
    var keys: [String] { (value as? [String: Any]).map { $0.keys.sorted() } ?? [] }

    /// The (line, start, end) of a one-line range.
    var span: [Int] { [self["start"]["line"].int ?? -1, self["start"]["character"].int ?? -1, self["end"]["character"].int ?? -1] }
}
