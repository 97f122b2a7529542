/// Escapes user text for Markdown: every character Markdown or the HTML inside it could act on is
/// escaped, and line breaks become spaces, so a name shows literally, even inside a table cell.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\n", "\r", "\r\n": output += " "
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~", "\"", "'":
                output += "\\" + String(character)
            default: output.append(character)
            }
        }
        return output
    }
}
