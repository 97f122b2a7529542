/// Escapes user text for Markdown written inside a line (a list item or a table cell): the characters that
/// open emphasis, code, links, strikethrough or a table column are escaped, `&`, `<` and `>` become entities,
/// and line breaks become spaces, so a name shows literally.
package enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\n", "\r", "\r\n": output += " "
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#":
                output += "\\" + String(character)
            default: output.append(character)
            }
        }
        return output
    }
}
