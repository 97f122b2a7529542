import MandateModel

/// Reading the fields of a message.
extension JSONValue {
    /// The value of `key` in an object; `nil` for a missing key or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The text of a string value.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number of a whole-number value.
    var int: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// The items of a list.
    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The flag of a `true` or `false`.
    var bool: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }
}
