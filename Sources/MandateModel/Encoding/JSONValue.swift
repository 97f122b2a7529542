import Foundation

/// A JSON value with ordered object keys, written deterministically: the same value always gives the same bytes.
package indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number between whole numbers, written with three decimals (`0.667`), the same on every machine.
    case fraction(Double)
    case string(String)
    case array([JSONValue])
    /// An object whose keys keep the order given.
    case object([(String, JSONValue)])

    /// The value as indented JSON, two spaces a level, ending without a newline.
    package func formatted() -> String {
        var output = ""
        write(to: &output, indent: 0)
        return output
    }

    /// The value as JSON on one line, `", "` and `": "` between items.
    package func compact() -> String {
        switch self {
        case .array(let items): return "[" + items.map { $0.compact() }.joined(separator: ", ") + "]"
        case .object(let pairs):
            return "{" + pairs.map { key, value in
                var text = ""
                JSONValue.writeString(key, to: &text)
                return text + ": " + value.compact()
            }.joined(separator: ", ") + "}"
        default: return formatted()
        }
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .fraction(let value): output += String(format: "%.3f", value)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                item.write(to: &output, indent: indent + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                JSONValue.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 1)
                output += index == pairs.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped; everything else literal.
    package static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.formatted() == rhs.formatted()
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(formatted())
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// A string written as a literal.
    package init(stringLiteral value: String) {
        self = .string(value)
    }
}
