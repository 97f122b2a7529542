/// Writes a ``Model`` as a YAML model file, as a person would write it: block mappings, short lists of plain
/// words in brackets, quotes only where YAML needs them. It is the JSON export (``ModelJSONWriter``) in
/// YAML's clothes, so it loads back to the same model: the way from a CSV import to a YAML model.
package enum ModelYAMLWriter {
    /// The model as YAML, ending with a newline.
    public static func write(_ model: Model) -> String {
        var output = ""
        guard case .object(let pairs) = ModelJSONWriter.value(of: model) else { return output }
        for (index, (key, value)) in pairs.enumerated() {
            if index > 0, case .object = value { output += "\n" }
            write(key: key, value: value, indent: 0, to: &output)
        }
        return output
    }

    private static func write(key: String, value: JSONValue, indent: Int, to output: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            output += "\(pad)\(scalar(key)):\n"
            for (childKey, child) in pairs { write(key: childKey, value: child, indent: indent + 1, to: &output) }
        case .array(let items) where !items.isEmpty && !items.allSatisfy(\.isScalar):
            output += "\(pad)\(scalar(key)):\n"
            for item in items { output += "\(pad)  - \(flow(item))\n" }
        default:
            output += "\(pad)\(scalar(key)): \(flow(value))\n"
        }
    }

    /// A value on one line: scalars plain or quoted, lists in brackets, mappings in braces.
    private static func flow(_ value: JSONValue, inFlow: Bool = false) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .fraction(let number): String(format: "%.3f", number)
        case .string(let text): scalar(text, inFlow: inFlow)
        case .array(let items): "[" + items.map { flow($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\(scalar($0.0, inFlow: true)): \(flow($0.1, inFlow: true))" }.joined(separator: ", ") + "}"
        }
    }

    /// Text plain where YAML reads it back as the same text, else double-quoted with escapes.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        needsQuotes(text, inFlow: inFlow) ? quoted(text) : text
    }

    private static let reserved: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"]

    private static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first.isWhitespace || last.isWhitespace || reserved.contains(text.lowercased()) { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || last == ":" { return true }
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return true }
        if text.unicodeScalars.contains(where: isControl) { return true }
        // Numbers read as numbers; dates stay plain, as people write them, since the model reads them as text.
        return Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o") || text == ".inf" || text == ".nan"
    }

    /// Characters YAML cannot hold plain: C0 and C1 controls, DEL and the byte-order mark.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}"
    }

    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if isControl(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}

private extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
