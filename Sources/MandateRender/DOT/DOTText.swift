/// Escapes user text for the two places it can stand in DOT.
package enum DOTText {
    /// A double-quoted DOT string whose text Graphviz shows literally: backslashes doubled (so `\N`, `\G`,
    /// `\l` and the like are not expanded), quotes escaped, line breaks written as `\n`.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n", "\r\n", "\r": output += "\\n"
            default: output.append(character)
            }
        }
        return output + "\""
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and `"` as entities, backslashes doubled (Graphviz expands
    /// `\N`, `\G` and `\E` even here, entity or not), control characters shown as visible escapes (SVG cannot
    /// hold them), everything else literal.
    public static func html(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t": output += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word keeps its own line),
    /// and at its own line breaks; each line escaped for an HTML-like label and joined with `<BR/>`.
    public static func htmlLines(_ text: String, width: Int) -> String {
        lines(text, width: width).map(html).joined(separator: "<BR/>")
    }

    /// `text` broken at spaces into lines of at most `width` characters, and at its own line breaks.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = String(word)
                } else {
                    line += line.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(line)
        }
        return lines
    }
}
